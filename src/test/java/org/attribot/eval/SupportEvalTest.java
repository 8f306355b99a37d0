package org.attribot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.attribot.cli.Cli;
import org.attribot.eval.SupportCases.Case;
import org.attribot.eval.SupportCases.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --support}: model-like sentences made from gold claims, on statements and claims written for the test. */
class SupportEvalTest {
  @TempDir static Path set;

  @BeforeAll
  static void write() throws Exception {
    Files.writeString(set.resolve("fi-apt29.json"), """
        {"id": "fi-apt29", "title": "Finland names APT29 behind espionage at research institutes", "publisher": "Helsinki Wire",
         "published": "2031-03-04",
         "text": "Finland's Ministry for Foreign Affairs said on Tuesday that APT29 carried out a two-year cyber espionage campaign against Finnish research institutes. The ministry said the group stole e-mail from researchers working on energy and Arctic policy."}
        """);
    Files.writeString(set.resolve("ee-sandworm.json"), """
        {"id": "ee-sandworm", "title": "Estonia blames Sandworm for Tartu blackout", "publisher": "Tallinn Daily",
         "published": "2030-11-20",
         "text": "Estonia's Information System Authority said Sandworm caused the disruption of the power grid in Tartu. Finland offered technical help to restore the grid."}
        """);
    Files.writeString(set.resolve("ru-denial.json"), """
        {"id": "ru-denial", "title": "Russian embassy rejects Finnish espionage claims", "publisher": "Helsinki Wire",
         "published": "2031-03-06",
         "text": "The Russian embassy in Helsinki rejected Finland's accusations of cyber espionage. Finland had said APT29 carried out cyber espionage against research institutes."}
        """);
    Files.write(set.resolve("claims.jsonl"), List.of(
        claim("fi-apt29", "Finland", "\"APT29\"", "attributes", "two-year cyber espionage campaign against Finnish research institutes; e-mail theft"),
        claim("ee-sandworm", "Estonia", "\"Sandworm\"", "attributes", "disruption of the power grid in Tartu (2030)").replace("2031", "2030"),
        claim("ru-denial", "Russia", "null", "rejects", "Finland's accusations of cyber espionage"),
        claim("ru-denial", "Finland", "\"APT29\"", "recalls", "cyber espionage against research institutes")), StandardCharsets.UTF_8);
  }

  static String claim(String id, String attributor, String actor, String stance, String activity) {
    return "{\"statement_id\": \"" + id + "\", \"attributor\": \"" + attributor + "\", \"actor\": " + actor
        + ", \"actor_canonical\": null, \"stance\": \"" + stance + "\", \"activity\": \"" + activity + "\", \"when\": \"2031\"}";
  }

  @Test
  void eachClaimBecomesASupportedSentenceAndUnsupportedOnesThatKeepItsNames() throws Exception {
    List<SupportCases.Gold> gold = SupportCases.read(set.resolve("claims.jsonl"));
    List<Case> cases = SupportCases.cases(gold, List.of("fi-apt29", "ee-sandworm", "ru-denial"), (sentence, others) -> others);
    List<Case> first = cases.stream().filter(c -> c.sentence().contains("research institutes to APT29")
        || c.sentence().startsWith("Finland denied") || c.sentence().startsWith("Finland and APT29")
        || c.sentence().contains("Tartu to APT29")).toList();
    String claim = "Finland attributed two-year cyber espionage campaign against Finnish research institutes to APT29 in 2031.";
    assertTrue(first.contains(new Case(Kind.SUPPORTED, claim, "fi-apt29")), cases.toString());
    assertTrue(first.contains(new Case(Kind.OTHER_STATEMENT, claim, "ee-sandworm")),
        "cited where Finland attributes nothing (the denial's statement has Finland recall it): " + cases);
    assertTrue(first.contains(new Case(Kind.DENIAL, "Finland denied that APT29 was behind two-year cyber espionage campaign "
        + "against Finnish research institutes in 2031.", "fi-apt29")), cases.toString());
    assertTrue(first.contains(new Case(Kind.OTHER_OPERATION,
        "Finland attributed disruption of the power grid in Tartu to APT29 in 2031.", "fi-apt29")), cases.toString());
    assertTrue(cases.contains(new Case(Kind.SUPPORTED, "Estonia attributed disruption of the power grid in Tartu to Sandworm in 2030.",
        "ee-sandworm")), "the operation without what the bracket adds: " + cases);
    assertTrue(first.stream().anyMatch(c -> c.kind() == Kind.UNRELATED && c.cites().equals("fi-apt29")), cases.toString());
    assertTrue(cases.contains(new Case(Kind.SUPPORTED,
        "Russia rejected the accusations over Finland's accusations of cyber espionage in 2031.", "ru-denial")), cases.toString());
    assertEquals(4, SupportCases.counts(cases).get(Kind.SUPPORTED));
  }

  @Test
  void evalSupportPrintsTheGridTheConfiguredThresholdAndTheOneThisSetWouldChoose() throws Exception {
    StringWriter out = new StringWriter();
    int code = Cli.run(new String[] {"eval", "--support", "--statements", set.toString()}, Map.of(), new PrintWriter(out),
        new PrintWriter(new StringWriter()), java.io.InputStream.nullInputStream());
    assertEquals(0, code, out.toString());
    assertTrue(out.toString().contains("chosen on this set"), out.toString());
    String last = out.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
    JsonNode m = new ObjectMapper().readTree(last);
    assertEquals(SupportEval.GRID.size(), m.get("grid").size());
    JsonNode configured = m.get("configured");
    assertEquals(org.attribot.embed.LocalModel.MINILM.supportSimilarity(), configured.get("threshold").asDouble(), 1e-9,
        "minilm's own threshold");
    assertEquals(1.0, configured.get("kept_supported").asDouble(), 1e-9, out.toString());
    assertEquals(1.0, configured.get("dropped_unrelated").asDouble(), 1e-9, out.toString());
    assertEquals(0.0, m.get("grid").get(0).get("dropped_past_names").asDouble(), 0.5, "at 0.30 next to nothing the names pass is dropped");
  }
}
