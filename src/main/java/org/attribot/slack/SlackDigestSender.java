package org.attribot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attribot.config.Config;
import org.attribot.digest.Digest;
import org.attribot.digest.DigestLine;
import org.attribot.digest.DigestSender;
import org.attribot.conversation.Repeat;
import org.attribot.digest.SendResult;
import org.attribot.statement.Sentence;
import org.attribot.statement.TextSplitter;

/**
 * Digests to Slack channels with {@code chat.postMessage}: Block Kit sections of at most
 * 3,000 characters, at most 50 blocks a message, every piece of text escaped for mrkdwn, a
 * plain-text fallback; Slack's answers translated: 429 with its {@code Retry-After};
 * {@code channel_not_found}, {@code is_archived}, {@code not_in_channel} and the like as a
 * channel gone; anything else as a failure.
 */
public final class SlackDigestSender implements DigestSender {
  /** Blocks Slack takes in one message. */
  static final int MAX_BLOCKS = 50;
  /** chat.postMessage: about one message a second a channel; a modest pace across channels. */
  static final Limits LIMITS = new Limits(10, Duration.ofSeconds(1));
  private static final Set<String> GONE = Set.of("channel_not_found", "is_archived", "not_in_channel", "account_inactive",
      "team_access_not_granted", "restricted_action", "channel_is_archived");

  private final MethodsClient methods;
  /** The client {@link #create} opened, closed with the sender; null when the caller handed in the methods. */
  private final Slack slack;

  public SlackDigestSender(MethodsClient methods) {
    this(methods, null);
  }

  private SlackDigestSender(MethodsClient methods, Slack slack) {
    this.methods = methods;
    this.slack = slack;
  }

  /** The real Web API client with the bot token, at the configured API prefix (empty: Slack's own), closed with the sender. */
  public static SlackDigestSender create(Config.Slack settings) {
    SlackConfig config = new SlackConfig();
    if (!settings.apiUrl().isBlank()) {
      String prefix = settings.apiUrl().strip();
      config.setMethodsEndpointUrlPrefix(prefix.endsWith("/") ? prefix : prefix + "/");
    }
    config.setStatsEnabled(false);
    Slack slack = Slack.getInstance(config);
    return new SlackDigestSender(slack.methods(settings.botToken()), slack);
  }

  /** Closes the client {@link #create} opened. */
  @Override
  public void close() {
    if (slack != null) {
      try {
        slack.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the Slack client: " + e.getMessage(), e);
      }
    }
  }

  @Override
  public String platform() {
    return "slack";
  }

  @Override
  public Limits limits() {
    return LIMITS;
  }

  /** Each message as {@code {"text": fallback, "blocks": [...]}}. */
  @Override
  public List<String> render(Digest digest) {
    if (digest.empty()) {
      return List.of(message(digest.nothingNew(), SlackFormat.message(List.of(SlackFormat.escape(digest.nothingNew())))));
    }
    List<String> units = new ArrayList<>();
    units.add("*" + SlackFormat.escape(digest.headline()) + "*");
    if (digest.summary() != null) {
      units.add(String.join(" ", TextSplitter.sentences(digest.summary()).stream().map(Sentence::text)
          .map(SlackFormat::escape).toList()));
    }
    for (Digest.Section section : digest.sections()) {
      units.add("*" + SlackFormat.escape(section.heading()) + "*");
      for (Digest.Item item : section.items()) {
        units.add(line(item));
      }
    }
    List<LayoutBlock> blocks = SlackFormat.message(units);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i += MAX_BLOCKS) {
      out.add(message(digest.headline() + (blocks.size() > MAX_BLOCKS ? " (" + (i / MAX_BLOCKS + 1) + ")" : ""),
          blocks.subList(i, Math.min(blocks.size(), i + MAX_BLOCKS))));
    }
    return out;
  }

  static String line(Digest.Item item) {
    DigestLine l = item.line();
    return "[" + item.n() + "] " + SlackFormat.escape(l.attributor()) + ": " + SlackFormat.escape(l.what()) + " \u2014 "
        + (l.summary() ? SlackFormat.escape(DigestLine.SUMMARY_OF) : "") + SlackFormat.line(l.url(), SlackFormat.escape(l.publisher()), null, l.published());
  }

  private static String message(String fallback, List<LayoutBlock> blocks) {
    var json = new com.google.gson.JsonObject();
    json.addProperty("text", SlackFormat.escape(fallback));
    json.add("blocks", GsonFactory.createSnakeCase().toJsonTree(blocks));
    return json.toString();
  }

  /** The note as a context block first (or, in a message that already has 50 blocks, in the fallback text alone). */
  @Override
  public String markRepeat(String message) {
    var json = com.google.gson.JsonParser.parseString(message).getAsJsonObject();
    json.addProperty("text", Repeat.marked(json.get("text").getAsString()));
    var blocks = json.getAsJsonArray("blocks");
    if (blocks.size() < MAX_BLOCKS) {
      var note = new com.google.gson.JsonArray();
      note.add(GsonFactory.createSnakeCase().toJsonTree(SlackFormat.message(List.of(Repeat.NOTE)).get(0)));
      note.addAll(blocks);
      json.add("blocks", note);
    }
    return json.toString();
  }

  @Override
  public SendResult send(String channel, String message) {
    var json = com.google.gson.JsonParser.parseString(message).getAsJsonObject();
    try {
      ChatPostMessageResponse r = methods.chatPostMessage(req -> req.channel(channel).text(json.get("text").getAsString())
          .blocksAsString(json.get("blocks").toString()).unfurlLinks(false).unfurlMedia(false));
      if (r.isOk()) {
        return SendResult.sent(r.getTs());
      }
      return GONE.contains(r.getError()) ? SendResult.gone(r.getError()) : SendResult.failed(String.valueOf(r.getError()));
    } catch (SlackApiException e) {
      if (e.getResponse().code() == 429) {
        String after = e.getResponse().header("Retry-After");
        long seconds = after == null ? 1 : Math.max(1, Math.min(3600, Long.parseLong(after.strip())));
        return SendResult.rateLimited(Duration.ofSeconds(seconds), "429 ratelimited");
      }
      return SendResult.failed(e.getResponse().code() + " " + (e.getError() == null ? "" : e.getError().getError()));
    } catch (IOException e) {
      return SendResult.unknown(e.toString()); // the request may have reached Slack
    }
  }
}
