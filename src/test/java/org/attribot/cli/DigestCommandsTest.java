package org.attribot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.attribot.bench.LocalBotApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digest} and {@code subscriptions} from the terminal. */
class DigestCommandsTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  Run run(Map<String, String> extra, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new HashMap<>(Map.of("ATTRIBOT_STORE_PATH", dir.resolve("store.db").toString(),
        "ATTRIBOT_RETRIEVE_VECTORS", "0"));
    env.putAll(extra);
    int code = Cli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aDryRunPrintsTheDigestWithNoTokenAndNoStore() {
    Run r = run(Map.of(), "digest", "--dry-run");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("attribot digest: 6 new statements since "), r.out());
    assertTrue(r.out().contains("\nAPT28\n[1] "), "grouped by actor: " + r.out());
    assertTrue(r.out().contains("https://"), "with links: " + r.out());
    assertTrue(r.out().contains(" — attribot's summary of the statement by Reuters (via Daily Mail), 2024-05-03."),
        "the sample's lines are attribot's summaries: " + r.out());
    assertFalse(r.out().contains("\u201c"), "and not quoted as the publishers' words: " + r.out());
    Run since = run(Map.of(), "digest", "--dry-run", "--since", "2999-01-01");
    assertTrue(since.out().startsWith("attribot digest: nothing new attributed since Tue 1 Jan 2999 00:00 (Europe/Brussels)."),
        since.out());
  }

  @Test
  void subscriptionsAreAddedListedChangedAndRemoved() {
    assertEquals("subscribed telegram:42: daily at 07:30 (Asia/Tokyo)\n",
        run(Map.of(), "subscriptions", "add", "telegram:42", "--at", "07:30", "--zone", "Asia/Tokyo").out());
    assertEquals("subscribed slack:C0123ABCD: daily at 08:00 (Europe/Brussels)\n",
        run(Map.of(), "subscriptions", "add", "slack:C0123ABCD").out());
    assertEquals("changed telegram:42: daily at 06:00 (Asia/Tokyo)\n",
        run(Map.of(), "subscriptions", "add", "telegram:42", "--at", "06:00", "--zone", "asia/tokyo").out());
    String list = run(Map.of(), "subscriptions", "list").out();
    assertTrue(list.startsWith("DESTINATION  "), "with column headers: " + list);
    assertTrue(list.lines().findFirst().orElseThrow().matches("DESTINATION +AT +ZONE +LAST DIGEST UP TO +STATE"), list);
    assertTrue(list.contains("telegram:42"), list);
    assertTrue(list.contains("06:00 Asia/Tokyo"), list);
    assertTrue(list.endsWith("2 subscriptions\n"), list);
    assertEquals(0, run(Map.of(), "subscriptions", "remove", "telegram:42").code());
    assertEquals(1, run(Map.of(), "subscriptions", "remove", "telegram:42").code());
    Run bad = run(Map.of(), "subscriptions", "add", "whatsapp:1");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("telegram:<chat id> or slack:<channel id>"), bad.err());
  }

  @Test
  void sendNowSendsOneDigestAndNeedsTheToken() throws Exception {
    run(Map.of(), "ingest", "-q", Path.of("src/main/resources/sample").toString());
    Run none = run(Map.of(), "digest", "--send-now", "--for", "telegram:7");
    assertEquals(1, none.code());
    assertTrue(none.err().contains("no telegram sender is configured"), none.err());
    try (LocalBotApi api = new LocalBotApi()) {
      Map<String, String> telegram = Map.of("TELEGRAM_BOT_TOKEN", "1:T", "ATTRIBOT_TELEGRAM_API_URL", api.url());
      Run r = run(telegram, "digest", "--send-now", "--for", "telegram:7");
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().startsWith("telegram:7: 1 sent"), r.out());
      assertTrue(api.deliveredTo(7).get(0).body().path("text").asText().contains("new statements since"));
      Run again = run(telegram, "digest", "--send-now", "--for", "telegram:7");
      assertTrue(again.out().startsWith("telegram:7: 0 sent, 1 skipped"), "nothing new since the one just sent: " + again.out());
    }
  }
}
