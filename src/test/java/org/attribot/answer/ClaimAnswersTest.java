package org.attribot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attribot.DevStore;
import org.junit.jupiter.api.Test;

/** Questions about attributions themselves, answered from the claims table across every statement. */
class ClaimAnswersTest extends DevStore {

  static List<String> cited(Answer a) {
    return a.citations().stream().map(Citation::statementId).toList();
  }

  @Test
  void whoBlamedAGroupListsEveryAttributorOnceWithItsCitation() {
    Answer a = app.answers().ask("Which governments publicly blamed APT28?");
    assertFalse(a.abstained());
    for (String state : List.of("United Kingdom", "Germany", "Czech Republic", "France", "Netherlands")) {
      assertTrue(a.text().contains(state), state + " missing: " + a.text());
      assertTrue(a.text().indexOf(state) == a.text().lastIndexOf(state), state + " listed twice: " + a.text());
    }
    assertFalse(a.text().contains("NATO"), "NATO is no government: " + a.text());
    assertTrue(a.text().matches("(?s).*\\[\\d+].*"), "every line cited: " + a.text());
    assertTrue(cited(a).contains("france-mfa-2025-apt28"), "France's own statement is cited for France: " + cited(a));
  }

  @Test
  void aStateBlamedStandsForTheGroupsAndAgenciesItRuns() {
    Answer a = app.answers().ask("who accused North Korea?");
    assertTrue(a.text().startsWith("Who attributed it") && a.text().contains("FBI"), a.text());
    assertTrue(cited(a).contains("fbi-2025-bybit-north-korea"), cited(a).toString());
  }

  @Test
  void whatAGroupIsAccusedOfComesFromEveryAttributorWithTheirWords() {
    Answer a = app.answers().ask("what has Lazarus been blamed for?");
    assertTrue(a.text().startsWith("What it is accused of"), a.text());
    assertTrue(a.text().contains("FBI") && a.text().contains("Bybit"), a.text());
  }

  @Test
  void whoAGroupIsAccusedOfHackingListsTheTargets() {
    Answer a = app.answers().ask("Who has APT28 been accused of hacking?");
    for (String target : List.of("Germany", "Czech Republic", "Poland", "Romania")) {
      assertTrue(a.text().contains(target), target + " missing: " + a.text());
    }
  }

  @Test
  void whenSomethingWasAttributedGivesTheStatementsDateOldestFirstWhenAskedForTheFirst() {
    Answer a = app.answers().ask("When did Estonia blame the GRU?");
    assertTrue(a.text().contains("Estonia") && a.text().contains("2024-09-06"), a.text());
    Answer first = app.answers().ask("when was APT28 first blamed?");
    assertTrue(first.text().startsWith("When it was attributed, oldest first:"), first.text());
    assertTrue(first.text().indexOf("2024-05-03") < first.text().indexOf("2025-"), first.text());
  }

  @Test
  void targetsAreHeadedWithTheNameTheQuestionUsed() {
    Answer a = app.answers().ask("Which countries has Fancy Bear targeted?");
    assertTrue(a.text().startsWith("Targets named for Fancy Bear (APT28)"), a.text());
  }

  @Test
  void anAliasFindsTheSameAttributions() {
    Answer a = app.answers().ask("who has blamed Fancy Bear?");
    assertTrue(a.text().contains("United Kingdom") && a.text().contains("Netherlands"), a.text());
  }

  @Test
  void whomDidAGovernmentBlameQuotesItsOwnStatement() {
    Answer a = app.answers().ask("Which GRU unit did Estonia blame?");
    assertTrue(a.text().contains("29155"), a.text());
    assertTrue(cited(a).contains("estonia-2024-gru-unit29155"), cited(a).toString());
  }

  @Test
  void denialsComeFromTheAccusedStatesWithTheirWords() {
    Answer a = app.answers().ask("do we have any denials from the accused states?");
    assertTrue(a.text().contains("Russia") && a.text().contains("China"), a.text());
    assertTrue(a.text().contains("rejected accusations"), "the denial is quoted: " + a.text());
    assertTrue(cited(a).containsAll(List.of("russia-embassy-prague-2024-denial", "uk-2024-china-apt31")), cited(a).toString());
  }

  @Test
  void aDenialQuestionNamingTheAccusersFindsTheAnswerToThem() {
    Answer a = app.answers().ask("how did the chinese embassy respond to the uk accusations?");
    assertTrue(a.text().contains("fabricates facts"), a.text());
    assertFalse(a.text().contains("Russia"), "Russia answered the Czechs, not the UK: " + a.text());
  }

  @Test
  void targetsAccordingToOneAttributorComeFromItsClaims() {
    Answer a = app.answers().ask("Which countries has APT28 targeted according to NATO?");
    for (String country : List.of("Germany", "Czech Republic", "Lithuania", "Poland", "Slovakia", "Sweden", "Romania")) {
      assertTrue(a.text().contains(country), country + " missing: " + a.text());
    }
  }

  @Test
  void otherQuestionsKeepThePassagePath() {
    Answer a = app.answers().ask("who hacked Romania?");
    assertTrue(cited(a).contains("nato-council-2025-gru"), a.text());
    assertTrue(a.text().contains("Romania"), "the passage that names Romania is quoted: " + a.text());
  }

  @Test
  void aLongRunOnTextAfterADenialCannotStallTheAnswer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("long.json"),
        "{\"id\": \"long\", \"title\": \"Britain blames APT28\", \"publisher\": \"Wire\", \"text\": \"Britain blamed APT28."
        + " Russia denies the claims about APT28. Officials " + "deny it and ".repeat(4000) + "so on\"}");
    try (org.attribot.App small = org.attribot.App.open(org.attribot.TestStores.defaults(), dir.resolve("s.db"))) {
      small.ingest().ingest(List.of(file), org.attribot.ingest.Progress.NONE);
      // Unbounded, the search for a denying sentence grew faster than the square of the run: 2 s for
      // 3,000 characters, 12 s for 6,000, so far more than a minute for these 48,000. The minute
      // catches that stall; it is no measure of speed.
      Answer a = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(1),
          () -> small.answers().ask("did Russia deny it?"));
      assertTrue(a.text().contains("Russia denies the claims"), a.text());
    }
  }

  @Test
  void askingWhoWasBlamedAsksForTheAccusedNotTheAccusers() {
    Answer a = app.answers().ask("who was blamed for the attack on the German SPD?");
    assertFalse(a.text().startsWith("Who attributed it"), a.text());
    assertTrue(a.text().contains("APT28") || a.text().contains("Fancy Bear"), a.text());
  }

  @Test
  void aQuestionAboutAnAttributionTheClaimsDoNotHoldFallsBackToThePassages() {
    Answer a = app.answers().ask("who blamed CyberAv3ngers?");
    assertTrue(a.abstained() || !a.text().startsWith("Who attributed it"), a.text());
  }
}
