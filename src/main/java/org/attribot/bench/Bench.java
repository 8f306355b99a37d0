package org.attribot.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.attribot.answer.AnswerService;
import org.attribot.statement.Statement;
import org.attribot.store.Store;

/**
 * Measures ingest throughput and warm question latency on a synthetic corpus: statements are
 * saved one transaction each (as {@code ingest} does), then questions are asked once to warm
 * up and again to be timed; heap in use is read after a GC.
 */
public final class Bench {
  private Bench() {}

  /** The figures of one run. */
  public record Result(int statements, int passages, double ingestPerSecond, int questions, double p50Ms, double p95Ms,
      double p99Ms, long heapMb) {}

  public static Result run(Store store, AnswerService answers, List<Statement> corpus, List<String> questions, PrintWriter log) {
    long start = System.nanoTime();
    for (int i = 0; i < corpus.size(); i++) {
      store.save(corpus.get(i));
      if ((i + 1) % 10_000 == 0) {
        log.printf("  ingested %d statements%n", i + 1);
        log.flush();
      }
    }
    double ingestSeconds = (System.nanoTime() - start) / 1e9;
    for (String q : questions) {
      answers.ask(q);
    }
    List<Double> ms = new ArrayList<>();
    for (String q : questions) {
      long t = System.nanoTime();
      answers.ask(q);
      ms.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(ms);
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    return new Result(corpus.size(), store.passageCount(), corpus.size() / ingestSeconds, questions.size(),
        percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), heapMb);
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(List<Double> sorted, int p) {
    int rank = Math.max(1, (int) Math.ceil(p / 100.0 * sorted.size()));
    return sorted.get(rank - 1);
  }

  public static String table(Result r) {
    return String.format(Locale.ROOT, """
        | statements | passages | ingest (statements/s) | questions | p50 ms | p95 ms | p99 ms | heap MiB |
        | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        | %d | %d | %.0f | %d | %.2f | %.2f | %.2f | %d |""",
        r.statements(), r.passages(), r.ingestPerSecond(), r.questions(), r.p50Ms(), r.p95Ms(), r.p99Ms(), r.heapMb());
  }
}
