package org.attribot.answer;

import org.attribot.TestStores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attribot.App;
import org.attribot.bench.LocalChatServer;
import org.attribot.config.ConfigLoader;
import org.attribot.eval.EvalQuestion;
import org.attribot.eval.EvalRunner;
import org.attribot.ingest.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fake model (the real LangChain4j client against a chat server on 127.0.0.1) that cites a real
 * passage, written for the test, for something it never says, with only names the passage gives:
 * the meaning check drops that sentence and keeps a faithful paraphrase.
 */
class MeaningCheckAnswerTest {
  static final String QUESTION = "what did APT29 steal from Finnish research institutes?";
  static final String TITLE = "Finland names APT29 behind espionage at research institutes";
  static final String TRADE = "Finland and APT29 signed a trade agreement";
  static final String PARAPHRASE = "Finland's foreign ministry said APT29 spent two years spying on Finnish research institutes";

  @TempDir static Path dir;
  static Path db;
  LocalChatServer server;
  App app;

  @BeforeAll
  static void ingest() throws Exception {
    db = dir.resolve("invented.db");
    Path statements = Files.createDirectories(dir.resolve("statements"));
    Files.writeString(statements.resolve("fi-apt29.json"), """
        {"id": "fi-apt29", "title": "%s", "publisher": "Helsinki Wire", "published": "2031-03-04",
         "text": "Finland's Ministry for Foreign Affairs said on Tuesday that APT29 carried out a two-year cyber espionage campaign against Finnish research institutes. The ministry said the group stole e-mail from researchers working on energy and Arctic policy. Finland summoned the Russian ambassador over the intrusions. The Russian embassy in Helsinki dismissed the accusation as unfounded."}
        """.formatted(TITLE));
    Files.writeString(statements.resolve("freedonia-hospitals.json"), """
        {"id": "freedonia-hospitals", "title": "Ransomware disrupts hospitals in Freedonia", "publisher": "Freedonia Times",
         "published": "2031-02-11",
         "text": "Freedonia's cyber agency said a ransomware gang disrupted hospital systems in the capital in February. The agency did not say who was behind the attack."}
        """);
    try (App a = App.open(ConfigLoader.load(null, Map.of()), db)) {
      a.ingest().ingest(List.of(statements), Progress.NONE);
    }
  }

  /** The number the Finnish statement has among the passages a request sends. */
  static int finnishPassage(String body) {
    int title = body.indexOf("title: " + TITLE);
    assertTrue(title > 0, "the Finnish statement was sent");
    java.util.regex.Matcher n = java.util.regex.Pattern.compile("\\d+").matcher(body.substring(body.lastIndexOf("passage n=", title)));
    assertTrue(n.find());
    return Integer.parseInt(n.group());
  }

  App open(Function<Integer, String> answer, String... settings) {
    server = new LocalChatServer(r -> {
      int n = finnishPassage(r.body());
      return LocalChatServer.openAi(LocalChatServer.answerJson(answer.apply(n), List.of(n), true));
    });
    app = TestStores.withModel(db, "openai", server.baseUrl(), 10, settings);
    return app;
  }

  @AfterEach
  void close() {
    if (app != null) {
      app.close();
    }
    if (server != null) {
      server.close();
    }
  }

  Answer extractive() {
    try (App plain = App.open(ConfigLoader.load(null, Map.of()), db)) {
      return plain.answers().ask(QUESTION);
    }
  }

  @Test
  void aSentenceWithOnlyThePassagesNamesButAnotherMeaningIsDroppedAndTheExtractiveAnswerStands() {
    Logger log = (Logger) org.slf4j.LoggerFactory.getLogger(GenerativeComposer.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    log.addAppender(logged);
    Level level = log.getLevel();
    log.setLevel(Level.DEBUG);
    try {
      Answer expected = extractive();
      assertTrue(expected.text().contains("APT29"), expected.text());
      Answer a = open(n -> TRADE + " [" + n + "].").answers().ask(QUESTION);
      assertEquals(1, server.requests().size(), "the model was asked");
      assertEquals(expected.text(), a.text(), "the user sees the extractive answer");
      assertFalse(a.text().contains("trade"), a.text());
      List<String> lines = logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      assertTrue(lines.stream().anyMatch(l -> l.contains("1 unsupported sentence(s) dropped") && l.contains("MEANING=1")),
          lines.toString());
      assertTrue(lines.stream().noneMatch(l -> l.contains("trade")), "no sentence is logged: " + lines);
    } finally {
      log.setLevel(level);
      log.detachAppender(logged);
    }
  }

  @Test
  void aFaithfulParaphraseIsKeptBesideItAndEvalCountsTheDropByFault() {
    open(n -> PARAPHRASE + " [" + n + "]. " + TRADE + " [" + n + "].");
    Answer a = app.answers().ask(QUESTION);
    assertEquals(PARAPHRASE + " [1].", a.text());
    assertEquals("fi-apt29", a.citations().get(0).statementId());
    EvalQuestion q = new EvalQuestion("q", QUESTION, List.of("apt29"), Map.of(), List.of("fi-apt29"), "single");
    Map<String, Object> m = EvalRunner.run(app.answers(), List.of(q), 800).metrics();
    assertEquals(2L, m.get("model_sentences_written"));
    assertEquals(1L, m.get("model_sentences_kept"));
    assertEquals(0.5, (Double) m.get("model_sentences_kept_share"), 1e-9);
    assertEquals(1L, m.get("model_sentences_dropped_meaning"));
    assertEquals(0L, m.get("model_sentences_dropped_name"));
    assertEquals(0L, m.get("model_sentences_dropped_number"));
    assertEquals(0L, m.get("model_sentences_dropped_uncited"));
  }

  @Test
  void withTheMeaningCheckOffOnlyNamesAndNumbersAreChecked() {
    Answer a = open(n -> TRADE + " [" + n + "].", "ATTRIBOT_LLM_SUPPORT_SIMILARITY", "0").answers().ask(QUESTION);
    assertEquals(TRADE + " [1].", a.text(), "the names pass: only the meaning check drops it");
  }
}
