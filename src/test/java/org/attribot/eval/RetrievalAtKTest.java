package org.attribot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.statement.Parsed;
import org.attribot.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** retrieval_hit_at_5: the share of answerable questions with a supporting statement among the first five retrieved. */
class RetrievalAtKTest {
  @TempDir Path dir;

  static Parsed ok(String id, String text) {
    return new Parsed.Ok(id, new Statement(id, "Report " + id, "Wire", null, LocalDate.of(2025, 2, 1), null, "en", text));
  }

  static EvalQuestion q(String question, String kind, String... supporting) {
    return new EvalQuestion(question, question, List.of(), Map.of(), List.of(supporting), kind);
  }

  static final List<EvalQuestion> QUESTIONS = List.of(
      q("pastry chefs honoured", "single", "bakery"), // no shared word: vectors find it, in either figure
      q("Who compromised the e-mail servers of Romanian ministries?", "single", "gru"),
      q("Who hacked the Bundestag?", "single", "a-statement-never-ingested"),
      q("Who hacked the Moon?", "unanswerable")); // not counted

  void ingest(App app) {
    app.ingest().ingestParsed(List.of(
        ok("bakery", "Bakers in Lyon received an award for their bread and croissants."),
        ok("gru", "The GRU compromised e-mail servers of Romanian ministries."),
        ok("party", "Moscow's military spies broke into mailboxes of a German political party.")));
  }

  @Test
  void hybridAndVectorOnlySharesOfAnswerableQuestions() {
    Config config = ConfigLoader.load(null, Map.of());
    try (App app = App.open(config, dir.resolve("v.db"))) {
      ingest(app);
      Map<String, Object> m = RetrievalAtK.measure(app.store().statements(), app.store().passages(), app.store().vectors(), app.gazetteer(), app.embedder(), config.retrieve(), QUESTIONS);
      assertEquals(2 / 3.0, (Double) m.get("retrieval_hit_at_5"), 1e-9);
      assertEquals(2 / 3.0, (Double) m.get("vector_hit_at_5"), 1e-9);
      assertEquals(2 / 3.0, (Double) m.get("retrieval_hit_at_1"), 1e-9, "each found statement comes first");
    }
  }

  @Test
  void withEmbeddingsOffOnlyTheKeywordSearchIsScored() {
    Config config = ConfigLoader.load(null, Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0"));
    try (App app = App.open(config, dir.resolve("k.db"))) {
      ingest(app);
      Map<String, Object> m = RetrievalAtK.measure(app.store().statements(), app.store().passages(), app.store().vectors(), app.gazetteer(), app.embedder(), config.retrieve(), QUESTIONS);
      assertEquals(1 / 3.0, (Double) m.get("retrieval_hit_at_5"), 1e-9, "the paraphrase shares no word with its statement");
      assertNull(m.get("vector_hit_at_5"));
      assertNull(m.get("vector_hit_at_1"));
    }
  }
}
