package org.attribot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attribot.App;
import org.attribot.answer.Meaning;
import org.attribot.answer.Support;
import org.attribot.config.Config;
import org.attribot.eval.SupportCases;
import org.attribot.eval.SupportEval;
import org.attribot.ingest.IngestReport;
import org.attribot.ingest.Progress;
import org.attribot.statement.Statement;

/**
 * {@code eval --support}: ingests a folder into a scratch store, makes model-like sentences from
 * its gold claims and prints how the support check treats them at each threshold of a grid, the
 * configured one ({@code llm.support_similarity}) and the one this set would choose.
 */
final class SupportEvalRun {
  private final Config config;
  private final PrintWriter out;
  private final PrintWriter err;

  SupportEvalRun(Config config, PrintWriter out, PrintWriter err) {
    this.config = config;
    this.out = out;
    this.err = err;
  }

  int run(Path statements, Path goldFile, boolean json) throws IOException {
    if (!Files.isRegularFile(goldFile)) {
      throw new IllegalArgumentException("no gold claims at " + goldFile + " (give --gold FILE)");
    }
    if (!config.retrieve().embeddings()) {
      throw new IllegalArgumentException("eval --support needs the embedding model (retrieve.vectors is 0)");
    }
    List<SupportCases.Gold> gold = SupportCases.read(goldFile);
    Path tmp = Files.createTempDirectory("attribot-eval");
    try (App app = App.open(config, tmp.resolve("eval.db"), App.Embedding.LOAD_NOW)) {
      IngestReport ingest = app.ingest().ingest(List.of(statements), Progress.NONE);
      ingest.lines().stream().filter(l -> l.outcome() == IngestReport.Outcome.FAILED)
          .forEach(l -> err.println("failed    " + l.where() + " — " + l.detail()));
      Map<String, Statement> byId = new LinkedHashMap<>();
      for (long key : app.store().statements().statementKeys()) {
        Statement s = app.store().statements().statement(key).statement();
        byId.put(s.id(), s);
      }
      double configured = config.supportSimilarity();
      long start = System.nanoTime();
      SupportEval.Report report = SupportEval.run(gold, byId, new Support(app.gazetteer()),
          new Meaning(app.embedder(), configured), configured);
      long ms = (System.nanoTime() - start) / 1_000_000;
      Map<String, Object> m = report.metrics();
      m.put("embedding_model", app.embedder().model());
      m.put("elapsed_ms", ms);
      if (!json) {
        print(report, m);
      }
      out.println(Json.line(m));
      return 0;
    } finally {
      Terminal.deleteTree(tmp);
    }
  }

  private void print(SupportEval.Report r, Map<String, Object> m) {
    out.printf("%d sentences from the gold claims (%s); embedding model %s; %s ms%n", r.checked().size(),
        SupportCases.counts(r.checked().stream().map(SupportEval.Checked::c).toList()).entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().label()).reduce((a, b) -> a + ", " + b).orElse(""),
        m.get("embedding_model"), m.get("elapsed_ms"));
    out.printf("names and numbers alone: %s of supported kept, %s of unsupported dropped%n",
        pct(m.get("kept_supported_by_names")), pct(m.get("dropped_unsupported_by_names")));
    out.println("threshold  kept supported  dropped unsupported  past names  other_statement  denial  other_operation  unrelated");
    for (SupportEval.Row row : r.rows()) {
      print(row, "");
    }
    print(r.configured(), "  (configured: llm.support_similarity, or the embedding model's own)");
    out.printf("chosen on this set (best mean of kept supported and dropped unsupported): %.2f%n", r.chosen());
    double t = r.configured().threshold();
    List<SupportEval.Checked> lost = r.checked().stream()
        .filter(c -> c.c().kind().supported() && (c.fault() != null || c.closeness() < t)).toList();
    if (!lost.isEmpty()) {
      out.printf("supported sentences dropped at %.2f:%n", t);
      lost.forEach(c -> out.printf(Locale.ROOT, "  [%s] %s (%s)%n", c.c().cites(), c.c().sentence(),
          c.fault() != null ? "fault " + c.fault().name().toLowerCase(Locale.ROOT) : String.format(Locale.ROOT, "similarity %.2f", c.closeness())));
    }
  }

  private void print(SupportEval.Row row, String note) {
    var k = row.droppedByKind();
    out.printf(Locale.ROOT, "%9.2f  %14s  %19s  %10s  %15s  %6s  %15s  %9s%s%n", row.threshold(), pct(row.keptSupported()),
        pct(row.droppedUnsupported()), pct(row.droppedPastNames()), pct(k.get(SupportCases.Kind.OTHER_STATEMENT)),
        pct(k.get(SupportCases.Kind.DENIAL)), pct(k.get(SupportCases.Kind.OTHER_OPERATION)),
        pct(k.get(SupportCases.Kind.UNRELATED)), note);
  }

  private static String pct(Object value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * (Double) value);
  }
}
