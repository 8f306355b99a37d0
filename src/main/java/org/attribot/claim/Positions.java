package org.attribot.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attribot.statement.Sentence;

/**
 * Where a name sits in a sentence: where victims are named ("against Germany", "Czechia …
 * were targeted"), where a party speaks ("X said", "attributions made by X"), and the lists of
 * names ("Estonia, France and the UK") that share their neighbour's position.
 */
final class Positions {
  /** Words before a name that make it a victim. */
  private static final Pattern TARGET_BEFORE = Pattern.compile("(?i)\\b(against|targeting|targeted|target of|attacks? on"
      + "|cyberattacks? on|on|in|including|across|hit|of the|into)\\s+((the|several|other|many|some|its|our|all)\\s+)?$");
  /** Words before a name that make it part of another body, not a speaker ("part of GCHQ"). */
  private static final Pattern PART_OF = Pattern.compile("(?i)\\b(part of|within|unit of)\\s+(the\\s+)?$");
  /** Words after a name (or a list of names) that make it a victim. */
  private static final Pattern TARGET_AFTER = Pattern.compile("(?i)^('s?|’s?)?\\s*(\\w+\\s+){0,2}(was|were|have been|has been|had been"
      + "|are|is)\\s+(\\w+\\s+)?(targeted|assaulted|attacked|hit|compromised|a target)|^\\s+targeted\\b|^\\s+(among them|included|among the targets|among the victims)\\b|^('s?|’s?)?\\s+(governing\\s+)?"
      + "(social democrat\\w*|parliament\\w*|institutions|electoral|infrastructure|companies|citizens|territory|border)"
      + "|^\\s+(\\w+\\s+){0,2}(carriers|providers|firms|businesses|networks|systems|servers|sectors?|industr\\w+|hospitals|universities"
      + "|banks|elections?|voters|chains|operators|utilities|critical infrastructure)\\b");
  /** What joins the names of a list: "Estonia, France and the UK". */
  private static final Pattern LISTED = Pattern.compile("(?i)(\\s+members)?(\\s*\\([^()]{1,30}\\))?\\s*(,|and|, and|or|&)\\s*(the\\s+)?");
  /** A state named where it speaks: "X said", "X has attributed", "X's foreign ministry", "made by X". */
  private static final Pattern SPEAKS_AFTER = Pattern.compile("(?i)^('s?|’s?)?\\s*((\\w+\\s+){0,4}(said|says|stated|announced"
      + "|attributed|accused|blamed|condemn\\w*|expos\\w*|names|named|has|have|had|ministry|minister|foreign|together|told|warned"
      + "|assess\\w*|director|spokes\\w*|released"
      + "|interior|embassy|authorities|officials|prosecutors?|intelligence services|security agencies|jointly)\\b)");
  private static final Pattern SPEAKS_BEFORE = Pattern.compile("(?i)\\b(by|according to|with|from)\\s+(the\\s+)?$");

  private Positions() {}

  /** Whether the name is part of another body's ("part of GCHQ"), so not a speaker. */
  static boolean partOf(String text, Party p) {
    return PART_OF.matcher(text.substring(Math.max(0, p.start() - 20), p.start())).find()
        || OWNS_A_THING.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 40))).find();
  }

  /**
   * A name owning something that cannot speak ("Ukraine's experience", "Romania's networks"): the
   * sentence speaks of it, not through it. Its institutions and officials still speak.
   */
  private static final Pattern OWNS_A_THING = Pattern.compile("^('s|’s)\\s+(?!(\\w+\\s+)?(foreign|ministry|ministers?|government"
      + "|president|prime|premier|chancellor|intelligence|agency|agencies|security|embassy|office|department|spokes\\w+|national"
      + "|cyber|authorities|officials?|leaders?|secretary|defen[cs]e|military|police|parliament|council|cabinet|state|justice"
      + "|mission|envoy|ambassador|top|chief|head|deputy|senior|own)\\b)\\w+");

  /** Prepositions before a name that make it an object, not a speaker ("aid to Moldova", "threat to the UK"). */
  private static final Pattern OBJECT_BEFORE = Pattern.compile("(?i)\\b(to|for|of|on|at|about|over|into|towards?|than|between|among"
      + "|via|through|like|across|within|inside|upon|beyond)\\s+(the\\s+)?$");
  /** An institution "of" a state speaks as that state: "the Government of Canada", "the Ministry of Foreign Affairs of Japan". */
  private static final Pattern INSTITUTION_OF = Pattern.compile("(?i)\\b(government|ministry|minister|president|prime minister|embassy"
      + "|authorities|republic|kingdom|secretary|department|parliament|foreign affairs|chancellor|office|council|defen[cs]e"
      + "|cabinet|state)\\s+of\\s+(the\\s+)?$");
  /** Words after a name (or list) that make it a group of members, not one speaker ("EU and OSCE countries"). */
  private static final Pattern MEMBERS_AFTER = Pattern.compile("(?i)^\\s+(member\\s+)?(countries|states|nations|governments)\\b");

  /**
   * Whether the i-th name (with its list) stands where an object stands, after a preposition
   * ("aid to Moldova") or as a list of members ("EU and OSCE countries"), not where it
   * speaks.
   */
  static boolean isObject(String text, List<Party> here, int i) {
    int[] chain = chain(text, here, i);
    Party head = here.get(chain[0]);
    Party tail = here.get(chain[1]);
    String before = text.substring(Math.max(0, head.start() - 40), head.start());
    if (OBJECT_BEFORE.matcher(before).find() && !INSTITUTION_OF.matcher(before).find()
        && !SPEAKS_BEFORE.matcher(before).find() && !speaking(text, here, i)) {
      return true;
    }
    return MEMBERS_AFTER.matcher(text.substring(tail.end(), Math.min(text.length(), tail.end() + 30))).find();
  }

  /** Whether {@code name} is named in this sentence where a party speaks ("X said", "made by X"). */
  static boolean speaks(String text, List<Party> here, String name) {
    for (int i = 0; i < here.size(); i++) {
      if (here.get(i).name().equals(name) && speaking(text, here, i)) {
        return true;
      }
    }
    return false;
  }

  static boolean speaking(String text, List<Party> parties, int i) {
    Party p = parties.get(i);
    int[] chain = chain(text, parties, i);
    Party head = parties.get(chain[0]);
    Party tail = parties.get(chain[1]);
    return SPEAKS_BEFORE.matcher(text.substring(Math.max(0, head.start() - 30), head.start())).find()
        || SPEAKS_AFTER.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 50))).find()
        || SPEAKS_AFTER.matcher(text.substring(tail.end(), Math.min(text.length(), tail.end() + 50))).find();
  }

  /** Whether the i-th name (with the list of names it belongs to) sits where victims are named. */
  static boolean isTarget(String text, List<Party> here, int i) {
    int[] chain = chain(text, here, i);
    int first = chain[0];
    int last = chain[1];
    Party head = here.get(first);
    String before = text.substring(Math.max(0, head.start() - 40), head.start());
    if (TARGET_BEFORE.matcher(before).find()) {
      return true;
    }
    Party p = here.get(i);
    String after = text.substring(p.end(), Math.min(text.length(), p.end() + 60));
    String afterList = text.substring(here.get(last).end(), Math.min(text.length(), here.get(last).end() + 60));
    return TARGET_AFTER.matcher(after).find() || (last != i && TARGET_AFTER.matcher(afterList).find());
  }

  /** The first and last index of the list of names ("Estonia, France and the UK") the i-th name belongs to. */
  static int[] chain(String text, List<Party> here, int i) {
    int first = i;
    while (first > 0 && listed(text, here.get(first - 1), here.get(first))) {
      first--;
    }
    int last = i;
    while (last + 1 < here.size() && listed(text, here.get(last), here.get(last + 1))) {
      last++;
    }
    return new int[] {first, last};
  }

  static boolean listed(String text, Party a, Party b) {
    if (b.start() < a.end()) {
      return false;
    }
    String between = text.substring(a.end(), b.start());
    return LISTED.matcher(between).matches();
  }

  static List<Party> within(List<Party> parties, Sentence sentence) {
    List<Party> out = new ArrayList<>();
    for (Party p : parties) {
      if (p.start() >= sentence.start() && p.end() <= sentence.end()) {
        out.add(p);
      }
    }
    return out;
  }

}
