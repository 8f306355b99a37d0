package org.attribot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attribot.DevStore;
import org.junit.jupiter.api.Test;

class AnswerTest extends DevStore {
  @Test
  void whoHackedRomaniaQuotesTheSentenceThatNamesTheActorAndCitesTheCouncilStatement() {
    Answer a = app.answers().ask("who hacked romania?");
    assertFalse(a.abstained(), a.text());
    assertTrue(a.text().contains("APT 28"), a.text());
    assertTrue(a.text().contains("Romania"), a.text());
    Citation first = a.citations().get(0);
    assertEquals("nato-council-2025-gru", first.statementId());
    assertEquals("[1] NATO condemns Russian cyberattacks, citing threats to alliance security — Caliber.Az, Sabina Mammadli. "
        + "https://caliber.az/en/post/nato-condemns-russian-cyberattacks-citing-threats-to-alliance-security", first.sourceLine());
    assertTrue(a.text().contains("[1]"));
    assertTrue(a.text().contains(first.quote()), "the quote is what the answer says");
  }

  @Test
  void everyMarkerPointsToACitationAndEveryCitationIsUsed() {
    Answer a = app.answers().ask("Which GRU units did the UK sanction?");
    assertFalse(a.abstained(), a.text());
    for (Citation c : a.citations()) {
      assertTrue(a.text().contains("[" + c.n() + "]"), a.text());
    }
    assertFalse(a.text().contains("[" + (a.citations().size() + 1) + "]"));
  }

  @Test
  void aQuestionNoStatementSupportsIsAnsweredWithAnAbstentionThatNamesTheClosestStatements() {
    Answer a = app.answers().ask("What did Hungary say about APT28?");
    assertTrue(a.abstained(), a.text());
    assertTrue(a.citations().isEmpty());
    assertTrue(a.text().startsWith("The store has no statement that answers this."), a.text());
    assertTrue(a.text().contains("The closest statements are:"), a.text());
  }
}
