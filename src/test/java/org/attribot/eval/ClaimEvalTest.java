package org.attribot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attribot.Shared;
import org.attribot.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code eval --claims} against each set's gold claims: scored as tools/claims_score.py scores them, and the figures may only rise. */
class ClaimEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static java.util.stream.Stream<Floors> sets() {
    return java.util.stream.Stream.of(Floors.DEV, Floors.DEV2);
  }

  /** The claims the product stores for the set's statements, scored by {@code eval --claims}, stay at or above the set's floors. */
  @ParameterizedTest
  @MethodSource("sets")
  void offlineExtractionStaysAtOrAboveEachSetsFloor(Floors floors) throws Exception {
    Path set = Shared.dir().resolve(floors.set());
    Path pred = dir.resolve("pred.jsonl");
    JsonNode m = evalClaims(set, pred);
    ClaimScorer.Score score = ClaimScorer.score(ClaimScorer.read(set.resolve("claims.jsonl")), ClaimScorer.read(pred));
    String figures = floors.set() + " " + m + " missed " + score.missed() + " wrong " + score.wrong();
    assertTrue(m.get("precision").asDouble() >= floors.claimPrecision(), figures);
    assertTrue(m.get("recall").asDouble() >= floors.claimRecall(), figures);
    if (floors == Floors.DEV) {
      assertTrue(score.recall("nato-council-2025-gru") >= Floors.SEED_CLAIM_RECALL, figures);
    }
  }

  /** {@code eval --claims} and the reference scorer, run on the claims it wrote with --pred, print the same figures. */
  @ParameterizedTest
  @MethodSource("sets")
  void evalAgreesWithTheReferenceScorer(Floors floors) throws Exception {
    Path set = Shared.dir().resolve(floors.set());
    Path pred = dir.resolve("pred.jsonl");
    JsonNode mine = evalClaims(set, pred);
    assertTrue(mine.get("predicted").asInt() > 0, mine.toString());
    JsonNode theirs = reference(set.resolve("claims.jsonl"), pred);
    assertSameFigures(theirs, mine);
  }

  /** The scorer agrees with the reference on claims chosen to tell the rules apart, not only on what the extractor writes. */
  @Test
  void theScorerAgreesWithTheReferenceOnAwkwardClaims() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Path pred = dir.resolve("pred.jsonl");
    Files.write(gold, List.of(
        claim("s1", "Czechia", "APT 28", "APT28", "GRU", "Russia", "attributes"),
        claim("s1", "The U.K.", "Fancy Bear", null, "GRU", "Russia", "recalls"),
        claim("s1", "the  United\u00a0Kingdom ", "Fancy Bear", null, "GRU", "Russia", "attributes"), // the same key as above
        claim("s2", "China", null, null, "China", "China", "rejects"),
        claim("s2", "Russia", "", null, null, null, "denies"),
        claim("s3", "US", null, null, null, null, "does_not_attribute"),
        claim("s4", "EU", "Hafnium", "", "MSS", "China", "attributes"),
        claim("s5", "NATO", "X", null, null, null, "Attributes"),
        "",
        "{\"statement_id\": \"s6\", \"attributor\": \"DPRK\", \"stance\": \"attributes\"}"), StandardCharsets.UTF_8);
    Files.write(pred, List.of(
        claim("s1", "Czech Republic", "APT28", "APT28", null, null, "recalls"), // family, short form
        claim("s1", "czech republic", "Fancy Bear", null, null, null, "attributes"), // not through the actor list: wrong
        claim("s1", "United Kingdom", null, null, "Russia", null, "attributes"), // the sponsor state of a gold claim
        claim("s1", "Britain", "GRU", null, null, null, "attributes"), // the same key as above
        claim("s2", "China", null, null, "China", null, "denies"),
        claim("s2", "Russia", "Russia", null, null, null, "rejects"), // the gold names no one: wrong
        claim("s3", "United States", null, null, null, null, "does_not_attribute"),
        claim("s4", "European Union", "Hafnium", null, null, null, "attributes"),
        claim("s5", "NATO", "X", null, null, null, "attributes"),
        claim("s6", "North Korea", "", null, null, null, "attributes"),
        "   "), StandardCharsets.UTF_8);
    JsonNode theirs = reference(gold, pred);
    ClaimScorer.Score score = ClaimScorer.score(ClaimScorer.read(gold), ClaimScorer.read(pred));
    assertSameFigures(theirs, JSON.valueToTree(score.metrics()));
    assertEquals(8, score.gold());
    assertEquals(10, score.predicted());
    assertEquals(7, score.matchedPredicted());
    assertEquals(6, score.matchedGold());
  }

  @Test
  void attributesAndRecallsAreOneFamilyAndNamesAreNormalisedNotLookedUp() {
    List<ClaimScorer.Fields> gold = List.of(fields("Czechia", "APT 28", "APT28", "attributes"), fields("Russia", null, null, "denies"));
    ClaimScorer.Score score = ClaimScorer.score(gold, List.of(fields("The Czech Republic", "APT28", "APT28", "recalls"),
        fields("Czech Republic", "Fancy Bear", null, "attributes"), fields("russia", null, null, "rejects")));
    assertEquals(3, score.predicted());
    assertEquals(2, score.matchedPredicted());
    assertEquals(2.0 / 3, score.precision(), 1e-12);
    assertEquals(1.0, score.recall(), 1e-12);
    assertEquals(0.8, score.f1(), 1e-12);
    assertEquals(List.of(new ClaimScorer.Key("s", "czech republic", "fancy bear", "attr")), score.wrong());
    assertEquals("united kingdom", ClaimScorer.norm(" The  U.K. "));
    assertEquals("apt28", ClaimScorer.norm("APT\u00a028"));
    assertEquals("theory", ClaimScorer.norm("Theory"));
  }

  @Test
  void nothingPredictedHasNoPrecisionAndNoF1() {
    ClaimScorer.Score score = ClaimScorer.score(List.of(fields("France", "APT28", "APT28", "attributes")), List.of());
    assertNull(score.precision());
    assertEquals(0.0, score.recall(), 0);
    assertEquals(0.0, score.f1(), 0);
    assertTrue(score.metrics().containsKey("precision"));
  }

  @Test
  void evalClaimsPrintsTheFiguresAsOneJsonLineAfterTheTable() {
    StringWriter out = new StringWriter();
    int code = Cli.run(new String[] {"eval", "--claims", "--statements", Shared.devSet().toString()},
        Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0"), new PrintWriter(out), new PrintWriter(new StringWriter()),
        java.io.InputStream.nullInputStream());
    assertEquals(0, code, out.toString());
    String last = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith("{\"gold\":48,\"predicted\":"), last);
    assertTrue(out.toString().contains("nato-council-2025-gru"), "per-statement table");
    assertTrue(out.toString().contains("  f1 "), "the F1 row");
    assertTrue(out.toString().contains("  wrong:  "), "the predicted keys that name no gold claim");
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

  /** {@code eval --claims --json --pred FILE} on a set: its last line, parsed. */
  private static JsonNode evalClaims(Path set, Path pred) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"eval", "--claims", "--statements", set.toString(), "--json", "--pred", pred.toString()},
        Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0"), new PrintWriter(out), new PrintWriter(err), java.io.InputStream.nullInputStream());
    assertEquals(0, code, err.toString());
    assertTrue(Files.isRegularFile(pred), "--pred wrote nothing");
    return JSON.readTree(out.toString().strip().lines().reduce((a, b) -> b).orElseThrow());
  }

  /** {@code python3 tools/claims_score.py GOLD PRED --json}: its last line, parsed. */
  private JsonNode reference(Path gold, Path pred) throws Exception {
    Path out = Files.createTempFile(dir, "reference", ".txt");
    Process p = new ProcessBuilder("python3", Shared.dir().resolve("tools/claims_score.py").toString(), gold.toString(),
        pred.toString(), "--json").redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    assertEquals(0, p.waitFor(), "claims_score.py failed");
    return JSON.readTree(Files.readString(out, StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElseThrow());
  }

  private static void assertSameFigures(JsonNode theirs, JsonNode mine) {
    String both = "reference " + theirs + " ours " + mine;
    assertEquals(theirs.get("gold").asInt(), mine.get("gold").asInt(), both);
    assertEquals(theirs.get("predicted").asInt(), mine.get("predicted").asInt(), both);
    for (String field : List.of("precision", "recall", "f1")) {
      assertEquals(theirs.get(field).isNull(), mine.get(field).isNull(), field + ": " + both);
      assertEquals(theirs.get(field).asDouble(), mine.get(field).asDouble(), 1e-9, field + ": " + both);
    }
  }

  private static String claim(String statement, String attributor, String actor, String canonical, String sponsor,
                              String sponsorState, String stance) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("statement_id", statement);
    m.put("attributor", attributor);
    m.put("actor", actor);
    m.put("actor_canonical", canonical);
    m.put("sponsor", sponsor);
    m.put("sponsor_state", sponsorState);
    m.put("targets", List.of());
    m.put("stance", stance);
    m.put("evidence", "x");
    try {
      return JSON.writeValueAsString(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ClaimScorer.Fields fields(String attributor, String actor, String canonical, String stance) {
    return new ClaimScorer.Fields("s", attributor, actor, canonical, null, null, stance, List.of());
  }
}
