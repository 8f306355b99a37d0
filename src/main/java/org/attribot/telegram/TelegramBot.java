package org.attribot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.attribot.actorcard.ActorCard;
import org.attribot.actorcard.ActorCards;
import org.attribot.answer.Answer;
import org.attribot.answer.AnswerService;
import org.attribot.answer.Citation;
import org.attribot.digest.Destination;
import org.attribot.digest.Subscriptions;
import org.attribot.conversation.QuestionLimit;
import org.attribot.conversation.RateLimiter;
import org.attribot.conversation.ConversationQueues;
import org.attribot.store.Narrowing;
import org.attribot.store.Store;
import org.attribot.store.StoreException;
import org.attribot.store.StoredStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram adapter: turns updates into questions and commands, answers into HTML
 * messages with buttons. It decides nothing about answers; it routes, renders and sends.
 * Updates are recorded before they are acknowledged and marked done when handled, so a
 * restart neither drops nor repeats one; each chat is served in order on a bounded pool.
 */
public final class TelegramBot implements LongPollingUpdateConsumer {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
  static final String SOURCE = "telegram";
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

  /** Settings of the bot: its @name, the chats allowed (empty: all), questions per user a minute, the longest question. */
  public record Settings(String username, Set<Long> allowedChats, int perMinute, QuestionLimit limit) {
    public Settings {
      username = username == null ? "" : username.replaceFirst("^@", "");
      allowedChats = Set.copyOf(allowedChats);
    }
  }

  private final TelegramSender sender;
  private final AnswerService answers;
  private final ActorCards actors;
  private final Store store;
  private final Subscriptions subscriptions;
  private final Settings settings;
  private final ConversationQueues<Long> queues;
  private final RateLimiter limiter;
  private final Clock clock;
  private final Set<Long> refused = ConcurrentHashMap.newKeySet();

  public TelegramBot(TelegramClient client, AnswerService answers, ActorCards actors, Store store, Subscriptions subscriptions,
      Settings settings, ExecutorService pool, Clock clock) {
    this.sender = new TelegramSender(client);
    this.answers = answers;
    this.actors = actors;
    this.store = store;
    this.subscriptions = subscriptions;
    this.settings = settings;
    this.queues = new ConversationQueues<>(pool);
    this.limiter = new RateLimiter(settings.perMinute(), clock);
    this.clock = clock;
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
    for (String payload : store.chats().unfinished(SOURCE)) {
      try {
        Update update = JSON.readValue(payload, Update.class);
        LOG.info("handling update {} left unfinished by the last run", update.getUpdateId());
        schedule(update);
      } catch (JsonProcessingException e) {
        LOG.error("an unfinished update could not be read back", e);
      }
    }
  }

  /** Stops the "typing…" indicators and the retries still waiting; whoever made the bot calls it once its workers are stopped. */
  void stop() {
    later.shutdownNow();
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
        return store.chats().claim(SOURCE, update.getUpdateId(), payload, clock.instant());
      } catch (StoreException e) {
        if (!e.busy()) {
          throw e;
        }
        LOG.warn("the store is busy; update {} is recorded when it is free (trying again in {} s)", update.getUpdateId(), wait);
        if (!pause(wait * 1000)) {
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
      Outbox out = new Outbox(sender, store.sends(), update.getUpdateId(), clock);
      boolean finished = true;
      try {
        handle(out, update);
      } catch (StoreException e) {
        if (e.busy()) {
          finished = false; // not done: the parts already sent are skipped when it is handled again
          LOG.warn("the store is busy; update {} is handled again in {} s", update.getUpdateId(), retryIn);
          later.schedule(() -> schedule(update, Math.min(60, retryIn * 2)), retryIn, java.util.concurrent.TimeUnit.SECONDS);
        } else {
          LOG.error("update {} failed", update.getUpdateId(), e);
          apologise(out, chatOf(update));
        }
      } catch (RuntimeException e) {
        LOG.error("update {} failed", update.getUpdateId(), e);
        apologise(out, chatOf(update));
      } finally {
        if (finished) {
          markDone(update);
        }
      }
    });
  }

  private void markDone(Update update) {
    try {
      store.chats().done(SOURCE, update.getUpdateId());
    } catch (StoreException e) {
      // still 'received': handled again at the next start, its parts already sent skipped
      LOG.error("update {} could not be marked done: {}", update.getUpdateId(), e.getMessage());
    }
  }

  private static boolean pause(long ms) {
    try {
      Thread.sleep(ms);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static long chatOf(Update u) {
    if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
      return u.getCallbackQuery().getMessage().getChatId();
    }
    return u.hasMessage() ? u.getMessage().getChatId() : 0L;
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
    long chat = m.getChatId();
    if (!settings.allowedChats().isEmpty() && !settings.allowedChats().contains(chat)) {
      if (refused.add(chat)) {
        send(out, chat, "Sorry, this attribot is private.");
      }
      return;
    }
    Routed routed = route(m);
    if (routed == null) {
      return;
    }
    switch (routed.command()) {
      case "start" -> send(out, chat, intro());
      case "help" -> send(out, chat, help());
      case "sources" -> send(out, chat, sources());
      case "actor" -> send(out, chat, actor(routed.text()));
      case "subscribe" -> send(out, chat, TelegramFormat.escape(subscriptions.subscribe(destination(chat), routed.text()).message()));
      case "unsubscribe" -> send(out, chat, subscriptions.unsubscribe(destination(chat))
          ? "Unsubscribed: no more digest here." : "This chat was not subscribed.");
      case "reset" -> {
        answers.reset(SOURCE + ":" + chat);
        send(out, chat, "Forgotten. Ask anew.");
      }
      case "ask" -> ask(out, m, routed.text());
      default -> send(out, chat, "I don't know /" + TelegramFormat.escape(routed.command()) + ". " + help());
    }
  }

  private static Destination destination(long chat) {
    return new Destination(Destination.TELEGRAM, String.valueOf(chat));
  }

  /** What a message asks of the bot: a command and its text, or null when it is not for the bot. */
  record Routed(String command, String text) {}

  Routed route(Message m) {
    String text = m.getText().strip();
    boolean privateChat = "private".equals(m.getChat().getType());
    String me = settings.username().toLowerCase(Locale.ROOT);
    if (text.startsWith("/")) {
      int space = text.indexOf(' ');
      String head = space < 0 ? text.substring(1) : text.substring(1, space);
      String rest = space < 0 ? "" : text.substring(space + 1).strip();
      String command = head;
      String addressee = null;
      int at = head.indexOf('@');
      if (at >= 0) {
        command = head.substring(0, at);
        addressee = head.substring(at + 1).toLowerCase(Locale.ROOT);
      }
      command = command.toLowerCase(Locale.ROOT);
      if (addressee != null && !addressee.equals(me)) {
        return null; // for another bot
      }
      if (!privateChat && addressee == null && !command.equals("ask")) {
        return null; // in groups, only /ask goes without our name
      }
      return new Routed(command, rest);
    }
    if (privateChat) {
      return new Routed("ask", text);
    }
    if (!me.isEmpty() && text.toLowerCase(Locale.ROOT).contains("@" + me)) {
      return new Routed("ask", text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(me), "").strip());
    }
    Message replied = m.getReplyToMessage();
    if (replied != null && replied.getFrom() != null && Boolean.TRUE.equals(replied.getFrom().getIsBot())
        && me.equalsIgnoreCase(String.valueOf(replied.getFrom().getUserName()))) {
      return new Routed("ask", text);
    }
    return null;
  }

  private void ask(Outbox out, Message m, String question) {
    long chat = m.getChatId();
    if (question.isBlank()) {
      send(out, chat, "Ask a question after /ask, for example: /ask who hacked Romania?");
      return;
    }
    var refusal = settings.limit().refusal(question);
    if (refusal.isPresent()) {
      send(out, chat, TelegramFormat.escape(refusal.get()));
      return;
    }
    long user = m.getFrom() == null ? chat : m.getFrom().getId();
    if (!limiter.allow(user)) {
      send(out, chat, "You are asking faster than I can keep up with; please wait a minute and ask again.");
      return;
    }
    // "typing…" only when the answer keeps the user waiting: a quick answer needs no indicator
    var typing = later.schedule(() -> typing(chat), TYPING_AFTER_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
    Answer answer;
    try {
      answer = answers.ask(SOURCE + ":" + chat, question, Narrowing.NONE);
    } finally {
      typing.cancel(false);
    }
    long id;
    try {
      id = store.chats().answerGiven(SOURCE + ":" + chat, question, JSON.writeValueAsString(answer), clock.instant());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    deliver(out, chat, answer, buttons(id, !answer.citations().isEmpty()));
  }

  private void deliver(Outbox out, long chat, Answer answer, InlineKeyboardMarkup markup) {
    List<String> html = TelegramFormat.html(answer);
    for (int i = 0; i < html.size(); i++) {
      SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chat).text(html.get(i))
          .parseMode(ParseMode.HTML).disableWebPagePreview(true);
      if (i == html.size() - 1 && markup != null) {
        b.replyMarkup(markup);
      }
      try {
        out.send(b.build());
      } catch (TelegramApiException e) {
        if (TelegramSender.rejectsEntities(e)) {
          LOG.warn("Telegram refused the HTML for chat {}; sending plain text", chat);
          for (String plain : TelegramFormat.plain(answer)) {
            send(out, chat, plain, false, null);
          }
          return;
        }
        throw new IllegalStateException("sending the answer to chat " + chat + " failed: " + e.getMessage(), e);
      }
    }
  }

  static InlineKeyboardMarkup buttons(long answerId, boolean quotes) {
    List<InlineKeyboardButton> row = new ArrayList<>();
    if (quotes) {
      row.add(InlineKeyboardButton.builder().text("Quotes").callbackData("q:" + answerId).build());
    }
    row.add(InlineKeyboardButton.builder().text("\uD83D\uDC4D").callbackData("v:" + answerId + ":1").build());
    row.add(InlineKeyboardButton.builder().text("\uD83D\uDC4E").callbackData("v:" + answerId + ":-1").build());
    return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(row)).build();
  }

  private void callback(Outbox out, CallbackQuery q) {
    String data = q.getData() == null ? "" : q.getData();
    String reply = "";
    try {
      String[] parts = data.split(":");
      long answerId = Long.parseLong(parts[1]);
      if (parts[0].equals("v")) {
        store.chats().feedback(answerId, String.valueOf(q.getFrom().getId()), Integer.parseInt(parts[2]) > 0 ? 1 : -1,
            clock.instant());
        reply = "Thanks for the feedback.";
      } else if (parts[0].equals("q") && q.getMessage() != null) {
        Answer answer = JSON.readValue(store.chats().answer(answerId).orElseThrow(), Answer.class);
        StringBuilder quotes = new StringBuilder();
        for (Citation c : answer.citations()) {
          quotes.append("[").append(c.n()).append("] ").append("<i>").append(TelegramFormat.escape(c.label())).append("</i>\n");
          // a summary is attribot's words, not the publisher's: shown as plain text, never as a quotation
          quotes.append(c.summary() ? TelegramFormat.escape(c.quote()) + "\n"
              : "<blockquote>" + TelegramFormat.escape(c.quote()) + "</blockquote>\n");
        }
        for (String message : TelegramFormat.pack(List.of(quotes.toString().strip()))) {
          send(out, q.getMessage().getChatId(), message);
        }
      }
    } catch (RuntimeException | JsonProcessingException e) {
      LOG.warn("callback {} could not be handled: {}", data, e.toString());
      reply = "That button has expired.";
    } finally {
      try {
        sender.execute(AnswerCallbackQuery.builder().callbackQueryId(q.getId()).text(reply).build());
      } catch (TelegramApiException e) {
        LOG.warn("could not answer callback query: {}", e.getMessage());
      }
    }
  }

  private String intro() {
    List<StoredStatement> latest = store.latest(1);
    String newest = latest.isEmpty() || latest.get(0).statement().published() == null ? "no date"
        : latest.get(0).statement().published().toString();
    return "<b>attribot</b> answers questions about cyber attributions: who blamed which state, agency or group for "
        + "which operation, when, against whom. Every answer cites its sources.\n\n" + help() + "\n\nThe store holds "
        + store.statementCount() + " statements; the newest is from " + newest + ".";
  }

  private static String help() {
    return "Ask in a private chat, or in a group with /ask, by mentioning me, or by replying to me. "
        + "For example: /ask who hacked Romania?\nAlso: /sources, /actor NAME, /subscribe [HH:MM] [Zone] (the daily digest, "
        + "e.g. /subscribe 07:30 Europe/Paris), /unsubscribe, /reset.";
  }

  private String sources() {
    StringBuilder out = new StringBuilder("<b>Latest statements</b>\n");
    for (StoredStatement s : store.latest(5)) {
      var st = s.statement();
      out.append("• ").append(st.url() == null ? TelegramFormat.escape(st.title())
              : "<a href=\"" + TelegramFormat.escape(st.url()).replace("\"", "&quot;") + "\">" + TelegramFormat.escape(st.title()) + "</a>")
          .append(" — ").append(TelegramFormat.escape(st.publisher()))
          .append(st.published() == null ? "" : ", " + st.published()).append('\n');
    }
    return out.toString().strip();
  }

  private String actor(String name) {
    if (name.isBlank()) {
      return "Name an actor: /actor Fancy Bear";
    }
    List<ActorCard> cards = actors.cards(name);
    if (cards.isEmpty()) {
      return "No actor, agency or country called \u201c" + TelegramFormat.escape(name) + "\u201d in my list.";
    }
    StringBuilder out = new StringBuilder();
    for (ActorCard card : cards) {
      var e = card.entity();
      out.append("<b>").append(TelegramFormat.escape(e.canonical())).append("</b>");
      List<String> aliases = e.names().subList(1, Math.min(e.names().size(), 12));
      if (!aliases.isEmpty()) {
        out.append("\nAlso known as: ").append(TelegramFormat.escape(String.join(", ", aliases)));
      }
      if (card.sponsor() != null) {
        out.append("\nSponsor: ").append(TelegramFormat.escape(card.sponsor().canonical()));
      }
      card.attributionLines().forEach(line -> out.append('\n').append(TelegramFormat.escape(line)));
      out.append("\nStatements naming it: ").append(card.statements().size());
      card.statements().stream().limit(5).forEach(s -> out.append("\n• ").append(TelegramFormat.escape(s.statement().title()))
          .append(s.statement().published() == null ? "" : " (" + s.statement().published() + ")"));
      out.append("\n\n");
    }
    return out.toString().strip();
  }

  private void typing(long chat) {
    sender.fireAndForget(SendChatAction.builder().chatId(chat).action("typing").build());
  }

  private void apologise(Outbox out, long chat) {
    if (chat != 0) {
      send(out, chat, "Sorry, something went wrong while answering that. Please try again.");
    }
  }

  private void send(Outbox out, long chat, String html) {
    send(out, chat, html, true, null);
  }

  private void send(Outbox out, long chat, String text, boolean html, InlineKeyboardMarkup markup) {
    SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder().chatId(chat).text(text).disableWebPagePreview(true);
    if (html) {
      b.parseMode(ParseMode.HTML);
    }
    if (markup != null) {
      b.replyMarkup(markup);
    }
    try {
      out.send(b.build());
    } catch (TelegramApiException e) {
      LOG.warn("a message to chat {} could not be sent: {}", chat, e.getMessage());
    }
  }
}
