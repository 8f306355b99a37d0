package org.attribot.claim;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.actor.Gazetteer;
import org.attribot.statement.Sentence;
import org.attribot.statement.TextSplitter;

/**
 * The victims a statement names: states where victims are named, sectors in sentences about
 * attacks ("logistics, defence … were targeted"), and named organisations after the words
 * that name victims ("against the Electoral Commission").
 */
final class Victims {
  /** A named organisation after the words that name victims: "against the Electoral Commission", "targeted TV5Monde". */
  private static final Pattern NAMED_TARGET = Pattern.compile("\\b(?:against|targeting|targeted|attacks? on|cyberattacks? on"
      + "|hack(?:ed|ing)?(?: into)?|breach(?:ed)?(?: of)?|compromise of|compromised|accounts of)[ \\t]+(?:the[ \\t]+|a[ \\t]+|an[ \\t]+)?"
      + "((?:[A-Z][\\w’'.&-]*)(?:[ \\t]+(?:[A-Z][\\w’'.&-]*|of|for|and)){0,6})");
  /** Sectors named as victims, in the words statements use. */
  private static final Pattern SECTOR = Pattern.compile("\\b(logistics|defen[cs]e|aerospace|IT services|IT(?= sectors?| companies"
      + "| firms)|maritime|airports?|ports"
      + "|air traffic management|energy|telecommunications?|critical infrastructure|media|financial|banks?|healthcare|hospitals?"
      + "|government (?:institutions|entities|agencies|systems)|governmental entities|political part(?:y|ies)|parliament(?:arians)?"
      + "|elections?|electoral (?:process|systems?)|e-mail accounts|email accounts|cryptocurrency exchanges?|universities"
      + "|think tanks|journalists|military bases)\\b");
  /** Words of a sentence that names victims: only there do sector words name targets. */
  private static final Pattern VICTIM_WORDS = Pattern.compile("(?i)\\b(target\\w*|attack\\w*|hack\\w*|compromis\\w*|against"
      + "|breach\\w*|hit|went after|intrusions?|espionage)\\b");
  private static final Pattern NOT_A_TARGET = Pattern.compile("(?i)(the|a|an|it|its|their|our|this|these|those|and|of|in|on)");

  private final Gazetteer gazetteer;
  private final Set<String> sponsors;

  Victims(Gazetteer gazetteer, Set<String> sponsors) {
    this.gazetteer = gazetteer;
    this.sponsors = sponsors;
  }

  /** The victims named in {@code span} of the text: states where victims are named, and named organisations attacked. */
  List<String> named(String text, List<Party> here, Set<String> accusedStates, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < here.size(); i++) {
      Party p = here.get(i);
      if (p.role(sponsors) == Party.Role.STATE && !accusedStates.contains(p.name()) && Positions.isTarget(text, here, i)) {
        out.add(p.name());
      }
    }
    for (Sentence sentence : TextSplitter.sentences(text.substring(from, to))) {
      if (VICTIM_WORDS.matcher(sentence.text()).find()) {
        Matcher sector = SECTOR.matcher(sentence.text());
        while (sector.find()) {
          out.add(sector.group(1));
        }
      }
    }
    Matcher m = NAMED_TARGET.matcher(text).region(from, to);
    while (m.find()) {
      String name = m.group(1).replaceAll("\\s+(of|for|and|the)$", "").strip();
      if (name.length() > 2 && gazetteer.find(name).isEmpty() && !NOT_A_TARGET.matcher(name).matches()) {
        out.add(name);
      }
    }
    return List.copyOf(out);
  }

  /** States named as victims somewhere and never where they speak. */
  Set<String> only(String text, List<Party> parties, Set<String> accusedStates) {
    Set<String> victims = new HashSet<>();
    Set<String> speaking = new HashSet<>();
    for (int i = 0; i < parties.size(); i++) {
      Party p = parties.get(i);
      if (p.role(sponsors) != Party.Role.STATE) {
        continue;
      }
      if (Positions.isTarget(text, parties, i)) {
        victims.add(p.name());
      }
      if (Positions.speaking(text, parties, i)) {
        speaking.add(p.name());
      }
    }
    victims.removeAll(speaking);
    return victims;
  }
}
