package org.attribot.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.config.ConfigException;
import org.attribot.config.ConfigLoader;
import org.attribot.ingest.Progress;
import org.attribot.ingest.Reindexer;
import org.attribot.retrieve.Retriever;
import org.attribot.statement.Parsed;
import org.attribot.statement.Statement;
import org.attribot.retrieve.Narrowing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** retrieve.embedding_model chooses the in-process model; a store made with the other one is noticed, and reindex re-embeds it. */
class EmbeddingModelChoiceTest {
  static final Map<String, String> BGE = Map.of("ATTRIBOT_RETRIEVE_EMBEDDING_MODEL", "bge-small");

  @TempDir Path dir;

  static Parsed ok(String id, String text) {
    return new Parsed.Ok(id, new Statement(id, "Report " + id, "Wire", null, LocalDate.of(2025, 2, 1), null, "en", text));
  }

  static List<String> found(App app, String question) {
    Config.Retrieve r = ConfigLoader.load(null, Map.of()).retrieve();
    return new Retriever(app.store().statements(), app.store().passages(), app.store().vectors(), app.gazetteer(), app.embedder(), r.passages(), r.vectors(), r.statements(), Clock.systemUTC())
        .retrieve(question, Narrowing.NONE).candidates().stream().map(c -> c.statement().statement().id()).toList();
  }

  @Test
  void theSettingChoosesTheModelAndABadValueNamesTheChoices() {
    assertEquals(LocalModel.MINILM, ConfigLoader.load(null, Map.of()).retrieve().embeddingModel());
    assertEquals(LocalModel.BGE_SMALL, ConfigLoader.load(null, BGE).retrieve().embeddingModel());
    ConfigException bad = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, Map.of("ATTRIBOT_RETRIEVE_EMBEDDING_MODEL", "bge-large")));
    assertTrue(bad.getMessage().contains("retrieve.embedding_model must be one of minilm, bge-small, not 'bge-large'"), bad.getMessage());
  }

  @Test
  void aStoreEmbeddedWithOneModelIsNoticedUnderTheOtherUntilReindexReEmbedsIt() {
    Path db = dir.resolve("s.db");
    String paraphrase = "pastry chefs honoured"; // shares no word with the statement it means
    try (App minilm = App.open(ConfigLoader.load(null, Map.of()), db)) {
      minilm.ingest().ingestParsed(List.of(
          ok("bakery", "Bakers in Lyon received an award for their bread and croissants."),
          ok("gru", "The GRU compromised e-mail servers of Romanian ministries."),
          ok("party", "Moscow's military spies broke into mailboxes of a German political party.")));
      assertEquals(MiniLmEmbedder.MODEL, minilm.store().vectors().model());
      assertEquals("bakery", found(minilm, paraphrase).get(0));
    }
    try (App bge = App.open(ConfigLoader.load(null, BGE), db)) {
      assertEquals("bge-small-en-v1.5-q", bge.embedder().model());
      assertEquals(List.of(), found(bge, paraphrase), "vectors of another model are not searched with this one's question");
      int passages = bge.store().vectors().count();
      Reindexer.Result r = new Reindexer(bge.store().passages(), bge.store().vectorWrites(), bge.embedder()).run(Progress.NONE);
      assertEquals(passages, r.dropped());
      assertEquals(passages, r.embedded());
      assertEquals("bge-small-en-v1.5-q", bge.store().vectors().model());
      assertEquals("bakery", found(bge, paraphrase).get(0));
    }
    try (App minilm = App.open(ConfigLoader.load(null, Map.of()), db)) {
      assertEquals(List.of(), found(minilm, paraphrase), "back on MiniLM, the bge vectors are noticed too");
    }
  }

  @Test
  void bgeSmallPutsItsInstructionBeforeQuestionsOnlyAndMiniLmPutsNone() {
    String text = "Which agency did NATO blame?";
    LocalEmbedder bge = new LocalEmbedder(LocalModel.BGE_SMALL);
    float[] question = bge.embed(text);
    assertArrayEquals(bge.embedAll(List.of(LocalModel.BGE_SMALL.queryInstruction() + text)).get(0), question, 1e-5f);
    assertTrue(cosine(question, bge.embedAll(List.of(text)).get(0)) < 0.999, "a passage is embedded without the instruction");
    LocalEmbedder minilm = new LocalEmbedder(LocalModel.MINILM);
    assertArrayEquals(minilm.embedAll(List.of(text)).get(0), minilm.embed(text), 1e-5f);
    assertEquals(384, question.length);
    assertEquals(1.0, cosine(question, question), 1e-4, "unit vectors");
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
