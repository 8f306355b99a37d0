package org.attribot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attribot.App;
import org.attribot.Shared;
import org.attribot.TestStores;
import org.attribot.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev-set figures may only rise: these floors are what the answers reach now. */
class EvalRegressionTest {
  @TempDir Path dir;

  /** Share of answerable questions whose model context holds every answer keyword, on each set. */
  static final double CONTEXT_RECALL = 0.95;

  static java.util.stream.Stream<Floors> sets() {
    return java.util.stream.Stream.of(Floors.DEV, Floors.DEV2);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("sets")
  @SuppressWarnings("unchecked")
  void eachSetsFiguresStayAtOrAboveItsFloor(Floors floors) throws Exception {
    Path set = Shared.dir().resolve(floors.set());
    try (App app = TestStores.of(dir, set)) {
      List<EvalQuestion> questions = EvalRunner.readQuestions(set.resolve("questions.jsonl"));
      Map<String, Object> m = EvalRunner.run(app.answers(), questions, 800).metrics();
      Map<String, Map<String, Object>> byKind = (Map<String, Map<String, Object>>) m.get("answer_accuracy_by_kind");
      String figures = floors.set() + " " + m;
      assertTrue((Double) byKind.get("single").get("accuracy") >= floors.single(), figures);
      assertTrue((Double) byKind.get("alias").get("accuracy") >= floors.alias(), figures);
      assertTrue((Double) byKind.get("cross").get("accuracy") >= floors.cross(), figures);
      assertTrue((Double) m.get("abstain_accuracy") >= floors.abstain(), figures);
      assertTrue((Double) m.get("false_abstain_rate") <= floors.falseAbstain(), figures);
      assertTrue((Double) m.get("citation_precision") >= floors.citationPrecision(), figures);
      // with a model: the context it would be sent holds every answer keyword, within the budget
      var builder = new org.attribot.answer.ModelContext(app.gazetteer());
      ContextRecall.Report recall = ContextRecall.run(app.answers(), questions, r -> {
        var c = builder.build(r);
        return new ContextRecall.Sent(c.fenced(), c.tokens());
      });
      String sent = floors.set() + " " + recall.metrics();
      assertTrue(recall.recall() >= CONTEXT_RECALL, sent);
      assertTrue((Long) recall.metrics().get("context_tokens_max") <= org.attribot.answer.ModelContext.BUDGET, sent);
    }
  }

  /** {@code eval} and the reference scorer agree on the same answers. */
  @Test
  void evalAgreesWithTheReferenceScorer() throws Exception {
    Path answers = dir.resolve("answers.jsonl");
    Path out = dir.resolve("out.txt");
    Path questions = Shared.devSet().resolve("questions.jsonl");
    var sw = new java.io.StringWriter();
    int code = Cli.run(new String[] {"eval", "--statements", Shared.devSet().toString(), "--questions", questions.toString(),
        "--json", "--answers", answers.toString()}, Map.of(), new java.io.PrintWriter(sw), new java.io.PrintWriter(System.err),
        java.io.InputStream.nullInputStream());
    assertEquals(0, code);
    String ours = sw.toString().strip().lines().reduce((a, b) -> b).orElseThrow();
    Process p = new ProcessBuilder("python3", Shared.dir().resolve("tools/score.py").toString(), questions.toString(),
        answers.toString(), "--json").redirectOutput(out.toFile()).redirectErrorStream(false).start();
    assertEquals(0, p.waitFor(), "score.py failed");
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var theirs = mapper.readTree(Files.readString(out, StandardCharsets.UTF_8).strip());
    var mine = mapper.readTree(ours);
    for (String field : List.of("answer_accuracy", "abstain_accuracy", "false_abstain_rate", "citation_precision",
        "citations_counted", "retrieval_hit", "p50_ms", "p95_ms")) {
      assertEquals(theirs.get(field).asDouble(), mine.get(field).asDouble(), 1e-9, field);
    }
    for (String kind : EvalQuestion.ANSWERABLE) {
      assertEquals(theirs.at("/answer_accuracy_by_kind/" + kind + "/accuracy").asDouble(),
          mine.at("/answer_accuracy_by_kind/" + kind + "/accuracy").asDouble(), 1e-9, kind);
    }
  }
}
