package org.attribot.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.actor.Mention;
import org.attribot.retrieve.Words;

/**
 * Whether what a sentence asserts is in the text it cites: every actor, agency, state or
 * attributing body it names (through the actor list, under any of its names: "Fancy Bear" is
 * supported by "APT28") and every number and year it gives must occur there. A state is also
 * supported by one of its own agencies ("the GRU" supports "Russia"); a group is never
 * supported by its sponsor alone, nor an agency or a state by a group it runs, since that
 * link would be the model's knowledge, not the source's. Citation markers are ignored.
 */
public final class Support {
  /** Why a sentence is not supported. */
  public enum Fault {
    /** It names an actor, agency, state or body the cited text does not. */
    NAME,
    /** It gives a number or year the cited text does not. */
    NUMBER,
    /** Its names and numbers are there, but no window of the cited text is close to it in meaning ({@link Meaning}). */
    MEANING
  }

  private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}]");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)*");
  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
      Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
      Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
      Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"),
      Map.entry("fourteen", "14"), Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"),
      Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"), Map.entry("thirty", "30"),
      Map.entry("forty", "40"), Map.entry("fifty", "50"), Map.entry("sixty", "60"), Map.entry("seventy", "70"),
      Map.entry("eighty", "80"), Map.entry("ninety", "90"), Map.entry("hundred", "100"));

  private final Gazetteer gazetteer;

  public Support(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** What {@code sentence} asserts that {@code cited} does not hold, or null when it holds everything. */
  public Fault check(String sentence, String cited) {
    String claim = MARKER.matcher(sentence).replaceAll(" ");
    Set<String> names = names(cited);
    for (Mention m : gazetteer.find(claim)) {
      if (m.entities().stream().noneMatch(e -> names.contains(e.canonical()))) {
        return Fault.NAME;
      }
    }
    Set<String> numbers = numbers(cited);
    for (String n : numbers(claim)) {
      if (!numbers.contains(n)) {
        return Fault.NUMBER;
      }
    }
    return null;
  }

  /**
   * {@code sentence} with every name it shares with {@code cited} written as {@code cited} first
   * writes it ("Forest Blizzard" becomes "APT 28" when that is the cited text's name for the group),
   * so that comparing their meaning does not depend on which alias each uses.
   */
  public String inNamesOf(String sentence, String cited) {
    java.util.Map<String, String> written = new java.util.HashMap<>();
    for (Mention m : gazetteer.find(cited)) {
      for (Entity e : m.entities()) {
        written.putIfAbsent(e.canonical(), m.matched());
      }
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Mention m : gazetteer.find(sentence)) {
      if (m.start() < at) {
        continue;
      }
      String as = m.entities().stream().map(e -> written.get(e.canonical())).filter(java.util.Objects::nonNull)
          .findFirst().orElse(m.matched());
      out.append(sentence, at, m.start()).append(as);
      at = m.end();
    }
    return out.append(sentence.substring(at)).toString();
  }

  /** The canonical names {@code text} names, with the state of every agency it names. */
  private Set<String> names(String text) {
    Set<String> out = new HashSet<>();
    for (Mention m : gazetteer.find(text)) {
      for (Entity e : m.entities()) {
        out.add(e.canonical());
        if (e.kind() == Entity.Kind.ORGANISATION && e.state() != null) {
          out.add(e.state());
        }
      }
      // "Russia's military intelligence" names the GRU, and Russia too
      for (Words.Token word : Words.tokens(m.matched())) {
        if (word.raw().length() < m.matched().length()) {
          gazetteer.lookup(word.raw(), Entity.Kind.COUNTRY).forEach(c -> out.add(c.canonical()));
        }
      }
    }
    return out;
  }

  /** The numbers in {@code text}, as digits without thousands separators or leading zeros; number words as digits. */
  static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(normal(m.group()));
    }
    for (Words.Token t : Words.tokens(text)) {
      String digits = NUMBER_WORDS.get(t.lower());
      if (digits != null) {
        out.add(digits);
      }
    }
    return out;
  }

  private static String normal(String number) {
    String n = number.matches("\\d{1,3}(,\\d{3})+") ? number.replace(",", "") : number;
    n = n.replaceFirst("^0+(?=\\d)", "");
    return n.toLowerCase(Locale.ROOT);
  }
}
