package org.attribot.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindTest {

  private static final Gazetteer G = Gazetteer.loadDefault();

  /** "matched=Canonical|Canonical" for each mention. */
  private static List<String> found(String text) {
    List<Mention> mentions = G.find(text);
    for (Mention m : mentions) {
      assertEquals(text.substring(m.start(), m.end()), m.matched());
    }
    return mentions.stream()
        .map(m -> m.matched() + "=" + m.entities().stream().map(Entity::canonical).collect(Collectors.joining("|")))
        .toList();
  }

  @Test
  void findsCountriesInLowerCaseQuestions() {
    assertEquals(List.of("romania=Romania"), found("who hacked romania?"));
  }

  @Test
  void thePronounUsIsNotTheUnitedStates() {
    assertEquals(List.of(), found("Did they tell us?"));
    assertEquals(List.of(), found("It is up to us, they said."));
    assertEquals(List.of("US=United States"), found("What did the US say"));
    assertEquals(List.of("U.S.=United States"), found("What did the U.S. say"));
    assertEquals(List.of("UK=United Kingdom"), found("Did the UK blame them?"));
    assertEquals(List.of(), found("the uk and the us"));
  }

  @Test
  void spacingAndHyphensDoNotMatter() {
    assertEquals(List.of("APT 28=APT28", "apt-28=APT28", "APT28=APT28"), found("APT 28, apt-28 or APT28's?"));
  }

  @Test
  void longestNameWins() {
    assertEquals(List.of("Russia's military intelligence service=GRU"),
        found("tied to Russia's military intelligence service"));
    assertEquals(List.of("People's Republic of China=China", "North Korean=North Korea"),
        found("the People's Republic of China and North Korean hackers"));
    assertEquals(List.of("Russian=Russia"), found("a Russian group"));
  }

  @Test
  void matchesSitOnWordBoundaries() {
    assertEquals(List.of(), found("APT280 and APT2800 and xAPT28"));
    assertEquals(List.of(), found("Frenchman"));
  }

  @Test
  void ambiguousNamesKeepEveryCandidate() {
    List<Mention> mentions = G.find("The Grizzly Steppe report");
    assertEquals(1, mentions.size());
    assertTrue(mentions.get(0).ambiguous());
    assertEquals(List.of("Grizzly Steppe=APT28|APT29"), found("The Grizzly Steppe report"));
  }

  @Test
  void genericWordsAreNotActors() {
    assertEquals(List.of(), found("They will lead the investigation with iron resolve at the summit."));
    assertEquals(List.of(), found("Roast turkey with polish on the table."));
    assertEquals(List.of("Turkey=Turkey", "Polish=Poland"), found("Turkey and the Polish government"));
    assertEquals(List.of("Ember Bear=SaintBear"), found("Ember Bear struck"));
  }

  @Test
  void placesNamedAfterCountriesAreNotThoseCountries() {
    assertEquals(List.of(), found("banks in South America and New Mexico"));
    assertEquals(List.of("America=United States", "Americans=United States"), found("America and Americans"));
  }

  @Test
  void nothingInEmptyText() {
    assertEquals(List.of(), G.find(""));
    assertEquals(List.of(), G.find(null));
  }

  @Test
  void longStatementFindsEveryMention() {
    String paragraph = "On 3 May 2024 the Czech Foreign Ministry said Czech institutions had been the target of a"
        + " cyber campaign. The ministry attributed it to APT28, also known as Fancy Bear, a group tied to the"
        + " GRU, Russia's military intelligence service. Germany, the UK and the U.S. condemned it; they told us"
        + " that it would lead to consequences. ";
    StringBuilder text = new StringBuilder();
    int copies = 0;
    while (text.length() + paragraph.length() <= 6000) {
      text.append(paragraph);
      copies++;
    }
    List<String> expectedOne = List.of("Czech=Czech Republic", "Czech=Czech Republic", "APT28=APT28",
        "Fancy Bear=APT28", "GRU=GRU", "Russia's military intelligence service=GRU", "Germany=Germany",
        "UK=United Kingdom", "U.S.=United States");
    List<String> all = found(text.toString());
    assertEquals(expectedOne.size() * copies, all.size());
    assertEquals(expectedOne, all.subList(0, expectedOne.size()));
    assertEquals(expectedOne, all.subList(all.size() - expectedOne.size(), all.size()));
    for (int i = 0; i < 200; i++) { // warm-up; find() should then take well under a millisecond here
      G.find(text.toString());
    }
    assertEquals(all, found(text.toString()));
  }

  @Test
  void aGroupsNumberSpelledOutIsTheGroup() {
    assertEquals(List.of("Advanced Persistent Threat 31=APT31", "EU=European Union"),
        found("linked to Advanced Persistent Threat 31 by the EU"));
  }
}
