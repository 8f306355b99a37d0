package org.attribot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.attribot.App;
import org.attribot.bench.LocalSlackApi;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.conversation.Repeat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mentions a previous run acknowledged and recorded but never answered, on a real SQLite file. */
class SlackRestartTest {
  static final String SECRET = "test-signing-secret";

  static Config config(LocalSlackApi slack) {
    return ConfigLoader.load(null, Map.of("SLACK_BOT_TOKEN", "test-bot-token", "SLACK_SIGNING_SECRET", SECRET,
        "ATTRIBOT_SLACK_API_URL", slack.apiUrl(), "ATTRIBOT_SLACK_HOST", "127.0.0.1", "ATTRIBOT_SLACK_PORT", "0",
        "ATTRIBOT_RETRIEVE_VECTORS", "0"));
  }

  @Test
  void aMentionAcknowledgedButNotAnsweredIsAnsweredInItsThreadAtTheNextStart(@TempDir Path dir) throws Exception {
    Path db = dir.resolve("slack.db");
    try (LocalSlackApi slack = new LocalSlackApi(SECRET)) {
      Config config = config(slack);
      try (App app = App.open(config, db); SlackRunner runner = app.slack(config.slack())) {
        String url = "http://127.0.0.1:" + runner.port() + SlackRunner.PATH;
        slack.send(url, LocalSlackApi.mentionBody("EvA", "C2", "U2", "<@UBOT> help", "1700000000.000100", null));
        slack.await(s -> s.calls("chat.postMessage").size() == 1);
        // as if the last run had been killed after acknowledging these, before answering or while posting
        app.store().chatUpdates().claim(SlackBot.SOURCE, SlackMentions.key("EvB"), """
            {"eventId": "EvB", "channel": "C5", "threadTs": "1700000000.000900", "user": "U5", "text": "help"}""",
            Instant.now());
        app.store().chatUpdates().claim(SlackBot.SOURCE, SlackMentions.key("EvC"), """
            {"eventId": "EvC", "channel": "C6", "threadTs": "1700000000.000950", "user": "U6", "text": "help"}""",
            Instant.now());
        app.store().sentParts().sending(SlackBot.SOURCE, SlackMentions.key("EvC"), 0, Instant.now());
      }
      try (App app = App.open(config, db); SlackRunner runner = app.slack(config.slack())) {
        slack.await(s -> s.calls("chat.postMessage").size() == 3);
        var posts = slack.calls("chat.postMessage");
        var b = posts.stream().filter(c -> c.body().path("channel").asText().equals("C5")).findFirst().orElseThrow().body();
        assertEquals("1700000000.000900", b.path("thread_ts").asText(), "in the mention's thread");
        assertTrue(b.path("text").asText().contains("answers questions about cyber attributions"), b.toString());
        var c = posts.stream().filter(p -> p.body().path("channel").asText().equals("C6")).findFirst().orElseThrow().body();
        assertTrue(c.path("text").asText().startsWith(Repeat.NOTE), "the reply in doubt is marked: " + c);
        assertEquals(1, posts.stream().filter(p -> p.body().path("channel").asText().equals("C2")).count(),
            "the mention answered before is not answered again");
        slack.await(s -> app.store().chatUpdates().unfinished(SlackBot.SOURCE).isEmpty()); // and every one marked done
      }
    }
  }
}
