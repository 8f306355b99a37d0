package org.attribot.slack;

import org.attribot.pause.Pause;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends replies: to a {@code response_url} (slash commands, buttons) or through the Web API
 * with the bot token, honouring Slack's 429 {@code Retry-After} a bounded number of times.
 * Failures are logged by what they were for, never with the message or the token.
 */
final class SlackSender {
  private static final Logger LOG = LoggerFactory.getLogger(SlackSender.class);
  static final int ATTEMPTS = 3;
  /** The longest wait honoured for one 429, in seconds. */
  static final int MAX_RETRY_AFTER = 30;

  private final Slack slack;
  private final MethodsClient methods;

  SlackSender(Slack slack, String botToken) {
    this.slack = slack;
    this.methods = slack.methods(botToken);
  }

  /** Answers a slash command through its response_url; true when Slack took it. */
  boolean respond(String responseUrl, Reply reply) {
    return sent("response_url", () -> new Responder(slack, responseUrl).send(SlashCommandResponse.builder()
        .responseType("ephemeral").text(reply.text()).blocks(reply.blocks()).build()));
  }

  /** Answers a button through its response_url: in the channel for all, or to the clicker alone. */
  boolean respondToAction(String responseUrl, Reply reply, boolean inChannel) {
    return sent("response_url", () -> new Responder(slack, responseUrl).send(ActionResponse.builder()
        .responseType(inChannel ? "in_channel" : "ephemeral").replaceOriginal(false).text(reply.text())
        .blocks(reply.blocks()).build()));
  }

  /** Removes the ephemeral message a button was pressed on. */
  boolean deleteOriginal(String responseUrl) {
    return sent("response_url", () -> new Responder(slack, responseUrl).send(ActionResponse.builder()
        .deleteOriginal(true).build()));
  }

  /** Posts in a channel, in a thread when {@code threadTs} is set. */
  boolean post(String channel, String threadTs, Reply reply) {
    return called("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
        .text(reply.text()).blocks(reply.blocks()).unfurlLinks(false).unfurlMedia(false)));
  }

  /** Shows a message to one person in a channel. */
  boolean postEphemeral(String channel, String user, Reply reply) {
    return called("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(channel).user(user)
        .text(reply.text()).blocks(reply.blocks())));
  }

  private interface Webhook {
    WebhookResponse send() throws IOException;
  }

  private interface Method {
    SlackApiTextResponse call() throws IOException, SlackApiException;
  }

  private static boolean sent(String what, Webhook webhook) {
    try {
      WebhookResponse response = webhook.send();
      if (response.getCode() / 100 == 2) {
        return true;
      }
      LOG.warn("Slack's {} answered {}", what, response.getCode());
    } catch (IOException e) {
      LOG.warn("Slack's {} could not be reached: {}", what, e.getMessage());
    }
    return false;
  }

  private static boolean called(String what, Method method) {
    for (int attempt = 1; ; attempt++) {
      try {
        SlackApiTextResponse response = method.call();
        if (response.isOk()) {
          return true;
        }
        LOG.warn("Slack's {} failed: {}", what, response.getError());
        return false;
      } catch (SlackApiException e) {
        int code = e.getResponse().code();
        if (code == 429 && attempt < ATTEMPTS) {
          int wait = retryAfter(e.getResponse().header("Retry-After"), attempt);
          LOG.info("Slack says too many requests ({}); waiting {} s", what, wait);
          if (!Pause.sleep(wait * 1000L)) {
            return false;
          }
          continue;
        }
        LOG.warn("Slack's {} answered {}", what, code);
        return false;
      } catch (IOException e) {
        LOG.warn("Slack's {} could not be reached: {}", what, e.getMessage());
        return false;
      }
    }
  }

  static int retryAfter(String header, int attempt) {
    try {
      return Math.min(MAX_RETRY_AFTER, Math.max(1, Integer.parseInt(header.strip())));
    } catch (RuntimeException e) {
      return attempt;
    }
  }

}
