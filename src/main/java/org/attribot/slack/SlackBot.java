package org.attribot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.attribot.actorcard.ActorCard;
import org.attribot.actorcard.ActorCards;
import org.attribot.digest.Destination;
import org.attribot.digest.Subscriptions;
import org.attribot.answer.Answer;
import org.attribot.conversation.ConversationQueues;
import org.attribot.conversation.QuestionLimit;
import org.attribot.conversation.RateLimiter;
import org.attribot.store.SendJournal;
import org.attribot.store.Store;
import org.attribot.store.StoreException;
import org.attribot.store.StoredStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter's handlers on a Bolt app: the slash command, mentions and the answer's
 * buttons. Every handler acknowledges at once and leaves the work to a bounded pool, one
 * conversation at a time; it decides nothing about answers — it routes, renders and sends.
 * A slash command is answered through its {@code response_url} (or, should that fail, as an
 * ephemeral message), a mention in its thread; an event Slack retries is answered once.
 */
final class SlackBot {
  private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
  static final String SOURCE = "slack";
  /** When a channel gets its digest, until the digest has settings of its own. */
  static final String LOOKING = "Looking into it\u2026";
  static final String TOO_FAST = "You are asking faster than I can keep up with; please wait a minute and ask again.";
  static final String SORRY = "Sorry, something went wrong while answering that. Please try again.";
  static final String BUSY = "The store is busy with another task right now, so that was not done; please try again in a minute.";
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** Where a question came from: its channel, who asked, the conversation it belongs to, whether the answer is theirs alone. */
  private record Origin(String channel, String user, String conversation, boolean ephemeral) {}

  /** Where the reply to one request goes. */
  private interface Target {
    void send(Reply reply);
  }

  private final String command;
  private final Asker asker;
  private final ActorCards actors;
  private final Store store;
  private final Subscriptions subscriptions;
  private final SlackSender sender;
  private final ConversationQueues<String> queues;
  private final RateLimiter limiter;
  private final Clock clock;
  private final QuestionLimit limit;

  SlackBot(String command, Asker asker, ActorCards actors, Store store, Subscriptions subscriptions, SlackSender sender,
      ExecutorService pool, int perMinute, QuestionLimit limit, Clock clock) {
    this.limit = limit;
    this.command = command;
    this.asker = asker;
    this.actors = actors;
    this.store = store;
    this.subscriptions = subscriptions;
    this.sender = sender;
    this.queues = new ConversationQueues<>(pool);
    this.limiter = new RateLimiter(perMinute, clock);
    this.clock = clock;
  }

  void register(App app) {
    app.command(command, (req, ctx) -> command(req.getPayload(), ctx));
    app.event(AppMentionEvent.class, this::mention);
    app.blockAction(SlackFormat.VOTE_UP, (req, ctx) -> vote(req.getPayload(), 1, ctx));
    app.blockAction(SlackFormat.VOTE_DOWN, (req, ctx) -> vote(req.getPayload(), -1, ctx));
    app.blockAction(SlackFormat.SHARE, (req, ctx) -> share(req.getPayload(), ctx));
  }

  private Response command(SlashCommandPayload p, SlashCommandContext ctx) {
    Routed routed = Routed.of(SlackFormat.plain(p.getText()));
    if (routed.command().equals("help")) {
      return ctx.ack(r -> r.responseType("ephemeral").text(help()));
    }
    String channel = p.getChannelId();
    String user = p.getUserId();
    String url = p.getResponseUrl();
    var refusal = routed.command().equals("ask") ? limit.refusal(routed.text()) : java.util.Optional.<String>empty();
    if (refusal.isPresent()) { // refused before anything is queued: answering time is bounded whatever is sent
      return ctx.ack(r -> r.responseType("ephemeral").text(SlackFormat.escape(refusal.get())));
    }
    if (routed.command().equals("ask") && !limiter.allow(user)) {
      return ctx.ack(r -> r.responseType("ephemeral").text(TOO_FAST));
    }
    Origin origin = new Origin(channel, user, SOURCE + ":" + channel + ":" + user, true);
    queues.submit(origin.conversation(), () -> handle(routed, origin, reply -> {
      if (!sender.respond(url, reply) && !sender.postEphemeral(channel, user, reply)) {
        LOG.error("a reply to {} in {} could not be delivered", user, channel);
      }
    }));
    return routed.command().equals("ask") ? ctx.ack(r -> r.responseType("ephemeral").text(LOOKING)) : ctx.ack();
  }

  /** A mention as recorded before it is acknowledged: enough to answer it after a restart. */
  record Mention(String eventId, String channel, String threadTs, String user, String text) {}

  /**
   * Records the mention in the store before acknowledging it (an event Slack retries is seen
   * before and not answered again), then answers it on the pool. A mention acknowledged but
   * not answered when the process stopped is answered by {@link #resume} at the next start.
   */
  private Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
    AppMentionEvent e = payload.getEvent();
    if (e.getBotId() != null || e.getChannel() == null || e.getTs() == null) {
      return ctx.ack(); // another bot, or nothing to answer in
    }
    String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
    String channel = e.getChannel();
    String eventId = payload.getEventId() != null ? payload.getEventId() : channel + ":" + e.getTs();
    Mention m = new Mention(eventId, channel, thread, e.getUser(), withoutMention(e.getText(), ctx.getBotUserId()));
    // a failure here (the store busy through every retry) answers 500, and Slack sends the event again
    if (!store.chats().claim(SOURCE, key(eventId), json(m), clock.instant())) {
      LOG.info("event {} was seen before; not answered again", eventId);
      return ctx.ack();
    }
    answerLater(m, true);
    return ctx.ack();
  }

  /** Answers the mentions a previous run acknowledged but never answered. */
  void resume() {
    for (String payload : store.chats().unfinished(SOURCE)) {
      try {
        Mention m = JSON.readValue(payload, Mention.class);
        if (m.text() == null) {
          throw new IllegalArgumentException("recorded without its text");
        }
        LOG.info("answering mention {} in {} left unanswered by the last run", m.eventId(), m.channel());
        answerLater(m, false);
      } catch (JsonProcessingException | RuntimeException ex) {
        LOG.warn("a mention left unanswered by the last run cannot be answered ({}); it is set aside", ex.getMessage());
        store.chats().done(SOURCE, key(JSON.convertValue(readTree(payload).path("event_id"), String.class)));
      }
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(String payload) {
    try {
      return JSON.readTree(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void answerLater(Mention m, boolean limited) {
    Origin origin = new Origin(m.channel(), m.user(), SOURCE + ":" + m.channel() + ":" + m.threadTs(), false);
    Routed routed = Routed.of(SlackFormat.plain(m.text()));
    long key = key(m.eventId());
    queues.submit(origin.conversation(), () -> {
      try {
        var refusal = routed.command().equals("ask") ? limit.refusal(routed.text()) : java.util.Optional.<String>empty();
        if (refusal.isPresent()) {
          postOnce(key, m, Reply.line(SlackFormat.escape(refusal.get())));
          return;
        }
        if (limited && routed.command().equals("ask") && !limiter.allow(m.user() == null ? m.channel() : m.user())) {
          postOnce(key, m, Reply.line(TOO_FAST));
          return;
        }
        handle(routed, origin, reply -> postOnce(key, m, reply));
      } finally {
        store.chats().done(SOURCE, key);
      }
    });
  }

  /**
   * Posts the reply to a mention in its thread, recorded "sending" before the call and "sent"
   * after: after a restart a reply sent is not posted again, one in doubt is posted with the note.
   */
  private void postOnce(long key, Mention m, Reply reply) {
    SendJournal.State state = store.sends().state(SOURCE, key, 0);
    if (state == SendJournal.State.SENT) {
      return;
    }
    Reply r = state == SendJournal.State.SENDING ? reply.marked() : reply;
    store.sends().sending(SOURCE, key, 0, clock.instant());
    if (sender.post(m.channel(), m.threadTs(), r)) {
      store.sends().sent(SOURCE, key, 0, null, clock.instant());
    } else {
      store.sends().notSent(SOURCE, key, 0);
      LOG.error("the reply to mention {} in {} could not be posted", m.eventId(), m.channel());
    }
  }

  private void handle(Routed routed, Origin origin, Target target) {
    Reply reply;
    try {
      reply = switch (routed.command()) {
        case "help" -> Reply.line(help());
        case "sources" -> sources();
        case "actor" -> actor(routed.text());
        case "subscribe" -> Reply.line(subscriptions.subscribe(new Destination(Destination.SLACK, origin.channel()), routed.text())
            .message());
        case "unsubscribe" -> Reply.line(subscriptions.unsubscribe(new Destination(Destination.SLACK, origin.channel()))
            ? "Unsubscribed: no more digest here." : "This channel was not subscribed.");
        case "reset" -> {
          asker.forget(origin.conversation());
          yield Reply.line("Forgotten. Ask anew.");
        }
        default -> ask(origin, routed.text());
      };
    } catch (StoreException e) {
      if (!e.busy()) {
        LOG.error("answering in {} failed", origin.channel(), e);
      } else {
        LOG.warn("the store stayed busy; {} in {} was not done and the user is asked to try again", routed.command(),
            origin.channel());
      }
      reply = Reply.line(e.busy() ? BUSY : SORRY);
    } catch (RuntimeException e) {
      LOG.error("answering in {} failed", origin.channel(), e);
      reply = Reply.line(SORRY);
    }
    target.send(reply);
  }

  private Reply ask(Origin origin, String question) {
    Answer answer = asker.ask(origin.conversation(), question);
    long id = store.chats().answerGiven(SOURCE + ":" + origin.channel(), question, json(answer), clock.instant());
    return new Reply(SlackFormat.fallback(answer), SlackFormat.answer(answer, id, origin.ephemeral()));
  }

  private Response vote(BlockActionPayload p, int vote, ActionContext ctx) {
    String user = p.getUser().getId();
    String value = value(p);
    queues.submit(SOURCE + ":vote:" + user, () -> {
      String thanks = "Thanks for the feedback.";
      try {
        long id = Long.parseLong(value);
        if (store.chats().answer(id).isEmpty()) {
          throw new IllegalArgumentException("no answer " + id);
        }
        store.chats().feedback(id, SOURCE + ":" + user, vote, clock.instant());
      } catch (RuntimeException e) {
        LOG.warn("a vote could not be recorded: {}", e.toString());
        thanks = "That button has expired.";
      }
      sender.respondToAction(p.getResponseUrl(), Reply.line(thanks), false);
    });
    return ctx.ack();
  }

  private Response share(BlockActionPayload p, ActionContext ctx) {
    String value = value(p);
    queues.submit(SOURCE + ":share:" + p.getUser().getId(), () -> {
      try {
        long id = Long.parseLong(value);
        Answer answer = JSON.readValue(store.chats().answer(id).orElseThrow(), Answer.class);
        Reply shared = new Reply(SlackFormat.fallback(answer), SlackFormat.answer(answer, id, false));
        if (sender.respondToAction(p.getResponseUrl(), shared, true)) {
          sender.deleteOriginal(p.getResponseUrl());
        }
      } catch (RuntimeException | JsonProcessingException e) {
        LOG.warn("an answer could not be shared: {}", e.toString());
        sender.respondToAction(p.getResponseUrl(), Reply.line("That answer can no longer be shared; ask again."), false);
      }
    });
    return ctx.ack();
  }

  private static String value(BlockActionPayload p) {
    return p.getActions() == null || p.getActions().isEmpty() ? "" : String.valueOf(p.getActions().get(0).getValue());
  }

  private String help() {
    return "*attribot* answers questions about cyber attributions \u2014 who blamed which state, agency or group for which "
        + "operation, when, against whom \u2014 and cites its sources.\n"
        + "\u2022 `" + command + " who hacked Romania?` \u2014 an answer only you see, with a button to share it\n"
        + "\u2022 Mention me in a channel \u2014 I answer in the thread, and remember the thread\n"
        + "\u2022 `" + command + " sources` \u2014 the latest statements\n"
        + "\u2022 `" + command + " actor Fancy Bear` \u2014 an actor's card\n"
        + "\u2022 `" + command + " subscribe [HH:MM] [Zone]` / `" + command + " unsubscribe` \u2014 this channel's daily digest\n"
        + "\u2022 `" + command + " reset` \u2014 forget our conversation";
  }

  private Reply sources() {
    List<String> lines = new ArrayList<>(List.of("*Latest statements*"));
    for (StoredStatement s : store.latest(5)) {
      var st = s.statement();
      lines.add("\u2022 " + SlackFormat.line(st.url(), SlackFormat.escape(st.title()), st.publisher(), st.published()));
    }
    return Reply.lines(lines);
  }

  private Reply actor(String name) {
    if (name.isBlank()) {
      return Reply.line("Name an actor: `" + command + " actor Fancy Bear`");
    }
    List<ActorCard> cards = actors.cards(name);
    if (cards.isEmpty()) {
      return Reply.line("No actor, agency or country called \u201c" + SlackFormat.escape(name) + "\u201d in my list.");
    }
    List<String> lines = new ArrayList<>();
    for (ActorCard card : cards) {
      var e = card.entity();
      lines.add("*" + SlackFormat.escape(e.canonical()) + "*");
      List<String> aliases = e.names().subList(1, Math.min(e.names().size(), 12));
      if (!aliases.isEmpty()) {
        lines.add("Also known as: " + SlackFormat.escape(String.join(", ", aliases)));
      }
      if (card.sponsor() != null) {
        lines.add("Sponsor: " + SlackFormat.escape(card.sponsor().canonical()));
      }
      lines.add("Statements naming it: " + card.statements().size());
      card.statements().stream().limit(5).forEach(s -> lines.add("\u2022 " + SlackFormat.escape(s.statement().title())
          + (s.statement().published() == null ? "" : " (" + s.statement().published() + ")")));
      lines.add("");
    }
    return Reply.lines(lines.subList(0, lines.size() - 1));
  }

  /** The text of a mention without the bot's own name in it. */
  static String withoutMention(String text, String botUserId) {
    if (text == null) {
      return "";
    }
    String mine = botUserId == null ? "[A-Z0-9]+" : java.util.regex.Pattern.quote(botUserId);
    return text.replaceAll("\\s*<@" + mine + "(\\|[^>]*)?>\\s*", " ").strip();
  }

  /** A Slack event id as the number the store keys updates by: the first 8 bytes of its SHA-256. */
  static long key(String eventId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a request asks of the bot: a sub-command and its text, else a question ({@code ask}). */
  record Routed(String command, String text) {
    static Routed of(String text) {
      String t = text.strip();
      if (t.isEmpty()) {
        return new Routed("help", "");
      }
      String[] parts = t.split("\\s+", 2);
      String first = parts[0].toLowerCase(Locale.ROOT);
      String rest = parts.length > 1 ? parts[1].strip() : "";
      return switch (first) {
        case "help", "sources", "unsubscribe", "reset" -> rest.isEmpty() ? new Routed(first, "") : new Routed("ask", t);
        case "subscribe" -> new Routed(first, rest);
        case "actor" -> new Routed("actor", rest);
        default -> new Routed("ask", t);
      };
    }
  }
}
