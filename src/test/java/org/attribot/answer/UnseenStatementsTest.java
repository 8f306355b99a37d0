package org.attribot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attribot.App;
import org.attribot.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions a user asks about statements attribot has never seen — written for this test, in the
 * ways attribution statements are written — answered with the sentence that says what was asked:
 * the person, the sum, the response, a list across statements, a name written another way.
 */
class UnseenStatementsTest {
  @TempDir static Path dir;
  static App app;

  @BeforeAll
  static void store() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in, "kestrel-charges", "Justice Department charges three Iranian operatives over hack of mayoral campaign",
        "Capital Ledger", "2024-03-02",
        "The Justice Department on Friday charged three Iranian operatives with hacking the campaign of a mayoral candidate. "
            + "Prosecutors said the hackers worked for Iran's Islamic Revolutionary Guard Corps and stole internal documents. "
            + "The indictment describes months of spear-phishing against campaign staff and their families. "
            + "The State Department offered a reward of up to $7 million for information on the three men. "
            + "Iran's mission to the United Nations dismissed the charges as baseless and fabricated, and demanded evidence. "
            + "Campaign officials said no voter data had been taken.");
    write(in, "nordland-apt40", "Nordland names China-backed group over parliament intrusion",
        "Government of Nordland", "2024-05-10",
        "The government of Nordland has attributed an intrusion into its parliamentary network to a group linked to China. "
            + "Foreign Minister Astrid Halvorsen announced the attribution at a press conference in the capital on Tuesday. "
            + "She said the activity matched the techniques of APT40, which is run by China's Ministry of State Security. "
            + "Nordland joins the UK in condemning the campaign.");
    write(in, "svr-cloud", "U.K. officials blame the SVR for cloud espionage",
        "Harbour Times", "2023-11-20",
        "British officials said on Monday that Russia's foreign intelligence service, the SVR, was behind a campaign against "
            + "cloud providers. The UK's National Cyber Security Centre said the campaign stole e-mail from government suppliers. "
            + "The centre urged companies to turn on multi-factor authentication.");
    write(in, "iran-water", "Iranian group attacked water utilities, agencies say", "Wire Desk", "2023-12-02",
        "Federal agencies said an Iranian group had attacked water utilities by exploiting controllers made by Aquatron. "
            + "The group posted images of defaced control screens. The agencies urged utilities to change default passwords.");
    write(in, "iran-banks", "Iranian hackers blamed for bank outages", "Wire Desk", "2022-06-14",
        "Officials blamed Iranian hackers for denial-of-service attacks that took the websites of three regional banks offline. "
            + "The attacks lasted for two days.");
    write(in, "signals-note", "Signals directorate warns of APT40 activity", "Harbour Times", "2024-07-01",
        "The Australian Signals Directorate said APT40 had conducted malicious cyber operations against government networks. "
            + "The directorate urged agencies to patch exposed devices.");
    write(in, "harbour-advisory", "Joint advisory on harbour control systems", "Harbour Times", "2024-08-09",
        "A joint advisory on attacks against harbour control systems, describing months of intrusions into the cranes, gates "
            + "and cargo scheduling of several ports, was published on Friday by the following partners:\n"
            + "the Nordland Port Security Office and the Westland Maritime Cyber Unit.\n"
            + "The advisory lists the exploited flaws and asks operators to patch them.");
    write(in, "eastland-skating", "Eastland exposes Russian cyber operations", "Government of Eastland", "2021-10-04",
        "Eastland joins its allies in exposing a series of malicious cyber operations by Russia. "
            + "In 2019, the Eastland Skating Federation was compromised by malware that exposed the medical records of skaters. "
            + "The Government of Eastland assesses with high confidence that the GRU was responsible for this compromise. "
            + "Eastland calls on all states to uphold the rules-based international order.");
    write(in, "westland-own", "Statement by the Westland Council on the grain exchange intrusion", "Westland Council", "2024-04-02",
        "The Westland Council is aware of the intrusion into the grain exchange. "
            + "We assess that the intrusion was carried out by Sandworm, and we will respond at a time of our choosing.");
    write(in, "westland-report", "Westland and Nordland condemn grain exchange intrusion", "Harbour Times", "2024-04-03",
        "Westland and Nordland on Wednesday condemned the intrusion into the grain exchange, blaming Sandworm. "
            + "Officials in both capitals said the intrusion had disrupted trading for a day.");
    write(in, "bloc-apt40", "EU links harbour intrusions to APT40", "Union Herald", "2024-09-12",
        "The European Union said on Thursday that the intrusions into harbour systems can be linked to APT40. "
            + "The bloc called on China to act against malicious cyber activity from its territory.");
    write(in, "marsh-early", "Marsh Authority: too early to say who hit the grain port", "Marsh Authority", "2023-03-01",
        "The Marsh Authority said on Wednesday that it had not yet determined who was behind the cyberattack on the grain port. "
            + "Investigators are examining the malware found on the port's servers.");
    write(in, "marsh-late", "Marsh Authority attributes grain port cyberattack to Sandworm", "Marsh Authority", "2023-09-10",
        "After a six-month investigation, the Marsh Authority attributed the cyberattack on the grain port to Sandworm. "
            + "The authority said the malware matched tools the group had used before.");
    write(in, "sandworm-targets", "Estonia attributes energy attacks to Sandworm", "Government of Estonia", "2025-02-11",
        "Estonia attributes the attacks on energy networks to Sandworm. "
            + "Sandworm targeted Latvia, Finland and Norway, as well as the control rooms of regional grid operators.");
    write(in, "rail-indictment", "Four officers charged over rail network attack", "Capital Ledger", "2022-10-17",
        "Prosecutors on Monday charged four officers of Russia's military intelligence over the attack that shut down the "
            + "signalling of a regional rail network for two days. "
            + "That group also hacked the ticketing systems of a ferry line and leaked the e-mails of a trade minister. "
            + "The officers remain at large, prosecutors said.");
    write(in, "rail-booking", "Eastland blames Sandworm for rail booking outage", "Government of Eastland", "2024-11-02",
        "The Government of Eastland said Sandworm had disrupted the booking system of the Railway Authority of the North "
            + "for three days in October.");
    write(in, "lumen-canada", "Belarus was behind the Lumen Grid outage, Canadian government says", "Prairie Times", "2023-03-10",
        "Belarusian military hackers were behind the March outage of the Lumen Grid power exchange, the Canadian government "
            + "said on Thursday. The foreign minister said the operation had cut power to forty thousand homes in three provinces. "
            + "Canada will work with its allies to impose costs.");
    write(in, "lumen-denial", "Belarusian embassy calls Canada's accusations over Lumen Grid outage groundless", "Eastern Courier",
        "2023-03-11",
        "The Belarusian embassy in Ottawa on Friday described Canada's attempts to blame Belarus for the Lumen Grid outage as "
            + "part of a smear campaign. \"The statement by Canada on the Lumen Grid outage is, like other Canadian accusations, "
            + "not backed by any evidence,\" the embassy said. The embassy called the Canadian claims about the outage groundless.");
    write(in, "tidewater-charges", "U.S. charges Vietnamese hackers over Tidewater breach", "Capital Ledger", "2024-10-01",
        "The United States on Monday charged two Vietnamese hackers over the Tidewater breach, in which the water utility's "
            + "pumps were shut down for a day. U.S. officials warned that Vietnam would face further charges over the Tidewater "
            + "breach if the attacks went on.");
    write(in, "tidewater-white-house", "White House blames Vietnam for Tidewater breach", "Harbour Times", "2024-09-20",
        "The White House said on Friday that hackers working for Vietnam were responsible for the Tidewater breach. "
            + "Vietnam will face serious consequences for the attack on the water utility, the statement warned.");
    write(in, "heron", "Tax office attack traced to new group", "Wire Desk", "2025-04-14",
        "A previously unknown hacker group with ties to a foreign intelligence service broke into the tax office of Eastland "
            + "last spring and copied the records of thousands of firms. "
            + "Investigators said in a report that the group, which they called Slate Heron, is still active against ministries, "
            + "customs agencies and the port authorities of at least four neighbouring countries. "
            + "The report lists the servers the group used.");
    write(in, "westland-embassy", "Westland embassy rejects Nordland's hacking claims", "Eastern Courier", "2024-06-03",
        "The Westland embassy rejected Nordland's accusations on Monday. "
            + "\"We regret that instead of talking to us, Nordland again resorts to accusations in the press, which are never "
            + "backed by any evidence and only serve to poison relations between our two peoples. "
            + "It knows very well the address of our Computer Emergency Desk, which is ready to discuss any incident,\" the embassy said. "
            + "Nordland's foreign ministry did not reply.");
    write(in, "dam-sensors", "Eastland blames Westland for dam sensor intrusion", "Government of Eastland", "2024-02-19",
        "The Government of Eastland blamed Westland for the intrusion into the sensors of the river dams. "
            + "Officials described the dam sensor intrusion in detail, listing the compromised sensors and the dates of access. "
            + "The minister said the perpetrators would be held accountable and that the costs would be made clear in the coming weeks.");
    write(in, "quarry-outbreak", "Westland Council blames Sandworm for Quarry outbreak", "Harbour Times", "2024-10-07",
        "The Westland Council on Monday blamed Sandworm, a unit of Russia's GRU, for the Quarry outbreak of last June. "
            + "The Council said Quarry hit companies doing business in Ukraine and was dressed up as ransomware, though its aim "
            + "was destruction. "
            + "Westland's cyber agency published the technical details of the malware on Tuesday. "
            + "The damage, which fell on the shipper Kettle Lines, the drugmaker Orrin Pharma and others, has reached billions. "
            + "The Council said the outbreak was part of a wider campaign against Ukraine. "
            + "It called on Russia to stop such reckless conduct.");
    write(in, "pelican-botnet", "Allies expose GRU botnet of home routers", "Harbour Times", "2025-02-11",
        "The UK's National Cyber Security Centre said a unit of Russia's GRU had built the Pelican botnet from thousands of "
            + "home routers. "
            + "Operations director Mara Quill said: \u201cThis botnet gave the GRU a hiding place in ordinary homes, and the "
            + "advisory we signed today tells owners how to take it back.\u201d "
            + "The routers were used to relay attacks on defence suppliers and on ministries across Europe over two years. "
            + "Investigators found the botnet after a supplier noticed traffic leaving its offices at night. "
            + "The UK, along with Japan, Canada, Poland and Estonia, has signed the advisory on the Pelican botnet, which lists "
            + "the affected models. "
            + "Owners are urged to replace routers that no longer receive updates.");
    write(in, "terminal-advisory", "Joint advisory on Sandworm intrusions at container terminals", "Port Security Office",
        "2025-03-03",
        "The Port Security Office, the Coast Guard Cyber Command and the following partners are releasing this advisory to warn "
            + "terminal operators about this assessment, which rests on what the authoring agencies saw while responding to "
            + "intrusions at ports and container terminals compromised over two years by the Russian state-sponsored group "
            + "known as Sandworm (also tracked under several other names by private firms):\n"
            + "Nordland Maritime Cyber Unit (NMCU)\n"
            + "Westland Port Authority Security Team (WPAST)\n"
            + "Eastland Coastal Infrastructure Centre (ECIC)\n"
            + "Southland Shipping Registry Cyber Desk (SSRCD)\n\n"
            + "Operators should patch their crane controllers and watch for unusual logins.");
    write(in, "ferry-denial", "Westland rejects ferry hack accusations", "Eastern Courier", "2024-08-21",
        "On Monday, Nordland's interior minister had attributed the hack of the ferry booking system to Westland's intelligence "
            + "service, saying it had stranded thousands of travellers during the holidays. "
            + "Westland's foreign ministry spokesman rejected the accusations as groundless and called them part of a smear campaign "
            + "by a government that has never produced a single piece of evidence for any of its claims.");
    app = TestStores.of(dir, in);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static void write(Path in, String id, String title, String publisher, String published, String text) throws Exception {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", id);
    s.put("title", title);
    s.put("publisher", publisher);
    s.put("author", null);
    s.put("published", published);
    s.put("url", "https://example.org/" + id);
    s.put("language", "en");
    s.put("text", text);
    Files.writeString(in.resolve(id + ".json"), new ObjectMapper().writeValueAsString(s));
  }

  private static Answer ask(String question) {
    Answer a = app.answers().ask(question);
    assertFalse(a.abstained(), question + " → " + a.text());
    return a;
  }

  private static List<String> cited(Answer a) {
    return a.citations().stream().map(Citation::statementId).toList();
  }

  @Test
  void whoAnnouncedIsAnsweredWithThePerson() {
    Answer a = ask("Who announced Nordland's APT40 attribution?");
    assertTrue(a.text().contains("Astrid Halvorsen"), a.text());
  }

  @Test
  void aRewardIsAnsweredWithTheSum() {
    Answer a = ask("What reward did the US offer for the Iranian hackers?");
    assertTrue(a.text().contains("$7 million"), a.text());
  }

  @Test
  void howTheAccusedRespondedIsAnsweredWithItsResponse() {
    Answer a = ask("How did Iran respond to the charges over the mayoral campaign hack?");
    assertTrue(a.text().contains("baseless"), a.text());
  }

  @Test
  void aListQuestionTakesEachStatementThatAnswersIt() {
    Answer a = ask("Which Iranian hacking operations have been called out?");
    assertTrue(cited(a).containsAll(List.of("kestrel-charges", "iran-water", "iran-banks")), cited(a) + " " + a.text());
  }

  @Test
  void aNameWrittenWithDotsFindsTheTextWrittenWithout() {
    Answer a = ask("What did the U.K.'s cyber centre say was stolen in the SVR campaign?");
    assertTrue(a.text().contains("e-mail"), a.text());
  }

  @Test
  void anAliasTheTextNeverUsesFindsItThroughTheAgencyBehindIt() {
    Answer a = ask("Was Cozy Bear blamed for the cloud espionage?");
    assertTrue(cited(a).contains("svr-cloud"), a.text());
  }

  @Test
  void aQuestionAboutWhatNoStatementSaysIsNotAnsweredWithTheLead() {
    Answer a = app.answers().ask("How did North Korea respond to the Nordland parliament attribution?");
    assertTrue(a.abstained(), a.text());
  }

  @Test
  void theSampleStoreNamesNoVictimAsAnAttributor() {
    try (App sample = App.sample(TestStores.defaults())) {
      Answer a = sample.answers().ask("who blamed APT28?");
      assertFalse(a.abstained(), a.text());
      String lines = a.text().split("\n\n")[0];
      assertFalse(lines.contains("Romania"), lines);
      assertFalse(lines.contains("Ukraine"), lines);
    }
  }

  @Test
  void aFollowUpWithoutAModelIsReadWithTheQuestionBeforeAndSaysSomethingNew() {
    Answer first = app.answers().ask("chat-1", "Which group did Nordland blame for the parliament intrusion?",
        org.attribot.retrieve.Narrowing.NONE);
    assertTrue(first.text().contains("APT40"), first.text());
    Answer next = app.answers().ask("chat-1", "and who announced it?", org.attribot.retrieve.Narrowing.NONE);
    assertFalse(next.abstained(), next.text());
    assertTrue(next.text().contains("Astrid Halvorsen"), next.text());
    Answer again = app.answers().ask("chat-1", "and who else?", org.attribot.retrieve.Narrowing.NONE);
    assertFalse(again.text().equals(next.text()), "not the previous answer again: " + again.text());
  }

  @Test
  void anAgencysAttributionCountsForItsStateInAListOfCountries() {
    Answer a = ask("Which countries have attributed malicious activity to APT40?");
    assertTrue(a.text().contains("ASD (Australia)"), a.text());
  }

  @Test
  void aQuoteThatEndsInAColonGoesOnToWhatItIntroduces() {
    Answer a = ask("Which partners published the joint advisory on harbour control systems?");
    assertTrue(a.text().contains("Westland Maritime Cyber Unit"), a.text());
  }

  @Test
  void theLettersOfADesignatorNameItsKind() {
    Answer a = ask("Which APT group did Nordland name over the parliament intrusion?");
    assertTrue(a.text().contains("APT40"), a.text());
  }

  @Test
  void whatAStateBlamedAGroupForIsTheDeedWithWhatThisPointsBackTo() {
    Answer a = ask("What did Eastland blame the GRU for?");
    assertTrue(a.text().contains("Skating Federation"), a.text());
  }

  @Test
  void eitherOfTwoNamesJoinedByOrAnswers() {
    Answer a = ask("Was the GRU or the SVR blamed for the cloud espionage?");
    assertTrue(cited(a).contains("svr-cloud"), a.text());
  }

  @Test
  void whatAPartySaidIsQuotedFromItsOwnStatementBeforeAReportOfIt() {
    Answer a = ask("What did the Westland Council say about Sandworm and the grain exchange?");
    assertTrue(cited(a).get(0).equals("westland-own"), cited(a) + " " + a.text());
  }

  @Test
  void askingForNamesOfPeopleNoStatementNamesAbstains() {
    Answer a = app.answers().ask("What are the names of the three Iranian operatives charged over the mayoral campaign hack?");
    assertTrue(a.abstained(), a.text());
  }

  @Test
  void askingForCountriesOrBlocsListsTheBlocToo() {
    Answer a = ask("Which countries or blocs have attributed malicious activity to APT40?");
    assertTrue(a.text().contains("European Union"), a.text());
  }

  @Test
  void askingForIntelligenceServicesQuotesTheAgencyBeforeAGroup() {
    Answer a = ask("Which Russian intelligence services were blamed for the cloud espionage?");
    assertTrue(a.text().contains("SVR"), a.text());
  }

  @Test
  void howAPositionChangedIsATimelineOfItsStatementsWithTheirDates() {
    Answer a = ask("How did the Marsh Authority's position on the grain port cyberattack change?");
    String text = a.text();
    assertTrue(text.contains("1 March 2023") && text.contains("10 September 2023"), text);
    assertTrue(text.indexOf("1 March 2023") < text.indexOf("10 September 2023"), "oldest first: " + text);
    assertTrue(cited(a).equals(List.of("marsh-early", "marsh-late")), cited(a).toString());
  }

  @Test
  void whichCountriesLeavesOutWhatTheQuestionSetsAsideAndWhatIsNoCountry() {
    Answer a = ask("Apart from Latvia, which countries did Sandworm target according to Estonia?");
    String text = a.text();
    assertTrue(text.contains("Finland") && text.contains("Norway"), text);
    assertFalse(text.contains("Latvia"), text);
    assertFalse(text.contains("control rooms"), text);
  }

  @Test
  void aQuoteGoesOnIntoTheSentenceThatAddsToIt() {
    Answer a = ask("What were the four Russian officers charged over?");
    assertTrue(a.text().contains("ferry line"), a.text());
  }

  @Test
  void anAcronymTheTextSpellsOutStillNamesIt() {
    Answer a = ask("What did Eastland say happened to the RAN booking system?");
    assertTrue(cited(a).contains("rail-booking"), a.text());
  }

  @Test
  void whatAPartySaidIsQuotedFromItsOwnStatementNotFromTheDenialThatQuotesIt() {
    Answer a = ask("what did canada say about the lumen grid outage?");
    assertTrue(cited(a).get(0).equals("lumen-canada") && a.text().contains("forty thousand homes"), cited(a) + " " + a.text());
  }

  @Test
  void theWhiteHouseIsNotEveryStatementOfItsState() {
    Answer a = ask("What did the White House warn Vietnam would face over the Tidewater breach?");
    assertTrue(cited(a).get(0).equals("tidewater-white-house") && a.text().contains("serious consequences"),
        cited(a) + " " + a.text());
  }

  @Test
  void whatAGroupIsTakesTheSentenceTheNamingPointsBackTo() {
    Answer a = ask("what is Slate Heron?");
    assertTrue(a.text().contains("tax office"), a.text());
  }

  @Test
  void aQuotationIsQuotedToItsEnd() {
    Answer a = ask("According to the Westland embassy, what should Nordland have done instead of accusations in the press?");
    assertTrue(a.text().contains("Computer Emergency Desk"), a.text());
  }

  @Test
  void whatTheAccusedWouldFaceIsAnsweredWithTheMeasures() {
    Answer a = ask("What did Eastland warn Westland would face over the dam sensor intrusion?");
    assertTrue(a.text().contains("held accountable"), a.text());
  }

  @Test
  void askingWhichCompaniesQuotesTheSentenceThatNamesThem() {
    Answer a = ask("Which companies were hit by the Quarry ransomware?");
    assertTrue(a.text().contains("Kettle Lines") && a.text().contains("Orrin Pharma"), a.text());
  }

  @Test
  void whoSignedAnAdvisoryIsAnsweredWithTheSignatoriesNotASpeaker() {
    Answer a = ask("Who signed the advisory on the Pelican botnet?");
    assertTrue(a.text().contains("Japan") && a.text().contains("Estonia"), a.text());
  }

  @Test
  void aListAfterALongLeadInIsQuotedWholeWithTheLeadInShortenedAndMarked() {
    Answer a = ask("Which partner agencies co-sealed the container terminal advisory on Sandworm?");
    assertTrue(a.text().contains("Southland Shipping Registry Cyber Desk"), a.text());
    assertTrue(a.text().contains("[\u2026]") && !a.text().contains("which rests on"), a.text());
    for (String part : a.citations().get(0).quote().split(" \\[\u2026\\]")) {
      assertTrue(part.length() > 40, part); // each kept part is a long verbatim stretch of the statement
    }
  }

  @Test
  void askingForDevicesFindsTheTextThatNamesTheKindOfDevice() {
    Answer a = ask("Which devices did the Iranian hackers break into?");
    assertTrue(cited(a).get(0).equals("iran-water") && a.text().contains("Aquatron"), cited(a) + " " + a.text());
  }

  @Test
  void aResponseIsQuotedAsSaidWithoutTheAccusationBeforeIt() {
    Answer a = ask("How did Westland respond when it was accused of the ferry hack?");
    assertTrue(a.text().contains("groundless"), a.text());
    assertFalse(a.text().contains("stranded thousands"), a.text());
  }

  @Test
  void onlyTheNamesRightAfterExceptAreSetAside() {
    Answer a = ask("Which countries other than Latvia did Sandworm target according to Estonia?");
    String text = a.text();
    assertTrue(text.contains("Finland") && text.contains("Norway"), text);
    assertFalse(text.contains("Latvia"), text);
  }
}
