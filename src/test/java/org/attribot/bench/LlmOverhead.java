package org.attribot.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attribot.App;
import org.attribot.config.ConfigLoader;
import org.attribot.retrieve.Narrowing;

/**
 * {@code bench --llm}: attribot's own time around a model call, with a chat server on
 * 127.0.0.1 that answers at once, over the built-in sample store. Each question is asked in a
 * conversation, so the time includes reading and writing memory and (for follow-ups) the
 * rewrite call; the model's own time is near zero, so what is measured is attribot's.
 */
final class LlmOverhead {
  private LlmOverhead() {}

  static String run(int questions, long seed) {
    List<String> asked = List.of("who hacked Romania?", "and when was that?", "Which agency did NATO blame?",
        "What did the Czech ministry say about APT28?", "who stole from Bybit?", "how did China respond?");
    try (LocalChatServer server = new LocalChatServer(r -> r.body().contains("Follow-up question")
        ? LocalChatServer.openAi("When did APT 28 target Romania?")
        : LocalChatServer.openAi(LocalChatServer.answerJson("APT 28 targeted Romania, NATO said [1].", List.of(1), true)));
        App app = App.sample(ConfigLoader.load(null, Map.of("ATTRIBOT_LLM_PROVIDER", "openai",
            "ATTRIBOT_LLM_BASE_URL", server.baseUrl(), "ATTRIBOT_LLM_MODEL", "bench", "ATTRIBOT_LLM_API_KEY", "bench")))) {
      for (int i = 0; i < questions; i++) {
        app.answers().ask("warm-" + (i / asked.size()), asked.get(i % asked.size()), Narrowing.NONE);
      }
      List<Double> ms = new ArrayList<>();
      for (int i = 0; i < questions; i++) {
        long t = System.nanoTime();
        app.answers().ask("run-" + seed + "-" + (i / asked.size()), asked.get(i % asked.size()), Narrowing.NONE);
        ms.add((System.nanoTime() - t) / 1e6);
      }
      Collections.sort(ms);
      return String.format(Locale.ROOT, """
          attribot's own time around the model call (sample store; server on 127.0.0.1 answering at once;
          %d questions in conversations of %d, one in six a follow-up that is rewritten first):
          | p50 ms | p95 ms | p99 ms | model calls |
          | ---: | ---: | ---: | ---: |
          | %.2f | %.2f | %.2f | %d |
          """, questions, asked.size(), pct(ms, 50), pct(ms, 95), pct(ms, 99), server.requests().size());
    }
  }

  private static double pct(List<Double> sorted, int p) {
    return sorted.get(Math.max(1, (int) Math.ceil(p / 100.0 * sorted.size())) - 1);
  }
}
