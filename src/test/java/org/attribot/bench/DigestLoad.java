package org.attribot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.digest.Destination;
import org.attribot.digest.DigestResult;
import org.attribot.digest.DigestService;
import org.attribot.ingest.SampleCorpus;
import org.attribot.statement.StatementReader;

/**
 * {@code bench --digest}: many subscribed chats due at the same minute, sent through the real
 * Telegram client to a Bot API on 127.0.0.1 that refuses (429) anything beyond Telegram's
 * limits — 30 messages in any second, or a second message to one chat within a second.
 * Reports whether every chat got exactly one digest, the limit violations, and the run's
 * duration beside the least the limits allow.
 */
final class DigestLoad {
  private DigestLoad() {}

  static String run(int chats) throws Exception {
    Path tmp = Files.createTempDirectory("attribot-digest-bench");
    try (LocalBotApi api = new LocalBotApi()) {
      Config config = ConfigLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", "1:BENCH", "ATTRIBOT_TELEGRAM_API_URL", api.url(),
          "ATTRIBOT_RETRIEVE_VECTORS", "0"));
      Path db = tmp.resolve("digest.db");
      Instant subscribed = Instant.parse("2025-03-02T12:00:00Z");
      try (App app = App.open(config, db, Clock.fixed(subscribed, ZoneOffset.UTC))) {
        for (int c = 0; c < chats; c++) {
          app.subscriptions().subscribe(new Destination(Destination.TELEGRAM, String.valueOf(100_000 + c)), LocalTime.of(8, 0),
              ZoneId.of("Europe/Brussels"));
        }
        SampleCorpus.loadInto(app.ingest(), new StatementReader(config.ingest().maxFileMb() * 1_000_000L));
      }
      api.enforceLimits.set(true);
      try (App app = App.open(config, db, Clock.fixed(Instant.parse("2025-03-03T07:00:30Z"), ZoneOffset.UTC))) {
        DigestService service = app.digest(app.digestSenders());
        long t0 = System.nanoTime();
        DigestResult result = service.runDue();
        double seconds = (System.nanoTime() - t0) / 1e9;
        DigestResult again = service.runDue();
        int exactlyOnce = 0;
        for (int c = 0; c < chats; c++) {
          if (api.deliveredTo(100_000 + c).size() == 1) {
            exactlyOnce++;
          }
        }
        List<Long> times = new ArrayList<>();
        api.delivered().forEach(call -> times.add(call.atNanos()));
        times.sort(null);
        int busiest = 0;
        for (int i = 0, j = 0; i < times.size(); i++) {
          while (times.get(i) - times.get(j) >= 1_000_000_000L) {
            j++;
          }
          busiest = Math.max(busiest, i - j + 1);
        }
        int perSecond = config.digest().telegramPerSecond();
        double first = times.isEmpty() ? Double.NaN : (times.get(0) - t0) / 1e9;
        double spread = times.isEmpty() ? Double.NaN : (times.get(times.size() - 1) - times.get(0)) / 1e9;
        double bound = (chats - 1) / (double) perSecond;
        return String.format(Locale.ROOT, """
            Digest: %d subscribed Telegram chats due at once (real client; Bot API on 127.0.0.1 enforcing %d/s overall and 1/s a chat; %d senders):
            | chats with exactly one digest | messages sent | second run | limit violations (429s) | busiest second | run s | first message after s | first to last message s | bound s (%d messages at %d/s) | run / bound |
            | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | %d / %d | %d | %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.3f |
            (%s)
            """, chats, perSecond, config.digest().senders(), chats, perSecond, exactlyOnce, chats, api.delivered().size(),
            again.handled() == 0 ? "nothing due" : again.toString(), api.violations.get(), busiest, seconds, first, spread, bound,
            seconds / bound, result);
      }
    } finally {
      Bench.deleteTree(tmp);
    }
  }
}
