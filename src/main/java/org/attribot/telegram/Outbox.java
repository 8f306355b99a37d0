package org.attribot.telegram;

import java.time.Clock;
import org.attribot.conversation.Repeat;
import org.attribot.store.SendJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * The messages of one update's reply, numbered in the order they are sent. Each is recorded
 * "sending" before the call and "sent" with Telegram's message id after, so handling the
 * update again after a crash skips the parts that went out. A part whose outcome is unknown —
 * the process stopped during its call, or the connection failed after the request left — is
 * sent once more, marked with {@link Repeat#NOTE}.
 */
final class Outbox {
  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final TelegramSender sender;
  private final SendJournal journal;
  private final long updateId;
  private final Clock clock;
  private int next;

  Outbox(TelegramSender sender, SendJournal journal, long updateId, Clock clock) {
    this.sender = sender;
    this.journal = journal;
    this.updateId = updateId;
    this.clock = clock;
  }

  /** Sends the next part unless an earlier run sent it; a refusal by Telegram is thrown and the part counts as never sent. */
  void send(SendMessage message) throws TelegramApiException {
    int part = next++;
    SendJournal.State state = journal.state(TelegramBot.SOURCE, updateId, part);
    if (state == SendJournal.State.SENT) {
      LOG.info("update {}: part {} was sent before the restart; not sent again", updateId, part);
      return;
    }
    if (state == SendJournal.State.SENDING) {
      LOG.warn("update {}: part {} may or may not have reached chat {} before the restart; sending it again, marked",
          updateId, part, message.getChatId());
      message = marked(message);
    }
    journal.sending(TelegramBot.SOURCE, updateId, part, clock.instant());
    Message sent;
    try {
      sent = sender.execute(message);
    } catch (TelegramApiRequestException e) {
      journal.notSent(TelegramBot.SOURCE, updateId, part); // Telegram answered: it does not have it
      next--;
      throw e;
    } catch (TelegramApiException e) {
      if (state == SendJournal.State.SENDING) {
        throw e; // the one repeat failed too: the part stays in doubt, and the caller reports it
      }
      LOG.warn("update {}: the connection failed while sending part {} to chat {} ({}); sending it again, marked",
          updateId, part, message.getChatId(), e.getMessage());
      sent = sender.execute(marked(message));
    }
    journal.sent(TelegramBot.SOURCE, updateId, part, sent == null ? null : String.valueOf(sent.getMessageId()),
        clock.instant());
  }

  static SendMessage marked(SendMessage m) {
    return SendMessage.builder().chatId(m.getChatId()).text(Repeat.marked(m.getText())).parseMode(m.getParseMode())
        .disableWebPagePreview(m.getDisableWebPagePreview()).replyMarkup(m.getReplyMarkup()).build();
  }
}
