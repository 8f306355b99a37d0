package org.attribot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.eval.EvalQuestion;
import org.attribot.eval.EvalRunner;
import org.attribot.ingest.Progress;

/**
 * {@code bench --concurrency}: questions per second with 1, 4 and 16 askers at once over a
 * store of the dev statements, while another thread ingests the same statements again and
 * again, each round with changed text (so every round writes new versions, passages and vectors).
 */
final class ConcurrentAsk {
  static final int[] ASKERS = {1, 4, 16};
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConcurrentAsk() {}

  static String run(Config config, Path set, int seconds, Path tmp) throws Exception {
    List<String> questions = new ArrayList<>();
    for (EvalQuestion q : EvalRunner.readQuestions(set.resolve("questions.jsonl"))) {
      questions.add(q.question());
    }
    List<Path> files;
    try (var s = Files.list(set)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    StringBuilder out = new StringBuilder();
    try (App app = App.open(config, tmp.resolve("concurrency.db"))) {
      app.ingest().ingest(List.of(set), Progress.NONE);
      for (String q : questions) {
        app.answers().ask(q); // warm: caches, the vector index, the JIT
      }
      out.append(String.format(Locale.ROOT, """
          questions per second over the dev store (%d statements, %d questions asked round-robin), %d s per row,
          while one thread re-ingests the %d statements with changed text in a loop:
          | askers | questions/s | questions | ingest rounds | failures |
          | ---: | ---: | ---: | ---: | ---: |
          """, app.store().statements().statementCount(), questions.size(), seconds, files.size()));
      for (int askers : ASKERS) {
        out.append(row(app, questions, files, askers, seconds, tmp));
      }
    }
    out.append(String.format(Locale.ROOT, "(%d cores)%n", Runtime.getRuntime().availableProcessors()));
    return out.toString();
  }

  private static String row(App app, List<String> questions, List<Path> files, int askers, int seconds, Path tmp)
      throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong rounds = new AtomicLong();
    AtomicLong asked = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicReference<Throwable> firstFailure = new AtomicReference<>();
    Thread ingester = new Thread(() -> {
      int round = 0;
      while (!stop.get()) {
        try {
          Path dir = tmp.resolve("round-" + askers + "-" + round);
          rewrite(files, dir, askers * 100_000 + round++);
          app.ingest().ingest(List.of(dir), Progress.NONE);
          rounds.incrementAndGet();
        } catch (Exception | Error e) {
          failures.incrementAndGet();
          firstFailure.compareAndSet(null, e);
        }
      }
    }, "bench-ingest");
    List<Thread> threads = new ArrayList<>();
    for (int a = 0; a < askers; a++) {
      int first = a;
      threads.add(new Thread(() -> {
        for (int i = first; !stop.get(); i++) {
          try {
            app.answers().ask(questions.get(i % questions.size()));
            asked.incrementAndGet();
          } catch (RuntimeException e) {
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, e);
          }
        }
      }, "bench-asker-" + a));
    }
    ingester.start();
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    Thread.sleep(seconds * 1000L);
    long before = asked.get();
    double elapsed = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    for (Thread t : threads) {
      t.join();
    }
    ingester.join();
    if (firstFailure.get() != null) {
      System.err.println("bench: first failure with " + askers + " askers: " + firstFailure.get());
    }
    return String.format(Locale.ROOT, "| %d | %.1f | %d | %d | %d |%n", askers, before / elapsed, before, rounds.get(),
        failures.get());
  }

  /** Copies the statements into {@code dir} with a sentence added to every text. */
  private static void rewrite(List<Path> files, Path dir, int round) throws IOException {
    Files.createDirectories(dir);
    for (Path f : files) {
      ObjectNode node = (ObjectNode) JSON.readTree(f.toFile());
      node.put("text", node.path("text").asText() + "\n\nRevision " + round + " of this statement.");
      JSON.writeValue(dir.resolve(f.getFileName().toString()).toFile(), node);
    }
  }
}
