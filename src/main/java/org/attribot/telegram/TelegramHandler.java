package org.attribot.telegram;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.attribot.chat.ChatReply;
import org.attribot.chat.ChatService;
import org.attribot.chat.Command;
import org.attribot.chat.Origin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One update, handled: a message read into a {@link Command} for the chat service, a button
 * press into a vote or the answer's quotations, and the service's reply rendered as HTML into
 * the update's {@link Outbox}. It decides nothing; it reads, calls and renders.
 */
final class TelegramHandler {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramHandler.class);
  static final String EXPIRED = "That button has expired.";

  private final TelegramSender sender;
  private final ChatService chat;
  private final TelegramBot.Settings settings;
  private final ScheduledExecutorService later;
  private final Set<Long> refused = ConcurrentHashMap.newKeySet();

  TelegramHandler(TelegramSender sender, ChatService chat, TelegramBot.Settings settings, ScheduledExecutorService later) {
    this.sender = sender;
    this.chat = chat;
    this.settings = settings;
    this.later = later;
  }

  void handle(Outbox out, Update update) {
    if (update.hasCallbackQuery()) {
      callback(out, update.getCallbackQuery());
      return;
    }
    if (!update.hasMessage() || !update.getMessage().hasText()) {
      return;
    }
    Message m = update.getMessage();
    long chatId = m.getChatId();
    if (!settings.allowedChats().isEmpty() && !settings.allowedChats().contains(chatId)) {
      if (refused.add(chatId)) {
        out.html(chatId, "Sorry, this attribot is private.");
      }
      return;
    }
    Command command = TelegramRoute.route(m, settings.username());
    if (command == null) {
      return;
    }
    Origin origin = new Origin(String.valueOf(chatId), String.valueOf(m.getFrom() == null ? chatId : m.getFrom().getId()),
        TelegramBot.SOURCE + ":" + chatId);
    ChatReply reply = chat.refusal(origin, command, true).orElseGet(() -> answer(origin, command, chatId));
    if (reply instanceof ChatReply.Answered a) {
      out.answer(chatId, a.answer(), TelegramReplies.buttons(a.id(), !a.answer().citations().isEmpty()));
    } else {
      out.html(chatId, TelegramReplies.html(reply));
    }
  }

  /** Handles the command; "typing…" is shown only when a question keeps the user waiting: a quick answer needs no indicator. */
  private ChatReply answer(Origin origin, Command command, long chatId) {
    ScheduledFuture<?> typing = !command.isQuestion() ? null
        : later.schedule(() -> sender.fireAndForget(SendChatAction.builder().chatId(chatId).action("typing").build()),
            TelegramBot.TYPING_AFTER_MS, TimeUnit.MILLISECONDS);
    try {
      return chat.handle(origin, command);
    } finally {
      if (typing != null) {
        typing.cancel(false);
      }
    }
  }

  /** A button under an answer: {@code v:ID:±1} a vote, {@code q:ID} its quotations. */
  private void callback(Outbox out, CallbackQuery q) {
    String data = q.getData() == null ? "" : q.getData();
    String reply = "";
    try {
      String[] parts = data.split(":");
      if (parts[0].equals("v")) {
        reply = chat.vote(parts[1], String.valueOf(q.getFrom().getId()), Integer.parseInt(parts[2])).text();
      } else if (parts[0].equals("q") && q.getMessage() != null) {
        var given = chat.given(parts[1]);
        reply = given.isEmpty() ? EXPIRED : "";
        for (String message : given.map(a -> TelegramReplies.quotes(a.answer())).orElse(List.of())) {
          out.html(q.getMessage().getChatId(), message);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("callback {} could not be handled: {}", data, e.toString());
      reply = EXPIRED;
    } finally {
      try {
        sender.execute(AnswerCallbackQuery.builder().callbackQueryId(q.getId()).text(reply).build());
      } catch (TelegramApiException e) {
        LOG.warn("could not answer callback query: {}", e.getMessage());
      }
    }
  }
}
