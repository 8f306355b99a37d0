package org.attribot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.attribot.actor.Gazetteer;
import org.attribot.claim.ClaimExtractor;
import org.attribot.claim.OfflineClaimExtractor;
import org.attribot.embed.Embedder;
import org.attribot.embed.MiniLmEmbedder;
import org.attribot.ingest.IngestService;
import org.attribot.bench.SyntheticCorpus;
import org.attribot.statement.Parsed;
import org.attribot.statement.Statement;
import org.attribot.statement.StatementReader;
import org.attribot.store.Store;

/**
 * {@code bench --claims N}: what offline claim extraction adds to ingest. The same N synthetic
 * statements (every one full of attribution sentences) are ingested into fresh stores with and
 * without extraction, with the embedding model and keyword-only; each pair runs twice, the
 * first run as warm-up.
 */
final class ClaimOverhead {
  private ClaimOverhead() {}

  static String run(int statements, long seed) throws Exception {
    List<Statement> corpus = SyntheticCorpus.generate(statements, seed);
    ClaimExtractor offline = new OfflineClaimExtractor(Gazetteer.loadDefault());
    ClaimExtractor none = s -> List.of();
    MiniLmEmbedder.warmUp();
    Embedder model = new MiniLmEmbedder();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "Ingest of %d statements, with and without offline claim extraction (second of two runs):%n"
            + "| ingest | without claims s | with claims s | added | claims found |%n| --- | ---: | ---: | ---: | ---: |%n",
        statements));
    for (Embedder embedder : new Embedder[] {model, null}) {
      double[] without = new double[1];
      double[] with = new double[1];
      int[] claims = new int[1];
      for (int round = 0; round < 2; round++) {
        without[0] = time(corpus, embedder, none, null);
        with[0] = time(corpus, embedder, offline, claims);
      }
      out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %+.1f%% | %d |%n",
          embedder == null ? "keyword only (no embeddings)" : "with embeddings (all-MiniLM-L6-v2)",
          without[0], with[0], 100 * (with[0] - without[0]) / without[0], claims[0]));
    }
    long t = System.nanoTime();
    for (Statement s : corpus) {
      offline.extract(s);
    }
    out.append(String.format(Locale.ROOT, "Extraction alone: %.2f ms a statement.%n", (System.nanoTime() - t) / 1e6 / corpus.size()));
    return out.toString();
  }

  private static double time(List<Statement> corpus, Embedder embedder, ClaimExtractor extractor, int[] claims) throws Exception {
    Path dir = Files.createTempDirectory("attribot-bench");
    try (Store store = Store.open(dir.resolve("b.db"), 5000, Clock.systemUTC())) {
      IngestService ingest = new IngestService(store, new StatementReader(16_000_000), embedder, extractor);
      List<Parsed> parsed = corpus.stream().map(s -> (Parsed) new Parsed.Ok(s.id(), s)).toList();
      long t = System.nanoTime();
      ingest.ingestParsed(parsed);
      double seconds = (System.nanoTime() - t) / 1e9;
      if (claims != null) {
        claims[0] = store.claims().count();
      }
      return seconds;
    } finally {
      Terminal.deleteTree(dir);
    }
  }
}
