package org.attribot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.attribot.App;
import org.attribot.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** User text never reaches FTS5 raw: every one of these gets an answer or a clean abstention. */
class HostileQuestionTest {
  static App app;

  @BeforeAll
  static void open() {
    app = App.sample(TestStores.defaults());
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"who hacked romania",
      "\"APT 28\" AND Romania",
      "GRU OR NOT NATO",
      "NEAR(apt28 romania, 2)",
      "apt*",
      "-romania -gru",
      "text:romania title:nato",
      "((who hacked (romania",
      ")))",
      "🐻 fancy bear 🇷🇴 who?",
      "من اخترق رومانيا؟",
      "מי פרץ לרומניה",
      "'; DROP TABLE statements; --",
      "^ $ @ # % & { } [ ] | \\ / ~ `",
      "AND",
      "NOT",
      "*",
      "   ",
      "?"})
  void answersOrAbstainsCleanly(String question) {
    Answer a = app.answers().ask(question);
    assertNotNull(a.text());
    assertFalse(a.text().isBlank());
    assertEquals(question.strip(), a.question());
  }

  @ParameterizedTest
  @ValueSource(strings = {"AND", "OR OR OR", "title:romania", "NEAR(apt28)", "NOT *"})
  void searchSyntaxWithNothingToAskIsToldToNameSomething(String question) {
    Answer a = app.answers().ask(question);
    org.junit.jupiter.api.Assertions.assertTrue(a.abstained(), a.text());
    org.junit.jupiter.api.Assertions.assertTrue(a.text().contains("name an actor, a country or an event"), a.text());
    org.junit.jupiter.api.Assertions.assertTrue(a.citations().isEmpty(), a.citations().toString());
  }

  @org.junit.jupiter.api.Test
  void aQuestionThatUsesAnOperatorWordIsStillAnswered() {
    Answer a = app.answers().ask("who hacked Romania AND Germany?");
    assertFalse(a.abstained(), a.text());
  }

  @org.junit.jupiter.api.Test
  void tenThousandCharactersAreAnsweredAndLeaveTheStoreIntact() {
    String question = "who hacked romania and ".repeat(450).substring(0, 10_000);
    Answer a = app.answers().ask(question);
    assertNotNull(a.text());
    assertFalse(a.text().isBlank());
    assertEquals(app.store().statements().statementCount(), 6, "the store is intact");
  }
}
