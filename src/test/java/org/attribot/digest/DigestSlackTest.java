package org.attribot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.attribot.App;
import org.attribot.bench.LocalSlackApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest in Slack channels: the real Web API client against a Slack API on 127.0.0.1. */
class DigestSlackTest {
  @TempDir Path dir;
  DigestFixture f;
  LocalSlackApi slack;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void close() {
    f.close();
    slack.close();
  }

  static Destination channel(String id) {
    return new Destination(Destination.SLACK, id);
  }

  List<JsonNode> posted(String channel) throws Exception {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (var call : slack.calls("chat.postMessage")) {
      if (call.body().path("channel").asText().equals(channel)) {
        out.add(call.body());
      }
    }
    return out;
  }

  @Test
  void channelsGetBlockKitDigestsEscapedAndSplitAndGoneChannelsAreDisabled() throws Exception {
    slack = new LocalSlackApi("secret");
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z", "SLACK_BOT_TOKEN", "test-bot-token", "ATTRIBOT_SLACK_API_URL", slack.apiUrl(),
        "ATTRIBOT_DIGEST_SENDERS", "1");
    try (App app = f.open()) {
      for (String c : List.of("C1", "C2", "C3")) {
        app.subscriptions().subscribe(channel(c), LocalTime.of(8, 0), ZoneId.of("Europe/Brussels"));
      }
      slack.channelErrors.put("C2", "channel_not_found");
      slack.channelErrors.put("C3", "is_archived");
      for (int i = 0; i < 70; i++) {
        f.statement(app, "Bulletin " + i, "<!channel> Press & Co",
            "The Ministry attributed operation " + i + " <@U123> against the energy sector to APT28, in a long statement.");
      }
      f.clock.set("2025-03-03T07:00:00Z");
      slack.tooMany.set(1);
      DigestResult r = DigestFixture.service(app).runDue();
      assertEquals(1, r.sent(), r.toString());
      assertEquals(2, r.gone(), r.toString());
      assertTrue(app.subscriptions().find(channel("C2")).orElseThrow().disabledReason().contains("channel_not_found"));
      assertTrue(app.subscriptions().find(channel("C3")).orElseThrow().disabledReason().contains("is_archived"));
      List<JsonNode> messages = posted("C1");
      assertEquals(2, messages.size(), "refused once with a 429, then sent");
      StringBuilder all = new StringBuilder();
      for (JsonNode m : messages.subList(1, messages.size())) {
        JsonNode blocks = json.readTree(m.path("blocks").asText());
        assertTrue(blocks.size() <= 50, "at most 50 blocks: " + blocks.size());
        for (JsonNode b : blocks) {
          String text = b.path("text").path("text").asText();
          assertTrue(text.length() <= 3000, "a section within 3,000 characters: " + text.length());
          all.append(text).append('\n');
        }
        assertFalse(m.path("text").asText().isBlank(), "a plain-text fallback");
      }
      assertTrue(all.indexOf("*APT28*") >= 0, all.toString());
      assertTrue(all.indexOf("[70] ") >= 0, "every line");
      assertFalse(all.indexOf("<!channel>") >= 0, "no broadcast");
      assertFalse(all.indexOf("<@U123>") >= 0, "no mention");
      assertTrue(all.indexOf("&lt;!channel&gt; Press &amp; Co") >= 0, all.substring(0, 600));
      assertTrue(all.indexOf("<https://example.org/s1?a=1&amp;b=2|") >= 0, "linked");
    }
  }

  @Test
  void aSummaryIsShownAsAttribotsSummaryOfTheStatementNotInQuotationMarks() throws Exception {
    slack = new LocalSlackApi("secret");
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z", "SLACK_BOT_TOKEN", "test-bot-token", "ATTRIBOT_SLACK_API_URL", slack.apiUrl());
    try (App app = f.open()) {
      app.subscriptions().subscribe(channel("C1"), LocalTime.of(8, 0), ZoneId.of("Europe/Brussels"));
      f.statement(app, "NATO condemns APT28 campaign against Czech institutions", "NATO",
          "The North Atlantic Council attributed the campaign against Czech institutions to APT28.", "summary");
      f.clock.set("2025-03-03T07:00:00Z");
      assertEquals(1, DigestFixture.service(app).runDue().sent());
      JsonNode message = posted("C1").get(0);
      String blocks = json.readTree(message.path("blocks").asText()).toString();
      assertTrue(blocks.contains("attributed the campaign against Czech institutions to APT28. \u2014 attribot's summary of the"
          + " statement by <https://example.org/s1?a=1&amp;b=2|NATO>"), blocks);
      assertFalse(blocks.contains("\u201c"), "a summary is not quoted: " + blocks);
    }
  }

  @Test
  void aDigestOfMoreThanFiftySectionsIsSplitIntoSeveralMessages() throws Exception {
    slack = new LocalSlackApi("secret");
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z");
    List<Digest.Item> items = new java.util.ArrayList<>();
    for (int n = 1; n <= 400; n++) {
      items.add(new Digest.Item(n, new DigestLine("APT28", "NATO", "word ".repeat(80).strip() + ".", "s" + n, "t", "P", null, null)));
    }
    Digest digest = new Digest(ZoneId.of("UTC"), java.time.Instant.EPOCH, java.time.Instant.EPOCH, null,
        List.of(new Digest.Section("APT28", items)));
    List<String> messages = new org.attribot.slack.SlackDigestSender(null).render(digest);
    assertTrue(messages.size() >= 2, "split: " + messages.size());
    int lines = 0;
    for (String m : messages) {
      JsonNode blocks = json.readTree(m).path("blocks");
      assertTrue(blocks.size() <= 50, "at most 50 blocks: " + blocks.size());
      for (JsonNode b : blocks) {
        assertTrue(b.path("text").path("text").asText().length() <= 3000);
        lines += b.path("text").path("text").asText().split("\\n\\[").length;
      }
    }
    assertTrue(lines >= 400, "every line: " + lines);
  }
}
