package org.attribot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.attribot.DevStore;
import org.attribot.retrieve.Narrowing;
import org.junit.jupiter.api.Test;

/** Questions that name an actor by an alias the statement never uses, and questions with limits. */
class NamesAndLimitsTest extends DevStore {
  @Test
  void anAliasFindsTheStatementThatUsesAnotherNameAndTheAnswerSaysSo() {
    Answer a = app.answers().ask("What did France say about Forest Blizzard in 2025?");
    assertFalse(a.abstained(), a.text());
    assertEquals("france-mfa-2025-apt28", a.citations().get(0).statementId());
    assertTrue(a.text().contains("Forest Blizzard is also known as APT28"), a.text());
  }

  @Test
  void cadetBlizzardFindsUnit29155() {
    Answer a = app.answers().ask("estonia blamed cadet blizzard for what?");
    assertFalse(a.abstained(), a.text());
    assertEquals("estonia-2024-gru-unit29155", a.citations().get(0).statementId());
  }

  @Test
  void aDateLimitDropsOlderStatementsKeepsUndatedOnesAndSaysSo() {
    Answer a = app.answers().ask("who hacked romania?", new Narrowing(LocalDate.of(2025, 1, 1), null, null));
    assertFalse(a.abstained(), a.text());
    assertEquals("nato-council-2025-gru", a.citations().get(0).statementId());
    assertTrue(a.text().contains("[1] has no date, so the date limit could not rule it out."), a.text());
    Answer old = app.answers().ask("What did APT28 exploit to get into Czech institutions?", new Narrowing(LocalDate.of(2025, 1, 1), null, null));
    assertTrue(old.citations().stream().noneMatch(c -> c.published() != null && c.published().isBefore(LocalDate.of(2025, 1, 1))),
        old.toString());
  }

  @Test
  void aPublisherLimitKeepsOnlyThatPublisher() {
    Answer a = app.answers().ask("Which GRU unit did Estonia blame?", new Narrowing(null, null, "postimees"));
    assertFalse(a.abstained(), a.text());
    assertTrue(a.citations().stream().allMatch(c -> c.publisher().equals("Postimees")), a.citations().toString());
    assertTrue(app.answers().ask("Which GRU unit did Estonia blame?", new Narrowing(null, null, "no such outlet")).abstained());
  }
}
