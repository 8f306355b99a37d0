package org.attribot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attribot.App;
import org.attribot.claim.ClaimFilter;
import org.attribot.config.Config;
import org.attribot.eval.ClaimScorer;
import org.attribot.export.ClaimFields;
import org.attribot.ingest.IngestReport;
import org.attribot.ingest.Progress;

/**
 * {@code eval --claims}: ingests a folder into a scratch store, takes every claim the store then
 * holds as {@code claims --json} prints it (the gold format) and scores those lines against the
 * gold claims as {@code tools/claims_score.py} does; with a predictions file, writes them there too.
 */
final class ClaimEval {
  private final Config config;
  private final PrintWriter out;
  private final PrintWriter err;

  ClaimEval(Config config, PrintWriter out, PrintWriter err) {
    this.config = config;
    this.out = out;
    this.err = err;
  }

  int run(Path statements, Path goldFile, boolean json, Path predFile) throws IOException {
    if (!Files.isRegularFile(goldFile)) {
      throw new IllegalArgumentException("no gold claims at " + goldFile + " (give --gold FILE)");
    }
    List<ClaimScorer.Fields> gold = ClaimScorer.read(goldFile);
    Path tmp = Files.createTempDirectory("attribot-eval");
    try (App app = App.open(config, tmp.resolve("eval.db"))) {
      IngestReport ingest = app.ingest().ingest(List.of(statements), Progress.NONE);
      ingest.lines().stream().filter(l -> l.outcome() == IngestReport.Outcome.FAILED)
          .forEach(l -> err.println("failed    " + l.where() + " — " + l.detail()));
      // the lines `claims --json` prints for this store
      List<String> lines = app.store().claims().list(ClaimFilter.ALL).stream().map(c -> Json.line(ClaimFields.of(c.claim()))).toList();
      if (predFile != null) {
        Files.write(predFile, lines, StandardCharsets.UTF_8);
      }
      ClaimScorer.Score score = ClaimScorer.score(gold, ClaimScorer.parse(lines, "extracted claims"));
      if (!json) {
        print(score);
      }
      out.println(Json.line(score.metrics()));
      return 0;
    } finally {
      Terminal.deleteTree(tmp);
    }
  }

  private void print(ClaimScorer.Score score) {
    out.printf(Locale.ROOT, "%d gold claims, %d extracted (distinct keys: statement, attributor, canonical actor or sponsor or actor,"
        + " stance family)%n", score.gold(), score.predicted());
    out.printf(Locale.ROOT, "  precision         %s  (%d/%d extracted name a gold claim)%n", pct(score.precision()),
        score.matchedPredicted(), score.predicted());
    out.printf(Locale.ROOT, "  recall            %s  (%d/%d gold claims found)%n", pct(score.recall()), score.matchedGold(), score.gold());
    out.printf(Locale.ROOT, "  f1                %s%n", pct(score.f1()));
    out.printf(Locale.ROOT, "  target recall     %s  (%d/%d gold targets of found claims named)%n",
        pct(score.targetRecall()), score.targetsFound(), score.goldTargets());
    out.printf(Locale.ROOT, "  target precision  %s  (%d/%d of our targets for them in the gold)%n",
        pct(score.targetPrecision()), score.ourTargetsRight(), score.ourTargets());
    out.println("per statement (gold / extracted / found):");
    score.perStatement().forEach((id, c) -> out.printf(Locale.ROOT, "  %-44s %2d %2d %2d%n", id, c[0], c[1], c[2]));
    score.missed().forEach(k -> out.println("  missed: " + k));
    score.wrong().forEach(k -> out.println("  wrong:  " + k));
  }

  private static String pct(Double value) {
    return value == null ? "  n/a " : String.format(Locale.ROOT, "%5.1f%%", 100 * value);
  }
}
