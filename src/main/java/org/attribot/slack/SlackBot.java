package org.attribot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.attribot.chat.ChatReply;
import org.attribot.chat.ChatService;
import org.attribot.chat.Command;
import org.attribot.chat.Door;
import org.attribot.chat.Origin;
import org.attribot.conversation.ConversationQueues;
import org.attribot.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter's handlers on a Bolt app: the slash command, mentions ({@link SlackMentions})
 * and the answer's buttons. Every handler acknowledges at once and leaves the work to a bounded
 * pool, one conversation at a time; it reads Slack's payload into the chat service's input and
 * renders its reply ({@link SlackReplies}). A slash command is answered through its
 * {@code response_url} (or, should that fail, as an ephemeral message), a mention in its thread.
 */
final class SlackBot {
  private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
  static final String SOURCE = "slack";
  /** This door as the chat service knows it: votes are kept as {@code slack:USER}. */
  static final Door DOOR = new Door(SOURCE, "channel", SOURCE + ":");
  static final String LOOKING = "Looking into it\u2026";
  static final String SORRY = "Sorry, something went wrong while answering that. Please try again.";
  static final String BUSY = "The store is busy with another task right now, so that was not done; please try again in a minute.";

  private final String command;
  private final ChatService chat;
  private final SlackSender sender;
  private final ConversationQueues<String> queues;
  private final SlackReplies replies;
  private final SlackMentions mentions;

  SlackBot(String command, ChatService chat, SlackSender sender, ExecutorService pool) {
    this.command = command;
    this.chat = chat;
    this.sender = sender;
    this.queues = new ConversationQueues<>(pool);
    this.replies = new SlackReplies(command);
    this.mentions = new SlackMentions(chat, sender, queues, replies, (c, origin) -> reply(c, origin, false));
  }

  void register(App app) {
    app.command(command, (req, ctx) -> command(req.getPayload(), ctx));
    app.event(AppMentionEvent.class, mentions::mention);
    app.blockAction(SlackFormat.VOTE_UP, (req, ctx) -> vote(req.getPayload(), 1, ctx));
    app.blockAction(SlackFormat.VOTE_DOWN, (req, ctx) -> vote(req.getPayload(), -1, ctx));
    app.blockAction(SlackFormat.SHARE, (req, ctx) -> share(req.getPayload(), ctx));
  }

  /** Answers the mentions a previous run acknowledged but never answered. */
  void resume() {
    mentions.resume();
  }

  private Response command(SlashCommandPayload p, SlashCommandContext ctx) {
    Command c = Command.ofWords(SlackFormat.plain(p.getText()));
    if (c.name().equals("help")) {
      return ctx.ack(r -> r.responseType("ephemeral").text(replies.help()));
    }
    String channel = p.getChannelId();
    String user = p.getUserId();
    String url = p.getResponseUrl();
    Origin origin = new Origin(channel, user, SOURCE + ":" + channel + ":" + user);
    Optional<ChatReply> refusal = chat.refusal(origin, c, true);
    if (refusal.isPresent()) { // refused before anything is queued: answering time is bounded whatever is sent
      return ctx.ack(r -> r.responseType("ephemeral").text(replies.render(refusal.get(), true).text()));
    }
    queues.submit(origin.conversation(), () -> {
      Reply reply = reply(c, origin, true);
      if (!sender.respond(url, reply) && !sender.postEphemeral(channel, user, reply)) {
        LOG.error("a reply to {} in {} could not be delivered", user, channel);
      }
    });
    return c.isQuestion() ? ctx.ack(r -> r.responseType("ephemeral").text(LOOKING)) : ctx.ack();
  }

  /** The chat service's reply to a command, rendered; the adapter's catch-all says briefly what went wrong. */
  private Reply reply(Command c, Origin origin, boolean ephemeral) {
    try {
      return replies.render(chat.handle(origin, c), ephemeral);
    } catch (StoreException e) {
      if (!e.busy()) {
        LOG.error("answering in {} failed", origin.place(), e);
      } else {
        LOG.warn("the store stayed busy; {} in {} was not done and the user is asked to try again", c.name(), origin.place());
      }
      return Reply.line(e.busy() ? BUSY : SORRY);
    } catch (RuntimeException e) {
      LOG.error("answering in {} failed", origin.place(), e);
      return Reply.line(SORRY);
    }
  }

  private Response vote(BlockActionPayload p, int vote, ActionContext ctx) {
    String user = p.getUser().getId();
    String value = value(p);
    queues.submit(SOURCE + ":vote:" + user, () ->
        sender.respondToAction(p.getResponseUrl(), replies.render(chat.vote(value, user, vote), false), false));
    return ctx.ack();
  }

  private Response share(BlockActionPayload p, ActionContext ctx) {
    String value = value(p);
    queues.submit(SOURCE + ":share:" + p.getUser().getId(), () -> {
      try {
        ChatReply.Answered given = chat.given(value).orElseThrow(() -> new IllegalArgumentException("no answer " + value));
        if (sender.respondToAction(p.getResponseUrl(), replies.render(given, false), true)) {
          sender.deleteOriginal(p.getResponseUrl());
        }
      } catch (RuntimeException e) {
        LOG.warn("an answer could not be shared: {}", e.toString());
        sender.respondToAction(p.getResponseUrl(), Reply.line("That answer can no longer be shared; ask again."), false);
      }
    });
    return ctx.ack();
  }

  private static String value(BlockActionPayload p) {
    return p.getActions() == null || p.getActions().isEmpty() ? "" : String.valueOf(p.getActions().get(0).getValue());
  }
}
