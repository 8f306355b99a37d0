package org.attribot.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.attribot.Shared;
import org.attribot.actor.Gazetteer;
import org.attribot.statement.Parsed;
import org.attribot.statement.Statement;
import org.attribot.statement.StatementReader;
import org.junit.jupiter.api.Test;

class OfflineClaimExtractorTest {
  static final OfflineClaimExtractor EXTRACTOR = new OfflineClaimExtractor(Gazetteer.loadDefault());

  static Statement dev(String id) {
    Parsed parsed = new StatementReader(1_000_000).read(Shared.devSet().resolve(id + ".json")).get(0);
    return ((Parsed.Ok) parsed).statement();
  }

  static Set<String> keys(List<Claim> claims) {
    return claims.stream().map(c -> c.attributor() + " -> " + c.accused() + " " + c.stance().wire()).collect(Collectors.toSet());
  }

  @Test
  void theSeedStatementYieldsNatosOwnAttributionAndEveryOneItRecalls() {
    List<Claim> claims = EXTRACTOR.extract(dev("nato-council-2025-gru"));
    Set<String> keys = keys(claims);
    for (String expected : List.of("NATO -> GRU attributes", "Estonia -> GRU recalls", "France -> GRU recalls",
        "United Kingdom -> GRU recalls", "United States -> GRU recalls", "Germany -> APT28 recalls",
        "Czech Republic -> APT28 recalls")) {
      assertTrue(keys.contains(expected), expected + " missing from " + keys);
    }
    Claim nato = claims.stream().filter(c -> c.attributor().equals("NATO")).findFirst().orElseThrow();
    assertTrue(nato.targets().contains("Romania"), "Romania, hit by 'the same threat actor', is a target: " + nato.targets());
    Claim germany = claims.stream().filter(c -> c.attributor().equals("Germany")).findFirst().orElseThrow();
    assertEquals("2024", germany.when(), "the year the recalled attribution was made");
    assertEquals("GRU", germany.sponsor());
  }

  @Test
  void everyEvidenceSpanIsExactlyTheStatementsText() {
    for (String id : List.of("nato-council-2025-gru", "uk-allies-2025-gru-logistics-advisory", "russia-embassy-prague-2024-denial")) {
      Statement s = dev(id);
      for (Claim c : EXTRACTOR.extract(s)) {
        assertEquals(s.text().substring(c.evidenceStart(), c.evidenceEnd()), c.evidence());
      }
    }
  }

  @Test
  void theAccusedStatesAnswerIsADenialByThatState() {
    Set<String> keys = keys(EXTRACTOR.extract(dev("russia-embassy-prague-2024-denial")));
    assertTrue(keys.contains("Russia -> APT28 rejects"), keys.toString());
    assertTrue(keys.contains("Czech Republic -> APT28 recalls"), keys.toString());
  }

  @Test
  void everySignatoryOfAJointAdvisoryAttributes() {
    Set<String> keys = keys(EXTRACTOR.extract(dev("uk-allies-2025-gru-logistics-advisory")));
    for (String state : List.of("United Kingdom", "United States", "Germany", "Czech Republic", "Poland", "Australia", "Canada",
        "Denmark", "Estonia", "France", "Netherlands")) {
      assertTrue(keys.contains(state + " -> APT28 attributes"), state + " missing from " + keys);
    }
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("Ukraine")), "a victim is no attributor: " + keys);
  }

  @Test
  void theCoSignatoriesOfAJointAdvisoryEachAttributeAndTheAccusedStatesAnswerIsADenial() {
    Statement s = new Statement("apt40", "Australia and partners attribute malicious cyber activity to APT40", "Cyber Agency", null,
        LocalDate.of(2024, 7, 9), null, "en", "The Australian Cyber Security Centre, together with the United States, Canada and"
        + " Japan, today released a joint advisory on APT40. The advisory assesses that APT40 conducts malicious cyber operations"
        + " for China's Ministry of State Security. The Chinese Embassy in Canberra rejected the claims as groundless smears.");
    Set<String> keys = keys(EXTRACTOR.extract(s));
    for (String state : List.of("Australia", "United States", "Canada", "Japan")) {
      assertTrue(keys.contains(state + " -> APT40 attributes"), state + " missing from " + keys);
    }
    assertTrue(keys.contains("China -> APT40 rejects"), keys.toString());
  }

  @Test
  void theArmedForcesOfAStateAreThatStateNotItsIntelligenceAgency() {
    Statement s = new Statement("lantern", "White House blames Moscow for Lantern attack", "Example News", null,
        LocalDate.of(2022, 3, 1), null, "en", "The White House on Tuesday blamed the Russian military for the Lantern wiper"
        + " attack on shipping firms, calling it reckless.");
    Set<String> keys = keys(EXTRACTOR.extract(s));
    assertTrue(keys.stream().anyMatch(k -> k.startsWith("United States -> Russia")), keys.toString());
    assertTrue(keys.stream().noneMatch(k -> k.contains("GRU")), "the military is not its intelligence arm: " + keys);
  }

  @Test
  void aStatesUnnamedActorsAreTheOneGroupTheStatementNamesForIt() {
    Statement s = new Statement("mail", "UK accuses China over mail server hack", "Example News", null,
        LocalDate.of(2021, 7, 19), null, "en", "The UK has attributed the hack of mail servers to Chinese state-backed actors."
        + " A group known as Hafnium compromised the servers, reaching the networks of their users.");
    List<Claim> claims = EXTRACTOR.extract(s);
    assertTrue(claims.stream().anyMatch(c -> c.attributor().equals("United Kingdom") && "HAFNIUM".equalsIgnoreCase(c.actorCanonical())
        && "China".equals(c.sponsorState())), keys(claims).toString());
  }

  @Test
  void aGroupSomeoneElseReportsIsNotTheSpeakersAttribution() {
    Statement s = new Statement("tel", "Agencies confirm telecom breaches", "Example News", null,
        LocalDate.of(2024, 11, 20), null, "en", "The FBI said Chinese state-backed actors breached several telecom carriers."
        + " The Daily Ledger reported the breaches were carried out by a group known as Salt Typhoon.");
    Set<String> keys = keys(EXTRACTOR.extract(s));
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("FBI -> ") && !k.startsWith("FBI -> China")), keys.toString());
  }

  @Test
  void anOfficialWhoSaysWhatANamedGroupDidAttributesIt() {
    Statement s = new Statement("volt", "Officials warn of hackers in critical infrastructure", "Example News", null,
        LocalDate.of(2024, 2, 1), null, "en", "FBI Director Christopher Wray told Congress on Wednesday that Chinese"
        + " state-sponsored hackers known as Volt Typhoon had burrowed into US critical infrastructure.");
    Set<String> keys = keys(EXTRACTOR.extract(s));
    assertTrue(keys.contains("FBI -> Volt Typhoon attributes"), keys.toString());
  }

  @Test
  void aSentenceThatNamesItsGroupsIsNotReadAsTheStatementsMainOne() {
    Statement s = new Statement("odd", "Notes", "Some Blog", null, null, null, "en",
        "APT28 has been active. APT28 is a GRU unit. France attributes the attacks to Sandworm."
        + " The UK attributes the attacks to APT29 and Sandworm.");
    Set<String> keys = keys(EXTRACTOR.extract(s));
    assertTrue(keys.contains("France -> Sandworm attributes") || keys.contains("France -> Sandworm Team attributes"), keys.toString());
    assertTrue(keys.stream().anyMatch(k -> k.startsWith("United Kingdom -> APT29")), keys.toString());
    assertTrue(keys.stream().filter(k -> k.startsWith("United Kingdom")).count() == 2, "a list of groups is not one group: " + keys);
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("France -> APT28")), keys.toString());
  }

  @Test
  void aDenialIsNotPinnedOnAnotherStatesGroup() {
    Statement s = new Statement("two", "UK blames APT28", "Some Blog", null, null, null, "en",
        "The UK attributes the attacks to APT28 and APT31. China denied any involvement.");
    List<Claim> denials = EXTRACTOR.extract(s).stream().filter(c -> c.stance().isDenial()).toList();
    assertEquals(1, denials.size(), denials.toString());
    assertEquals("China", denials.get(0).attributor());
    assertEquals(null, denials.get(0).actorCanonical(), "APT28 is Russia's, not what China denies");
  }

  @Test
  void officialsWhoDoNotKnowWhoDidItAttributeNothing() {
    Statement s = new Statement("outage", "Ministry on the hospital outage", "Ministry of Health", null, LocalDate.of(2025, 3, 1), null,
        "en", "Hospitals in Latvia were hit by a ransomware attack on Monday. Latvia's health ministry said it did not yet know who"
        + " was behind the attack.");
    List<Claim> claims = EXTRACTOR.extract(s);
    assertEquals(1, claims.size(), claims.toString());
    assertEquals(Stance.DOES_NOT_ATTRIBUTE, claims.get(0).stance());
    assertEquals("Latvia", claims.get(0).attributor());
    assertEquals(null, claims.get(0).accused());
  }

  @Test
  void aStatementWithNoAttributionYieldsNoClaim() {
    Statement s = new Statement("plain", "Cyber week", "Some Blog", null, null, null, "en",
        "Estonia hosted a cyber defence conference in Tallinn. Ministers from France and Germany spoke about resilience.");
    assertEquals(List.of(), EXTRACTOR.extract(s));
  }


  static Statement invented(String title, String publisher, String text) {
    return new Statement("t", title, publisher, null, LocalDate.of(2024, 5, 2), null, "en", text);
  }

  @Test
  void statesThatJoinTheSpeakerInDenouncingEachMakeAClaim() {
    Set<String> keys = keys(EXTRACTOR.extract(invented("Briefing on the Orchid ransomware attack", "Example Wire",
        "The United States is publicly attributing the Orchid ransomware attack to Iran. Germany, Poland and Norway"
        + " have seen our analysis, and they join us in denouncing Iran for Orchid.")));
    assertTrue(keys.contains("United States -> Iran attributes"), keys.toString());
    for (String state : List.of("Germany", "Poland", "Norway")) {
      assertTrue(keys.stream().anyMatch(k -> k.startsWith(state + " -> Iran ")), state + " missing from " + keys);
    }
  }

  @Test
  void thePartnersListedAfterAnAdvisorysLeadAgenciesCoAuthorIt() {
    Set<String> keys = keys(EXTRACTOR.extract(invented("Joint advisory on Volt Typhoon", "Example Wire",
        "CISA, NSA and FBI assess that Volt Typhoon is pre-positioning on IT networks. CISA, NSA, FBI and the following partners"
        + " are releasing this advisory:\n\nU.S. Department of Energy (DOE) Australian Signals Directorate’s (ASD’s) Australian"
        + " Cyber Security Centre (ACSC) New Zealand National Cyber Security Centre (NCSC-NZ)\n\nThe actors use living off the land"
        + " techniques.")));
    for (String agency : List.of("CISA", "NSA", "FBI", "US Department of Energy", "ACSC", "NCSC-NZ")) {
      assertTrue(keys.contains(agency + " -> Volt Typhoon attributes"), agency + " missing from " + keys);
    }
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("United States ") || k.startsWith("ASD ")),
        "a state or agency that only names the agency after it does not speak: " + keys);
  }

  @Test
  void agenciesNamedByKindSpeakAsTheAgenciesTheStatementNames() {
    Set<String> keys = keys(EXTRACTOR.extract(invented("Spies in the ministry network", "Example Wire",
        "Russian state-backed hackers broke into a Dutch ministry network last year, Dutch intelligence agencies said on Monday."
        + " The head of the AIVD said the break-in was serious. The MIVD declined to give details.")));
    assertTrue(keys.contains("AIVD -> Russia attributes"), keys.toString());
    assertTrue(keys.contains("MIVD -> Russia attributes"), keys.toString());
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("Russia ")), "the accused does not accuse itself: " + keys);
  }

  @Test
  void aVictimOrAnOutletIsNoAttributorAndABlamedStateIsTheAccused() {
    Set<String> keys = keys(EXTRACTOR.extract(invented("Hack of the water utility", "Example Wire",
        "Canada on Tuesday held Iran responsible for a cyberattack on Canadian water utilities and on Ukraine. The Daily Planet"
        + " reported the attack was carried out by a group known as APT42.")));
    assertTrue(keys.contains("Canada -> Iran attributes"), keys.toString());
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("Ukraine ")), "a victim never attributes: " + keys);
    assertTrue(keys.stream().noneMatch(k -> k.contains("APT42")), "what an outlet the actor list does not know reported is not"
        + " Canada's claim: " + keys);
  }
}
