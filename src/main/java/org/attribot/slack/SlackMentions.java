package org.attribot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.BiFunction;
import org.attribot.chat.ChatLedger;
import org.attribot.chat.ChatService;
import org.attribot.chat.Command;
import org.attribot.chat.Origin;
import org.attribot.conversation.ConversationQueues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mentions of the bot, answered in their thread (the thread is the conversation). Each is kept
 * in the chat service's ledger before it is acknowledged — an event Slack retries is seen before
 * and not answered again — and one acknowledged but not answered when the process stopped is
 * answered by {@link #resume} at the next start; its reply is posted at most once.
 */
final class SlackMentions {
  private static final Logger LOG = LoggerFactory.getLogger(SlackMentions.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A mention as recorded before it is acknowledged: enough to answer it after a restart. */
  record Mention(String eventId, String channel, String threadTs, String user, String text) {}

  private final ChatService chat;
  private final SlackSender sender;
  private final ConversationQueues<String> queues;
  private final SlackReplies replies;
  private final BiFunction<Command, Origin, Reply> handler;

  /** Mentions answered on {@code queues}, each command handled by {@code handler} (which never throws). */
  SlackMentions(ChatService chat, SlackSender sender, ConversationQueues<String> queues, SlackReplies replies,
      BiFunction<Command, Origin, Reply> handler) {
    this.chat = chat;
    this.sender = sender;
    this.queues = queues;
    this.replies = replies;
    this.handler = handler;
  }

  Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
    AppMentionEvent e = payload.getEvent();
    if (e.getBotId() != null || e.getChannel() == null || e.getTs() == null) {
      return ctx.ack(); // another bot, or nothing to answer in
    }
    String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
    String channel = e.getChannel();
    String eventId = payload.getEventId() != null ? payload.getEventId() : channel + ":" + e.getTs();
    Mention m = new Mention(eventId, channel, thread, e.getUser(), withoutMention(e.getText(), ctx.getBotUserId()));
    // a failure here (the store busy through every retry) answers 500, and Slack sends the event again
    if (!chat.ledger().claim(key(eventId), json(m))) {
      LOG.info("event {} was seen before; not answered again", eventId);
      return ctx.ack();
    }
    answerLater(m, true);
    return ctx.ack();
  }

  /** Answers the mentions a previous run acknowledged but never answered. */
  void resume() {
    for (String payload : chat.ledger().unfinished()) {
      try {
        Mention m = JSON.readValue(payload, Mention.class);
        if (m.text() == null) {
          throw new IllegalArgumentException("recorded without its text");
        }
        LOG.info("answering mention {} in {} left unanswered by the last run", m.eventId(), m.channel());
        answerLater(m, false);
      } catch (JsonProcessingException | RuntimeException ex) {
        LOG.warn("a mention left unanswered by the last run cannot be answered ({}); it is set aside", ex.getMessage());
        try {
          chat.ledger().done(key(JSON.readTree(payload).path("event_id").asText(null)));
        } catch (JsonProcessingException notJson) {
          throw new IllegalStateException(notJson);
        }
      }
    }
  }

  /** Answers on the thread's queue; a mention handled again after a restart ({@code counted} false) is not counted again. */
  private void answerLater(Mention m, boolean counted) {
    Origin origin = new Origin(m.channel(), m.user(), SlackBot.SOURCE + ":" + m.channel() + ":" + m.threadTs());
    Command command = Command.ofWords(SlackFormat.plain(m.text()));
    long key = key(m.eventId());
    queues.submit(origin.conversation(), () -> {
      try {
        var refusal = chat.refusal(origin, command, counted);
        postOnce(key, m, refusal.isPresent() ? replies.render(refusal.get(), false) : handler.apply(command, origin));
      } finally {
        chat.ledger().done(key);
      }
    });
  }

  /**
   * Posts the reply to a mention in its thread, recorded "sending" before the call and "sent"
   * after: after a restart a reply sent is not posted again, one in doubt is posted with the note.
   */
  private void postOnce(long key, Mention m, Reply reply) {
    ChatLedger.Step step = chat.ledger().sending(key, 0);
    if (step == ChatLedger.Step.SKIP) {
      return;
    }
    if (sender.post(m.channel(), m.threadTs(), step == ChatLedger.Step.SEND_AGAIN ? reply.marked() : reply)) {
      chat.ledger().sent(key, 0, null);
    } else {
      chat.ledger().notSent(key, 0);
      LOG.error("the reply to mention {} in {} could not be posted", m.eventId(), m.channel());
    }
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
}
