package org.attribot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.attribot.actor.Gazetteer;
import org.junit.jupiter.api.Test;

class QuestionTest {
  static final Gazetteer G = Gazetteer.loadDefault();

  static Term term(Question q, String surface) {
    return q.terms().stream().filter(t -> t.surface().equals(surface)).findFirst().orElseThrow(() -> new AssertionError(q.terms()));
  }

  @Test
  void aliasesBecomeOneAnchorSearchedUnderEveryName() {
    Question q = Question.of("what did France say about forest blizzard in 2025?", G);
    Term actor = term(q, "forest blizzard");
    assertTrue(actor.anchor());
    assertEquals(Set.of("APT28"), actor.entities());
    assertTrue(actor.forms().contains("fancy bear") && actor.forms().contains("apt 28"), actor.forms().toString());
    assertEquals(Set.of("France"), term(q, "france").entities());
    assertTrue(q.isSpeaker(term(q, "france")), "France is whose statement is asked about");
    assertTrue(term(q, "2025").anchor());
  }

  @Test
  void anAmbiguousNameKeepsEveryCandidate() {
    assertEquals(Set.of("APT28", "APT29"), term(Question.of("who is grizzly steppe?", G), "grizzly steppe").entities());
  }

  @Test
  void phrasalVerbsAndAnswerTypesAreRead() {
    Question q = Question.of("which countries called out fancy bear?", G);
    assertEquals(AnswerType.PLACES, q.answerType());
    assertTrue(term(q, "blamed").forms().contains("attributed") || term(q, "blamed").forms().contains("attribute"));
    assertEquals(AnswerType.TIME, Question.of("when were estonia's ministries hit?", G).answerType());
    assertEquals(AnswerType.COUNT, Question.of("how many officers were charged?", G).answerType());
    assertEquals(AnswerType.AMOUNT, Question.of("how much was stolen?", G).answerType());
    assertEquals(AnswerType.ACTOR, Question.of("who hacked romania?", G).answerType());
  }

  @Test
  void usInCapitalsIsTheUnitedStatesAndUsThePronounIsNot() {
    assertTrue(Question.of("can you tell us who hacked romania", G).terms().stream()
        .noneMatch(t -> t.entities().contains("United States")));
    assertTrue(Question.of("what did the US say?", G).terms().stream().anyMatch(t -> t.entities().contains("United States")));
  }

  @Test
  void plainDateLimitsAreReadAndABareYearIsNot() {
    LocalDate today = LocalDate.of(2026, 11, 26);
    assertEquals(new Narrowing(LocalDate.of(2024, 1, 1), null, null), DateWords.read("what happened since 2024?", today));
    assertEquals(new Narrowing(LocalDate.of(2024, 3, 1), null, null), DateWords.read("attacks since March 2024", today));
    assertEquals(new Narrowing(null, LocalDate.of(2024, 12, 31), null), DateWords.read("who was blamed before 2025?", today));
    assertEquals(new Narrowing(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), null), DateWords.read("what was attributed last month", today));
    assertEquals(new Narrowing(LocalDate.of(2026, 5, 26), null, null), DateWords.read("in the last 6 months", today));
    assertTrue(DateWords.read("which countries called out fancy bear in 2024?", today).isNone());
  }

  @Test
  void twoLetterNamesTypedInLowerCaseAreRead() {
    Question q = Question.of("what did the eu and the uk say about apt31?", G);
    assertEquals(Set.of("European Union"), term(q, "eu").entities());
    assertEquals(Set.of("United Kingdom"), term(q, "uk").entities());
    assertTrue(Question.of("did they tell us about apt31?", G).terms().stream().noneMatch(t -> t.entities().contains("United States")));
  }

  @Test
  void twoNamesJoinedByOrAreOneTermNamedByEither() {
    Term either = Question.of("was the GRU or the SVR blamed?", G).terms().get(0);
    assertEquals(Set.of("GRU", "SVR"), either.entities());
    assertTrue(either.anchor());
  }

  @Test
  void twoNamesJoinedByOrKeepWhoseStatementIsAsked() {
    Question q = Question.of("what did the UK or France say about APT28?", G);
    Term either = term(q, "uk or france");
    assertTrue(q.isSpeaker(either), q.speakers().toString());
  }
}
