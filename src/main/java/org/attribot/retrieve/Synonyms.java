package org.attribot.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words that attribution statements use interchangeably ("blamed", "accused", "attributed";
 * "hacked", "targeted", "compromised"), so a question in one wording finds a statement in
 * another. Groups are matched by stem.
 */
final class Synonyms {
  private static final List<List<String>> GROUPS = List.of(
      List.of("blame", "accuse", "attribute", "attribution", "responsible", "responsibility", "culprit", "perpetrator",
          "implicate", "behind", "condemn", "pin", "finger"),
      List.of("hack", "hacker", "attack", "cyberattack", "compromise", "breach", "intrusion", "target", "hit",
          "assault", "infiltrate"),
      List.of("agency", "service", "directorate", "unit"),
      List.of("deny", "denial", "reject", "dismiss", "refute", "admit", "acknowledge"),
      List.of("respond", "response", "react", "reaction", "reply", "answer", "reject", "deny", "denial"),
      List.of("steal", "stole", "stolen", "theft", "heist", "loot"),
      List.of("country", "state", "nation", "government", "ally"),
      List.of("sanction", "penalty", "penalise", "penalize"),
      List.of("malware", "tool", "implant", "backdoor", "software"),
      List.of("exploit", "vulnerability", "flaw", "weakness"),
      List.of("election", "electoral", "vote", "voting"),
      List.of("spy", "espionage", "spying"),
      List.of("mp", "parliamentarian", "lawmaker", "legislator"),
      List.of("sign", "signatory", "co-sign", "cosign", "coauthor", "co-author", "partner"),
      List.of("charge", "indict", "indictment", "prosecute"),
      List.of("olympic", "olympics", "games"),
      List.of("email", "mail"),
      List.of("earlier", "previous", "previously", "past", "former", "prior"),
      List.of("company", "firm", "business", "corporation", "enterprise"),
      List.of("device", "controller", "router", "modem", "firewall", "appliance", "camera", "equipment", "hardware"),
      List.of("telecom", "telecoms", "telecommunication", "telecommunications", "telco", "carrier"),
      List.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"));

  private static final Map<String, List<String>> BY_STEM = new HashMap<>();

  static {
    for (List<String> group : GROUPS) {
      for (String word : group) {
        BY_STEM.computeIfAbsent(Words.stem(word), k -> new ArrayList<>()).addAll(group);
      }
    }
  }

  private Synonyms() {}

  /** The word itself and the words of its groups (surface forms), the word first. */
  static List<String> of(String lower) {
    Set<String> out = new LinkedHashSet<>();
    out.add(lower);
    List<String> group = BY_STEM.get(Words.stem(lower));
    if (group != null) {
      out.addAll(group);
    }
    return List.copyOf(out);
  }
}
