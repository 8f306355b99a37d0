package org.attribot.telegram;

import org.attribot.conversation.Repeat;
import java.util.List;
import org.attribot.answer.Answer;
import org.attribot.chat.ChatLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
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
  private final ChatLedger ledger;
  private final long updateId;
  private int next;

  Outbox(TelegramSender sender, ChatLedger ledger, long updateId) {
    this.sender = sender;
    this.ledger = ledger;
    this.updateId = updateId;
  }

  /** Sends the next part unless an earlier run sent it; a refusal by Telegram is thrown and the part counts as never sent. */
  void send(SendMessage message) throws TelegramApiException {
    int part = next++;
    ChatLedger.Step step = ledger.sending(updateId, part);
    if (step == ChatLedger.Step.SKIP) {
      LOG.info("update {}: part {} was sent before the restart; not sent again", updateId, part);
      return;
    }
    if (step == ChatLedger.Step.SEND_AGAIN) {
      LOG.warn("update {}: part {} may or may not have reached chat {} before the restart; sending it again, marked",
          updateId, part, message.getChatId());
      message = marked(message);
    }
    Message sent;
    try {
      sent = sender.execute(message);
    } catch (TelegramApiRequestException e) {
      ledger.notSent(updateId, part); // Telegram answered: it does not have it
      next--;
      throw e;
    } catch (TelegramApiException e) {
      if (step == ChatLedger.Step.SEND_AGAIN) {
        throw e; // the one repeat failed too: the part stays in doubt, and the caller reports it
      }
      LOG.warn("update {}: the connection failed while sending part {} to chat {} ({}); sending it again, marked",
          updateId, part, message.getChatId(), e.getMessage());
      sent = sender.execute(marked(message));
    }
    ledger.sent(updateId, part, sent == null ? null : String.valueOf(sent.getMessageId()));
  }

  /** An answer in as many HTML messages as it needs, its buttons under the last; plain text when Telegram refuses the HTML. */
  void answer(long chat, Answer answer, InlineKeyboardMarkup buttons) {
    List<String> html = TelegramFormat.html(answer);
    for (int i = 0; i < html.size(); i++) {
      SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chat).text(html.get(i))
          .parseMode(ParseMode.HTML).disableWebPagePreview(true);
      if (i == html.size() - 1 && buttons != null) {
        b.replyMarkup(buttons);
      }
      try {
        send(b.build());
      } catch (TelegramApiException e) {
        if (TelegramSender.rejectsEntities(e)) {
          LOG.warn("Telegram refused the HTML for chat {}; sending plain text", chat);
          for (String plain : TelegramFormat.plain(answer)) {
            text(chat, plain, false);
          }
          return;
        }
        throw new IllegalStateException("sending the answer to chat " + chat + " failed: " + e.getMessage(), e);
      }
    }
  }

  /** One HTML message. */
  void html(long chat, String html) {
    text(chat, html, true);
  }

  /** The short apology of an adapter's catch-all (none to chat 0, an update without a chat). */
  void sorry(long chat) {
    if (chat != 0) {
      html(chat, "Sorry, something went wrong while answering that. Please try again.");
    }
  }

  /** One message, HTML or plain; one Telegram refuses is logged and left. */
  private void text(long chat, String text, boolean html) {
    SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chat).text(text).disableWebPagePreview(true);
    if (html) {
      b.parseMode(ParseMode.HTML);
    }
    try {
      send(b.build());
    } catch (TelegramApiException e) {
      LOG.warn("a message to chat {} could not be sent: {}", chat, e.getMessage());
    }
  }

  static SendMessage marked(SendMessage m) {
    return SendMessage.builder().chatId(m.getChatId()).text(Repeat.marked(m.getText())).parseMode(m.getParseMode())
        .disableWebPagePreview(m.getDisableWebPagePreview()).replyMarkup(m.getReplyMarkup()).build();
  }
}
