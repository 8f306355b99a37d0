package org.attribot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attribot.App;
import org.attribot.config.ConfigLoader;
import org.attribot.ingest.Progress;
import org.attribot.llm.Tokens;
import org.attribot.retrieve.Retrieval;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the model is sent, on statements written for the test: a long report among many on one campaign. */
class ModelContextTest {
  @TempDir static Path dir;
  static App app;
  static ModelContext context;

  @BeforeAll
  static void ingest() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    StringBuilder report = new StringBuilder("The Freedonian cyber agency published its full report on the Kettle Panda campaign.\n");
    String[] places = {"the capital", "the northern port", "the river valley", "the border towns", "the coast", "the hills"};
    for (int i = 0; i < 60; i++) {
      report.append("Investigators examined server ").append(100 + i).append(" of the water utility in ")
          .append(places[i % places.length]).append(" and found traces of the same tooling. ");
      if (i % 6 == 5) {
        report.append('\n');
      }
      if (i == 33) {
        report.append("The Ministry of Justice offered a reward of $10 million for information on the Kettle Panda operators. ");
      }
    }
    Files.writeString(in.resolve("report.json"), json("report", "Full report on the Kettle Panda campaign", report.toString()));
    for (int i = 1; i <= 9; i++) {
      Files.writeString(in.resolve("note" + i + ".json"), json("note" + i, "Kettle Panda note " + i,
          "Kettle Panda struck the water utilities of Freedonia again in week " + i + ". Operators restored service within "
              + (i + 2) + " hours. The Freedonian cyber agency urged utilities to patch their remote access gateways."));
    }
    app = App.open(ConfigLoader.load(null, Map.of()), dir.resolve("store.db"));
    app.ingest().ingest(List.of(in), Progress.NONE);
    context = new ModelContext(app.gazetteer());
  }

  static String json(String id, String title, String text) {
    return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"publisher\": \"Freedonia Cyber Agency\", \"published\": "
        + "\"2025-03-01\", \"text\": \"" + text.replace("\n", "\\n") + "\"}";
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void theSentenceThatAnswersIsSentFromALongStatementWithinTheBudget() {
    ModelContext.Context c = context.build(app.answers().retrieve("What reward was offered for the Kettle Panda operators?"));
    String whole = app.store().statements().statementById("report").orElseThrow().statement().text();
    assertTrue(Tokens.count(whole) > ModelContext.WHOLE, "the report is too long to go whole");
    assertTrue(c.fenced().contains("offered a reward of $10 million"), c.fenced());
    assertTrue(c.tokens() <= ModelContext.BUDGET, "tokens " + c.tokens());
    ModelContext.Source report = c.sources().stream().filter(s -> s.statement().id().equals("report")).findFirst().orElseThrow();
    assertTrue(report.text().contains(" … "), "the long report goes by windows, not whole: " + report.text().length());
    assertTrue(report.quote().contains("$10 million"), "its citation quotes the answering window: " + report.quote());
  }

  @Test
  void everyStatementFoundIsSentAndShortOnesWhole() {
    Retrieval found = app.answers().retrieve("How quickly was service restored after Kettle Panda struck the water utilities?");
    ModelContext.Context c = context.build(found);
    assertTrue(found.candidates().size() >= 8, "retrieval found many statements");
    assertEquals(found.candidates().stream().map(x -> x.statement().statement().id()).sorted().toList(),
        c.sources().stream().map(s -> s.statement().id()).sorted().toList(), "every statement found is sent");
    for (ModelContext.Source s : c.sources()) {
      if (s.statement().id().startsWith("note")) {
        assertEquals(s.statement().text(), s.text(), "a short statement goes whole");
      }
    }
    for (int i = 0; i < c.sources().size(); i++) {
      assertEquals(i + 1, c.sources().get(i).n());
      assertTrue(c.fenced().contains("<passage n=\"" + (i + 1) + "\">"));
    }
    assertTrue(c.tokens() <= ModelContext.BUDGET, "tokens " + c.tokens());
  }
}
