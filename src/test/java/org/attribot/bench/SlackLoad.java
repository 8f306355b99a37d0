package org.attribot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.slack.SlackRunner;

/**
 * {@code bench --slack}: many slash commands at once to the real Bolt app over HTTP on
 * 127.0.0.1, each signed as Slack signs it, with answers composed by the LangChain4j composer
 * against a chat server that takes {@link #MODEL_MS} ms to reply (the slow part Slack's 3-second
 * rule must not wait for), over the built-in sample store. Reports the acknowledgement times,
 * whether every command was answered exactly once through its response_url, and when.
 */
final class SlackLoad {
  static final long MODEL_MS = 5_000;

  private SlackLoad() {}

  static String run(int commands) throws Exception {
    String secret = "bench-signing-secret";
    try (LocalSlackApi slack = new LocalSlackApi(secret);
        LocalChatServer model = new LocalChatServer(r -> new LocalChatServer.Reply(200, LocalChatServer.openAi(
            LocalChatServer.answerJson("APT 28 targeted Romania, NATO said [1].", List.of(1), true)).body(), MODEL_MS))) {
      Config config = ConfigLoader.load(null, Map.of("ATTRIBOT_LLM_PROVIDER", "openai", "ATTRIBOT_LLM_BASE_URL",
          model.baseUrl(), "ATTRIBOT_LLM_MODEL", "bench", "ATTRIBOT_LLM_API_KEY", "bench", "SLACK_BOT_TOKEN", "bench-bot-token",
          "SLACK_SIGNING_SECRET", secret, "ATTRIBOT_SLACK_API_URL", slack.apiUrl(), "ATTRIBOT_SLACK_HOST", "127.0.0.1",
          "ATTRIBOT_SLACK_PORT", "0"));
      int workers = config.slack().workers();
      Duration patience = Duration.ofMillis(MODEL_MS * (commands / workers + 2) + 30_000);
      try (App app = App.sample(config); SlackRunner runner = app.slack(config.slack())) {
        String url = "http://127.0.0.1:" + runner.port() + SlackRunner.PATH;
        ExecutorService askers = Executors.newFixedThreadPool(commands);
        try {
          // warm up: the first request of each kind loads classes and opens connections
          round(slack, url, askers, Math.min(commands, workers), "warm");
          slack.await(s -> answered(s, "warm", Math.min(commands, workers)), patience);
          long t0 = System.nanoTime();
          List<LocalSlackApi.Ack> acks = round(slack, url, askers, commands, "run");
          slack.await(s -> answered(s, "run", commands), patience);
          Thread.sleep(1_000); // anything answered twice would show now
          List<Double> ackMs = new ArrayList<>();
          int looking = 0;
          for (LocalSlackApi.Ack ack : acks) {
            ackMs.add(ack.millis());
            if (ack.status() == 200 && ack.body().contains("Looking into it")) {
              looking++;
            }
          }
          Collections.sort(ackMs);
          List<Double> answeredS = new ArrayList<>();
          int once = 0;
          for (int c = 0; c < commands; c++) {
            List<LocalSlackApi.Call> calls = slack.responses("run-" + c);
            if (calls.size() == 1 && calls.get(0).body().path("text").asText().contains("[1]")) {
              once++;
            }
            calls.forEach(call -> answeredS.add((call.atNanos() - t0) / 1e9));
          }
          Collections.sort(answeredS);
          return String.format(Locale.ROOT, """
              Slack: %d slash commands at once (real Bolt app over HTTP on 127.0.0.1, signed requests; answers by the
              LangChain4j composer against a chat server that replies after %d ms; %d workers; sample store):
              | commands | acked 200 "Looking into it…" | ack p50 ms | p95 ms | p99 ms | max ms | answered exactly once | answer posted: first s | last s | model calls |
              | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
              | %d | %d | %.1f | %.1f | %.1f | %.1f | %d / %d | %.1f | %.1f | %d |
              """, commands, MODEL_MS, workers, commands, looking, pct(ackMs, 50), pct(ackMs, 95), pct(ackMs, 99),
              ackMs.get(ackMs.size() - 1), once, commands, answeredS.isEmpty() ? Double.NaN : answeredS.get(0),
              answeredS.isEmpty() ? Double.NaN : answeredS.get(answeredS.size() - 1), model.requests().size());
        } finally {
          askers.shutdownNow();
        }
      }
    }
  }

  /** Sends {@code n} signed commands at the same instant, each from its own user; their acknowledgements in order. */
  private static List<LocalSlackApi.Ack> round(LocalSlackApi slack, String url, ExecutorService askers, int n, String prefix)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<LocalSlackApi.Ack>> sent = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      String body = LocalSlackApi.commandBody("/attrib", "who hacked Romania?", "U" + prefix + c, "C" + (c % 4),
          slack.responseUrl(prefix + "-" + c));
      sent.add(askers.submit(() -> {
        go.await();
        return slack.send(url, body);
      }));
    }
    go.countDown();
    List<LocalSlackApi.Ack> acks = new ArrayList<>();
    for (Future<LocalSlackApi.Ack> f : sent) {
      acks.add(f.get());
    }
    return acks;
  }

  private static boolean answered(LocalSlackApi slack, String prefix, int n) {
    for (int c = 0; c < n; c++) {
      if (slack.responses(prefix + "-" + c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static double pct(List<Double> sorted, int p) {
    return sorted.isEmpty() ? Double.NaN : sorted.get(Math.max(1, (int) Math.ceil(p / 100.0 * sorted.size())) - 1);
  }
}
