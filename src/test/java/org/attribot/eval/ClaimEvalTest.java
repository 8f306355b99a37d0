package org.attribot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.attribot.Shared;
import org.attribot.actor.Gazetteer;
import org.attribot.claim.Claim;
import org.attribot.claim.OfflineClaimExtractor;
import org.attribot.claim.Stance;
import org.attribot.cli.Cli;
import org.attribot.statement.Parsed;
import org.attribot.statement.StatementReader;
import org.junit.jupiter.api.Test;

/** Claim extraction against the dev set's gold claims: the figures may only rise. */
class ClaimEvalTest {
  static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

  static java.util.stream.Stream<Floors> sets() {
    return java.util.stream.Stream.of(Floors.DEV, Floors.DEV2);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("sets")
  void offlineExtractionStaysAtOrAboveEachSetsFloor(Floors floors) throws Exception {
    java.nio.file.Path set = Shared.dir().resolve(floors.set());
    List<Claim> gold = ClaimScorer.readGold(set.resolve("claims.jsonl"));
    OfflineClaimExtractor extractor = new OfflineClaimExtractor(GAZETTEER);
    List<Claim> ours = new java.util.ArrayList<>();
    for (String id : gold.stream().map(Claim::statementId).distinct().toList()) {
      Parsed parsed = new StatementReader(1_000_000).read(set.resolve(id + ".json")).get(0);
      ours.addAll(extractor.extract(((Parsed.Ok) parsed).statement()));
    }
    ClaimScorer.Score score = new ClaimScorer(GAZETTEER).score(gold, ours);
    String figures = floors.set() + " " + score.metrics() + " missed " + score.missed() + " wrong " + score.wrong();
    assertTrue(score.precision() >= floors.claimPrecision(), figures);
    assertTrue(score.recall() >= floors.claimRecall(), figures);
    if (floors == Floors.DEV) {
      assertTrue(score.recall("nato-council-2025-gru") >= Floors.SEED_CLAIM_RECALL, figures);
    }
  }

  @Test
  void namesCompareThroughTheGazetteerAndDenialsAndRejectionsAreOneClass() {
    Claim gold = claim("Czechia", "APT 28", Stance.DENIES);
    Claim ours = claim("Czech Republic", "APT28", Stance.REJECTS);
    ClaimScorer.Score score = new ClaimScorer(GAZETTEER).score(List.of(gold), List.of(ours, claim("France", "APT28", Stance.ATTRIBUTES)));
    assertEquals(1, score.matched());
    assertEquals(0.5, score.precision(), 1e-9);
    assertEquals(1.0, score.recall(), 1e-9);
  }

  @Test
  void evalClaimsPrintsTheFiguresAsOneJsonLine() {
    StringWriter out = new StringWriter();
    int code = Cli.run(new String[] {"eval", "--claims", "--statements", Shared.devSet().toString()},
        Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0"), new PrintWriter(out), new PrintWriter(new StringWriter()),
        java.io.InputStream.nullInputStream());
    assertEquals(0, code, out.toString());
    String last = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith("{\"gold_claims\":48,"), last);
    assertTrue(out.toString().contains("nato-council-2025-gru"), "per-statement table");
  }

  @Test
  void aMissingGoldFileIsNamed() {
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"eval", "--claims", "--statements", Shared.devSet().toString(), "--gold", "nowhere.jsonl"},
        Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0"), new PrintWriter(new StringWriter()), new PrintWriter(err),
        java.io.InputStream.nullInputStream());
    assertTrue(code != 0);
    assertTrue(err.toString().contains("nowhere.jsonl"), err.toString());
  }

  static Claim claim(String attributor, String actor, Stance stance) {
    return new Claim("s", attributor, actor, actor, null, null, List.of(), null, null, stance, 0, 1, "x");
  }

}
