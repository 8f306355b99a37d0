package org.attribot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.attribot.actor.Gazetteer;
import org.junit.jupiter.api.Test;

/** What a model's sentence may assert on the strength of the passage it cites (passages written for the test). */
class SupportTest {
  static final Support SUPPORT = new Support(Gazetteer.loadDefault());
  static final String PASSAGE = "The Foreign Ministry said on 14 March 2023 that APT28 had broken into the e-mail of five "
      + "ministries in Freedonia. The ministry said the group had stolen 1,200 documents.";

  @Test
  void aSentenceSayingWhatThePassageSaysIsSupported() {
    assertNull(SUPPORT.check("APT28 broke into the e-mail of five ministries in Freedonia in 2023 [1].", PASSAGE));
    assertNull(SUPPORT.check("The group stole 1200 documents [1].", PASSAGE));
  }

  @Test
  void anActorIsSupportedUnderAnyOfItsNames() {
    assertNull(SUPPORT.check("Fancy Bear broke into five ministries [1].", PASSAGE));
    assertNull(SUPPORT.check("Forest Blizzard stole 1,200 documents [2].", PASSAGE));
  }

  @Test
  void aNameThePassageNeverGivesIsNotSupported() {
    assertEquals(Support.Fault.NAME, SUPPORT.check(
        "Japan and Brazil jointly attributed the intrusions to North Korea's Lazarus Group [1].", PASSAGE));
    assertEquals(Support.Fault.NAME, SUPPORT.check("Sandworm broke into five ministries [1].", PASSAGE));
  }

  @Test
  void aGroupIsNotSupportedByItsSponsorNorTheSponsorByTheGroup() {
    String bySponsor = "Russia's military intelligence, the GRU, broke into the e-mail of five ministries.";
    assertEquals(Support.Fault.NAME, SUPPORT.check("APT28 broke into five ministries [1].", bySponsor));
    assertEquals(Support.Fault.NAME, SUPPORT.check("The GRU broke into five ministries [1].", PASSAGE));
  }

  @Test
  void aStateIsSupportedByItsOwnAgency() {
    assertNull(SUPPORT.check("Russia broke into five ministries [1].",
        "The GRU broke into the e-mail of five ministries."));
  }

  @Test
  void aNumberOrYearThePassageNeverGivesIsNotSupported() {
    assertEquals(Support.Fault.NUMBER, SUPPORT.check("APT28 broke into five ministries in 2019 [1].", PASSAGE));
    assertEquals(Support.Fault.NUMBER, SUPPORT.check("APT28 broke into seven ministries [1].", PASSAGE));
    assertEquals(Support.Fault.NUMBER, SUPPORT.check("APT28 stole 12,000 documents [1].", PASSAGE));
  }

  @Test
  void numbersAreReadAsDigitsOrWords() {
    assertEquals(Set.of("5", "1200", "2023", "14"), Support.numbers(PASSAGE));
    assertNull(SUPPORT.check("APT28 broke into 5 ministries on 14 March 2023 [1].", PASSAGE));
  }
}
