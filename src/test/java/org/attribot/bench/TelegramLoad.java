package org.attribot.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.telegram.TelegramRunner;

/**
 * {@code bench --telegram}: many chats asking at once through the real client and long
 * poller against a Bot API on 127.0.0.1, over the built-in sample store, after a warm-up
 * round from as many other chats. Reports whether
 * every chat got exactly one answer, and the time from the updates' arrival to each
 * sendMessage beside the time the answers take alone.
 */
final class TelegramLoad {
  private TelegramLoad() {}

  static String run(int chats) throws Exception {
    List<String> questions = List.of("who hacked Romania?", "Which agency did NATO blame?", "who stole from Bybit?",
        "What did APT28 exploit in Czech institutions?", "how did the Chinese embassy respond?");
    try (LocalBotApi api = new LocalBotApi()) {
      Config config = ConfigLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", "1:BENCH", "ATTRIBOT_TELEGRAM_API_URL", api.url(),
          "ATTRIBOT_TELEGRAM_PER_MINUTE", "1000"));
      try (App app = App.sample(config)) {
        List<Double> alone = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
          alone.clear();
          for (int c = 0; c < chats; c++) {
            long t = System.nanoTime();
            app.answers().ask(questions.get(c % questions.size()));
            alone.add((System.nanoTime() - t) / 1e6);
          }
        }
        Collections.sort(alone);
        // the same questions at once, straight to the answer service (with conversation memory, as the
        // bot asks them) on as many threads as the bot has
        List<Double> atOnce = Collections.synchronizedList(new ArrayList<>());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(config.telegram().workers());
        for (int round = 0; round < 2; round++) {
          atOnce.clear();
          long start = System.nanoTime();
          List<java.util.concurrent.Future<?>> done = new ArrayList<>();
          for (int c = 0; c < chats; c++) {
            String q = questions.get(c % questions.size());
            String conversation = "bench:" + round + ":" + c; // with memory, as the bot asks
            done.add(pool.submit(() -> {
              app.answers().ask(conversation, q, org.attribot.retrieve.Narrowing.NONE);
              atOnce.add((System.nanoTime() - start) / 1e6);
            }));
          }
          for (var f : done) {
            f.get();
          }
        }
        pool.shutdown();
        List<Double> concurrent = new ArrayList<>(atOnce);
        Collections.sort(concurrent);
        try (TelegramRunner bot = app.telegram(config.telegram())) {
          api.await(a -> !a.calls("getupdates").isEmpty());
          for (int c = 0; c < chats; c++) { // warm up: the first call of each kind loads classes and opens connections
            api.message(c + 1, 20_000 + c, "private", questions.get(c % questions.size()));
          }
          api.await(a -> a.calls("sendmessage").size() >= chats);
          long t0 = System.nanoTime();
          for (int c = 0; c < chats; c++) {
            api.message(chats + c + 1, 10_000 + c, "private", questions.get(c % questions.size()));
          }
          api.await(a -> a.calls("sendmessage").size() >= 2 * chats);
          Thread.sleep(1_000); // anything answered twice would show now
          List<Double> delivered = new ArrayList<>();
          int exactlyOnce = 0;
          for (int c = 0; c < chats; c++) {
            List<LocalBotApi.Call> sent = api.sentTo(10_000 + c);
            if (sent.size() == 1) {
              exactlyOnce++;
            }
            sent.forEach(s -> delivered.add((s.atNanos() - t0) / 1e6));
          }
          Collections.sort(delivered);
          return String.format(Locale.ROOT, """
              Telegram: %d chats asking at once (real client and long poller; Bot API on 127.0.0.1; sample store):
              | chats answered exactly once | messages sent | update → sendMessage p50 ms | p95 ms | same questions at once, answer service alone: p50 ms | p95 ms | one answer alone: p50 ms | p95 ms |
              | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
              | %d / %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |
              """, chats, exactlyOnce, chats, api.calls("sendmessage").size() - chats, pct(delivered, 50), pct(delivered, 95),
              pct(concurrent, 50), pct(concurrent, 95), pct(alone, 50), pct(alone, 95));
        }
      }
    }
  }

  private static double pct(List<Double> sorted, int p) {
    return sorted.isEmpty() ? Double.NaN : sorted.get(Math.max(1, (int) Math.ceil(p / 100.0 * sorted.size())) - 1);
  }
}
