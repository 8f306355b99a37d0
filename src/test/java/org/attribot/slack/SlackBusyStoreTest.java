package org.attribot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.attribot.App;
import org.attribot.bench.LocalSlackApi;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.digest.Destination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Slack app on a real SQLite file that another connection holds for writing (BEGIN IMMEDIATE). */
class SlackBusyStoreTest {
  static final String SECRET = "test-signing-secret";

  @Test
  void aSubscribeWhileTheStoreIsHeldSaysTryAgainAndWorksOnceItIsFree(@TempDir Path dir) throws Exception {
    try (LocalSlackApi slack = new LocalSlackApi(SECRET)) {
      Config config = ConfigLoader.load(null, Map.of("SLACK_BOT_TOKEN", "test-bot-token", "SLACK_SIGNING_SECRET", SECRET,
          "ATTRIBOT_SLACK_API_URL", slack.apiUrl(), "ATTRIBOT_SLACK_HOST", "127.0.0.1", "ATTRIBOT_SLACK_PORT", "0",
          "ATTRIBOT_RETRIEVE_VECTORS", "0", "ATTRIBOT_STORE_BUSY_TIMEOUT_MS", "100"));
      Path db = dir.resolve("slack.db");
      try (App app = App.open(config, db); SlackRunner runner = app.slack(config.slack());
          Connection other = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        String url = "http://127.0.0.1:" + runner.port() + SlackRunner.PATH;
        other.createStatement().execute("BEGIN IMMEDIATE");
        slack.send(url, LocalSlackApi.commandBody("/attrib", "subscribe 07:30 Europe/Paris", "U1", "C9", slack.responseUrl("s1")));
        slack.await(s -> s.responses("s1").size() == 1);
        String said = slack.responses("s1").get(0).body().path("text").asText();
        assertTrue(said.contains("busy") && said.contains("try again"), said);
        other.createStatement().execute("COMMIT");
        assertTrue(app.subscriptions().find(new Destination(Destination.SLACK, "C9")).isEmpty(), "not half done");

        slack.send(url, LocalSlackApi.commandBody("/attrib", "subscribe 07:30 Europe/Paris", "U1", "C9", slack.responseUrl("s2")));
        slack.await(s -> s.responses("s2").size() == 1);
        assertEquals("07:30", app.subscriptions().find(new Destination(Destination.SLACK, "C9")).orElseThrow().at().toString());
      }
    }
  }
}
