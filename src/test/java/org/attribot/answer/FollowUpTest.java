package org.attribot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.attribot.App;
import org.attribot.TestStores;
import org.attribot.retrieve.Narrowing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a model, a follow-up is read together with the question before it. */
class FollowUpTest {
  @TempDir Path dir;

  @Test
  void aFollowUpLeansOnTheQuestionBeforeAndResetForgetsIt() {
    try (App app = TestStores.dev(dir)) {
      app.answers().ask("term-1", "Which GRU unit did Estonia blame?", Narrowing.NONE);
      Answer followUp = app.answers().ask("term-1", "and when were they attacked?", Narrowing.NONE);
      assertEquals("and when were they attacked?", followUp.question());
      assertFalse(followUp.abstained(), followUp.text());
      assertEquals("estonia-2024-gru-unit29155", followUp.citations().get(0).statementId());
      assertTrue(followUp.text().contains("2020"), followUp.text());
      assertEquals(2, app.store().turns().last("term-1", 10).size());
      assertTrue(app.store().turns().last("term-1", 10).get(1).standalone().startsWith("Which GRU unit did Estonia blame?"));
      app.answers().reset("term-1");
      assertEquals(0, app.store().turns().last("term-1", 10).size(), "reset forgets");
    }
  }
}
