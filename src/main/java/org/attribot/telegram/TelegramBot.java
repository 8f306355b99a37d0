package org.attribot.telegram;

import org.attribot.pause.Pause;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.attribot.chat.ChatService;
import org.attribot.chat.Door;
import org.attribot.conversation.ConversationQueues;
import org.attribot.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram adapter's intake: updates are recorded in the chat service's ledger before they
 * are acknowledged and marked done when handled (by {@link TelegramHandler}), so a restart
 * neither drops nor repeats one; each chat is served in order on a bounded pool, and an update
 * the busy store stopped is handled again later.
 */
public final class TelegramBot implements LongPollingUpdateConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
  static final String SOURCE = "telegram";
  /** This door as the chat service knows it (its votes are kept under the bare user id). */
  public static final Door DOOR = new Door(SOURCE, "chat", "");
  /** How long an answer may take before "typing…" is shown. */
  static final long TYPING_AFTER_MS = 300;
  /** "typing…" after a delay, and updates the busy store stopped, handled again later. */
  private final java.util.concurrent.ScheduledExecutorService later =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "telegram-later");
        t.setDaemon(true);
        return t;
      });
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** Settings of the bot: its @name and the chats allowed (empty: all). */
  public record Settings(String username, Set<Long> allowedChats) {
    public Settings {
      username = username == null ? "" : username.replaceFirst("^@", "");
      allowedChats = Set.copyOf(allowedChats);
    }
  }

  private final TelegramSender sender;
  private final ChatService chat;
  private final TelegramHandler handler;
  private final ConversationQueues<Long> queues;

  public TelegramBot(TelegramClient client, ChatService chat, Settings settings, ExecutorService pool) {
    this.sender = new TelegramSender(client);
    this.chat = chat;
    this.handler = new TelegramHandler(sender, chat, settings, later);
    this.queues = new ConversationQueues<>(pool);
  }

  /** Registers the commands with Telegram and hands back updates a previous run claimed but never finished. */
  public void start() {
    try {
      sender.execute(SetMyCommands.builder().commands(List.of(
          new BotCommand("start", "What attribot is and what it knows"),
          new BotCommand("help", "How to ask"),
          new BotCommand("ask", "Ask about a cyber attribution"),
          new BotCommand("sources", "The latest statements"),
          new BotCommand("actor", "An actor's card: /actor Fancy Bear"),
          new BotCommand("subscribe", "The daily digest here: /subscribe 07:30 Europe/Paris"),
          new BotCommand("unsubscribe", "No more digest"),
          new BotCommand("reset", "Forget this conversation"))).build());
    } catch (TelegramApiException e) {
      LOG.warn("could not register the bot's commands: {}", e.getMessage());
    }
    for (String payload : chat.ledger().unfinished()) {
      try {
        Update update = JSON.readValue(payload, Update.class);
        LOG.info("handling update {} left unfinished by the last run", update.getUpdateId());
        schedule(update);
      } catch (JsonProcessingException e) {
        LOG.error("an unfinished update could not be read back", e);
      }
    }
  }

  /**
   * Records each update before it is handled. The poller asks for the next updates — which
   * tells Telegram these were received — only when this returns, so an update the store
   * cannot record yet (another process holds it) is tried again, with backoff, until it is:
   * the offset never moves past an unrecorded update.
   */
  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      String payload;
      try {
        payload = JSON.writeValueAsString(update);
      } catch (JsonProcessingException e) {
        LOG.error("update {} cannot be written down; it is skipped", update.getUpdateId(), e);
        continue;
      }
      if (claim(update, payload)) {
        schedule(update);
      }
    }
  }

  private boolean claim(Update update, String payload) {
    long wait = 1;
    while (true) {
      try {
        return chat.ledger().claim(update.getUpdateId(), payload);
      } catch (StoreException e) {
        if (!e.busy()) {
          throw e;
        }
        LOG.warn("the store is busy; update {} is recorded when it is free (trying again in {} s)", update.getUpdateId(), wait);
        if (!Pause.sleep(wait * 1000)) {
          throw e; // stopping: the update was not confirmed to Telegram, so it comes again
        }
        wait = Math.min(30, wait * 2);
      }
    }
  }

  private void schedule(Update update) {
    schedule(update, 1);
  }

  /** Handles an update on its chat's queue; one the busy store stopped is handled again after {@code retryIn} s. */
  private void schedule(Update update, long retryIn) {
    queues.submit(chatOf(update), () -> {
      Outbox out = new Outbox(sender, chat.ledger(), update.getUpdateId());
      boolean finished = true;
      try {
        handler.handle(out, update);
      } catch (StoreException e) {
        if (e.busy()) {
          finished = false; // not done: the parts already sent are skipped when it is handled again
          LOG.warn("the store is busy; update {} is handled again in {} s", update.getUpdateId(), retryIn);
          later.schedule(() -> schedule(update, Math.min(60, retryIn * 2)), retryIn, java.util.concurrent.TimeUnit.SECONDS);
        } else {
          LOG.error("update {} failed", update.getUpdateId(), e);
          out.sorry(chatOf(update));
        }
      } catch (RuntimeException e) {
        LOG.error("update {} failed", update.getUpdateId(), e);
        out.sorry(chatOf(update));
      } finally {
        if (finished) {
          markDone(update);
        }
      }
    });
  }

  private void markDone(Update update) {
    try {
      chat.ledger().done(update.getUpdateId());
    } catch (StoreException e) {
      // still 'received': handled again at the next start, its parts already sent skipped
      LOG.error("update {} could not be marked done: {}", update.getUpdateId(), e.getMessage());
    }
  }

  /** Stops the scheduler of "typing…" and of updates handled again later; the runner calls it after the workers stop. */
  void stop() {
    later.shutdownNow();
  }

  private static long chatOf(Update u) {
    if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
      return u.getCallbackQuery().getMessage().getChatId();
    }
    return u.hasMessage() ? u.getMessage().getChatId() : 0L;
  }

}
