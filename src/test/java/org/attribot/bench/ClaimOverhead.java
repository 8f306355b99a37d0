package org.attribot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.attribot.actor.Gazetteer;
import org.attribot.claim.Claim;
import org.attribot.claim.ClaimExtractor;
import org.attribot.claim.OfflineClaimExtractor;
import org.attribot.embed.Embedder;
import org.attribot.embed.MiniLmEmbedder;
import org.attribot.ingest.IngestService;
import org.attribot.statement.Parsed;
import org.attribot.statement.Statement;
import org.attribot.statement.StatementReader;
import org.attribot.StorePorts;

/**
 * {@code bench --claims N}: what offline claim extraction adds to ingest. N synthetic
 * statements (every one full of attribution sentences) are ingested into a fresh store with
 * the offline extractor timed inside the same run, so the share it takes is measured without
 * run-to-run noise: once with the embedding model (the default ingest) and, median of five,
 * keyword-only; each after a warm-up run.
 */
final class ClaimOverhead {
  private ClaimOverhead() {}

  static String run(int statements, long seed) throws Exception {
    List<Statement> corpus = SyntheticCorpus.generate(statements, seed);
    Timed offline = new Timed(new OfflineClaimExtractor(Gazetteer.loadDefault()));
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Ingest of %d synthetic statements with the offline claim extractor, extraction timed inside the run:%n"
            + "| ingest | ingest s | of which extraction s | extraction share | claims |%n| --- | ---: | ---: | ---: | ---: |%n",
        statements));
    try (MiniLmEmbedder model = MiniLmEmbedder.loadingNow()) {
      return table(corpus, offline, model, out);
    }
  }

  private static String table(List<Statement> corpus, Timed offline, Embedder model, StringBuilder out) throws Exception {
    for (Embedder embedder : new Embedder[] {model, null}) {
      int runs = embedder == null ? 5 : 1;
      ingest(corpus, embedder, offline); // warm-up
      double[][] figures = new double[runs][];
      for (int i = 0; i < runs; i++) {
        figures[i] = ingest(corpus, embedder, offline);
      }
      Arrays.sort(figures, (a, b) -> Double.compare(a[1] / a[0], b[1] / b[0]));
      double[] median = figures[runs / 2];
      out.append(String.format(Locale.ROOT, "| %s | %.2f | %.3f | %.1f%% | %d |%n",
          embedder == null ? "keyword only (retrieve.vectors 0), median of 5" : "with embeddings (all-MiniLM-L6-v2, the default)",
          median[0], median[1], 100 * median[1] / median[0], (int) median[2]));
    }
    out.append(String.format(Locale.ROOT, "Extraction: %.2f ms a statement.%n", offline.nanos / 1e6 / offline.calls));
    return out.toString();
  }

  /** Ingest seconds, extraction seconds within them, claims stored. */
  private static double[] ingest(List<Statement> corpus, Embedder embedder, Timed extractor) throws Exception {
    Path dir = Files.createTempDirectory("attribot-bench");
    try (StorePorts store = StorePorts.sqlite(dir.resolve("b.db"), 5000, Clock.systemUTC())) {
      IngestService ingest = new IngestService(store.statementWrites(), new StatementReader(16_000_000), embedder, extractor);
      List<Parsed> parsed = corpus.stream().map(s -> (Parsed) new Parsed.Ok(s.id(), s)).toList();
      long before = extractor.nanos;
      long t = System.nanoTime();
      ingest.ingestParsed(parsed);
      double seconds = (System.nanoTime() - t) / 1e9;
      return new double[] {seconds, (extractor.nanos - before) / 1e9, store.claims().count()};
    } finally {
      Bench.deleteTree(dir);
    }
  }

  /** The extractor with the time spent in it added up. */
  private static final class Timed implements ClaimExtractor {
    private final ClaimExtractor inner;
    long nanos;
    long calls;

    Timed(ClaimExtractor inner) {
      this.inner = inner;
    }

    @Override
    public List<Claim> extract(Statement statement) {
      long t = System.nanoTime();
      try {
        return inner.extract(statement);
      } finally {
        nanos += System.nanoTime() - t;
        calls++;
      }
    }
  }
}
