package org.attribot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attribot.App;
import org.attribot.claim.Claim;
import org.attribot.claim.ClaimFilter;
import org.attribot.config.Config;
import org.attribot.eval.ClaimScorer;
import org.attribot.ingest.IngestReport;
import org.attribot.ingest.Progress;
import org.attribot.store.StoredClaim;

/** {@code eval --claims}: ingests a folder into a scratch store and scores the claims it yields against gold claims. */
final class ClaimEval {
  private final Config config;
  private final PrintWriter out;
  private final PrintWriter err;

  ClaimEval(Config config, PrintWriter out, PrintWriter err) {
    this.config = config;
    this.out = out;
    this.err = err;
  }

  int run(Path statements, Path goldFile, boolean json) throws IOException {
    if (!Files.isRegularFile(goldFile)) {
      throw new IllegalArgumentException("no gold claims at " + goldFile + " (give --gold FILE)");
    }
    List<Claim> gold = ClaimScorer.readGold(goldFile);
    Path tmp = Files.createTempDirectory("attribot-eval");
    try (App app = App.open(config, tmp.resolve("eval.db"))) {
      IngestReport ingest = app.ingest().ingest(List.of(statements), Progress.NONE);
      ingest.lines().stream().filter(l -> l.outcome() == IngestReport.Outcome.FAILED)
          .forEach(l -> err.println("failed    " + l.where() + " — " + l.detail()));
      List<Claim> predicted = app.store().claims().list(ClaimFilter.ALL).stream().map(StoredClaim::claim).toList();
      ClaimScorer.Score score = new ClaimScorer(app.gazetteer()).score(gold, predicted);
      if (!json) {
        out.printf(Locale.ROOT, "%d gold claims, %d extracted, %d matched on (statement, attributor, actor or sponsor, stance)%n",
            score.gold(), score.predicted(), score.matched());
        out.printf(Locale.ROOT, "  precision      %5.1f%%%n  recall         %5.1f%%%n  target recall  %5.1f%%  (%d/%d targets of matched claims)%n",
            100 * score.precision(), 100 * score.recall(), 100 * score.targetRecall(), score.targetsFound(), score.goldTargets());
        out.println("per statement (gold / extracted / matched):");
        score.perStatement().forEach((id, c) -> out.printf(Locale.ROOT, "  %-44s %2d %2d %2d%n", id, c[0], c[1], c[2]));
        score.missed().forEach(k -> out.println("  missed: " + k));
        score.wrong().forEach(k -> out.println("  wrong:  " + k));
      }
      out.println(Json.line(score.metrics()));
      return 0;
    } finally {
      Terminal.deleteTree(tmp);
    }
  }
}
