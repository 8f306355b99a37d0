package org.attribot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.actor.Entity;
import org.attribot.actor.Mention;
import org.attribot.retrieve.AnswerType;
import org.attribot.retrieve.Term;
import org.attribot.retrieve.Words;

/**
 * Whether a sentence holds an answer of the kind a question asks for — a date, a number, a
 * sum, a person, a list of names, the accused's response, states, an actor — read from the
 * way such facts are written in English, not from any one statement. Each cue is a degree
 * (0..1): how plainly the sentence carries such an answer.
 */
final class TypeCues {
  private static final Pattern TIME = Pattern.compile(
      "\\b(1[89]|20)\\d\\d\\b|\\b(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|last (year|month|week)|this (year|month|week)|yesterday"
          + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNT = Pattern.compile(
      "\\b\\d[\\d,.]*\\b|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds|thousands"
          + "|millions|several|a few)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AMOUNT = Pattern.compile(
      "[$€£¥]\\s?\\d|\\b\\d[\\d.,]*\\s?(bn|m|k|billion|million|thousand|trillion)\\b|\\b(dollars?|euros?|pounds?|usd|eur|gbp)\\b",
      Pattern.CASE_INSENSITIVE);
  /** How an accused state answers: denials, dismissals, demands for evidence, counter-charges. */
  private static final Pattern RESPONSE = Pattern.compile(
      "\\b(reject\\w*|den(y|ied|ies|ial|ials)|dismiss\\w*|baseless|groundless|unfounded|unsubstantiated|smear\\w*|slander\\w*"
          + "|fabricat\\w*|nonsense|absurd|provocation|politically motivated|no evidence|without evidence|any evidence"
          + "|firmly oppos\\w*|strongly oppos\\w*|oppose\\w*|hit back|retaliat\\w*|countermeasures|irresponsible|hypocri\\w*"
          + "|rebuff\\w*|refut\\w*|lies|lie|false|victims? of|unwarranted|made up|out of thin air|political motiv\\w*"
          + "|russophob\\w*|hysteria|witch.?hunt|campaign against)\\b",
      Pattern.CASE_INSENSITIVE);
  /** What accusers do or threaten: consequences, sanctions, a coordinated response. */
  private static final Pattern MEASURES = Pattern.compile(
      "\\b(consequences?|sanction\\w*|measures|accountab\\w*|costs?|coordinated|joint(ly)?|respon(d|ds|se|ses)|deter\\w*"
          + "|counter(ing)?|retaliat\\w*|expel\\w*|summon\\w*|indict\\w*|punish\\w*|impos\\w*|tolerate|defend)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Words that introduce or entitle a person. */
  private static final Pattern PERSON_CUE = Pattern.compile(
      "\\b(Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Minister|Secretary|Spokes\\w+|spokes\\w+|Director|Chancellor|President|Premier"
          + "|Ambassador|Commissioner|General|Attorney|Senator|Representative|Chief|Deputy|minister|secretary|director"
          + "|ambassador|official)\\b\\.?,?\\s+(?:[A-Z][\\w'\u2019.-]*\\s+){0,3}[A-Z][a-z][\\w'\u2019-]*"
          + "|[A-Z][a-z]+\\s+[A-Z][a-z]+(?:,\\s+(?:the\\s+)?[\\w\\s]{0,40})?,?\\s+(said|says|told|stated|wrote|added|announced"
          + "|warned|tweeted|noted)\\b"
          + "|\\b(said|says|told|stated|wrote|added|announced|warned|according to)\\s+(?:[a-z]+,?\\s+){0,4}[A-Z][a-z]+\\s+[A-Z][a-z]+");
  /** Capitalised words that are not names of things: titles, months, sentence glue. */
  private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They",
      "We", "Our", "In", "On", "At", "By", "For", "But", "And", "Or", "A", "An", "As", "If", "Mr", "Ms", "Mrs", "Dr", "January",
      "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Minister", "Secretary", "President",
      "Government", "Department", "Ministry", "Office", "Agency", "Council", "National", "Federal", "State", "Foreign", "I");

  private TypeCues() {}

  /**
   * How plainly {@code sentence} holds an answer of {@code type}.
   *
   * @param named the entities the sentence names
   * @param mentions where in the sentence the actor list finds a name (its characters)
   * @param asked the canonical names the question itself names (not an answer)
   * @param asksWord whether a lower-case word is one of the question's own (not an answer either)
   */
  static double fit(AnswerType type, String sentence, Set<ReadStatement.Named> named, List<Mention> mentions,
      Set<String> asked, Predicate<String> asksWord) {
    return switch (type) {
      case TIME -> TIME.matcher(sentence).find() ? 1 : 0;
      case COUNT -> COUNT.matcher(sentence).find() ? 1 : 0;
      case AMOUNT -> AMOUNT.matcher(sentence).find() ? 1 : 0;
      case RESPONSE -> Math.min(1, count(RESPONSE, sentence) / 2.0);
      case MEASURES -> Math.min(1, count(MEASURES, sentence) / 2.0);
      case PERSON -> PERSON_CUE.matcher(sentence).find() ? 1 : 0;
      case NAMES -> names(sentence, mentions, asksWord);
      case PLACES -> Math.min(fresh(named, asked, true), 4) / 4.0;
      case ACTOR -> accused(named, asked, false);
      case AGENCY -> accused(named, asked, true);
      case OTHER -> 0;
    };
  }

  /** Whether a question of {@code type} can only be answered by a sentence with such a cue. */
  static boolean required(AnswerType type) {
    return type == AnswerType.TIME || type == AnswerType.COUNT || type == AnswerType.AMOUNT;
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Entities of the kind asked for that the question did not name itself. */
  private static int fresh(Set<ReadStatement.Named> named, Set<String> asked, boolean countriesOnly) {
    int n = 0;
    for (ReadStatement.Named e : named) {
      if (!asked.contains(e.canonical()) && (!countriesOnly || e.kind() == Entity.Kind.COUNTRY)) {
        n++;
      }
    }
    return n;
  }

  /** How plainly the sentence names someone to blame the question did not name: a group, else an agency, else a state (agency first when asked for one). */
  private static double accused(Set<ReadStatement.Named> named, Set<String> asked, boolean agencyFirst) {
    double best = 0;
    for (ReadStatement.Named e : named) {
      if (!asked.contains(e.canonical())) {
        double group = agencyFirst ? 0.5 : 1;
        double agency = agencyFirst ? 1 : 0.75;
        best = Math.max(best, e.kind() == Entity.Kind.ACTOR ? group : e.kind() == Entity.Kind.ORGANISATION ? agency : 0.5);
      }
    }
    return best;
  }

  /** A word as written. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\w&.'\u2019-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
  /** Parts of the world and their adjectives: where, not what ("across Europe, Asia and the Americas"). */
  private static final Set<String> REGIONS = Set.of("Europe", "European", "Europeans", "Asia", "Asian", "Africa", "African",
      "America", "Americas", "American", "Americans", "Oceania", "Pacific", "Atlantic", "Arctic", "Antarctica", "Middle",
      "East", "West", "North", "South", "Eastern", "Western", "Northern", "Southern", "Central", "Latin", "Baltic",
      "Baltics", "Nordic", "Balkan", "Balkans", "Caribbean", "Gulf", "Mediterranean", "Scandinavia", "Scandinavian",
      "Indo-Pacific", "Eurasia", "Alliance", "Allies");
  /** Words of a person's title or office: a name holding one is someone's title ("Deputy Foreign Minister"), not a thing. */
  private static final Set<String> TITLES = Set.of("Minister", "Secretary", "President", "Prime", "Chancellor", "Director",
      "Correspondent", "Editor", "Reporter", "Spokesman", "Spokeswoman", "Spokesperson", "Ambassador", "Chief", "Deputy",
      "Commissioner", "Officer", "Head", "Adviser", "Advisor", "Analyst", "Senator", "Governor", "Mayor", "King", "Queen",
      "Prince", "Admiral", "Adm", "Vice", "General", "Gen", "Col", "Lt", "Sgt", "Lord", "Sir", "Lady", "Mr", "Mrs", "Ms",
      "Dr", "Professor", "Prof", "Judge", "Attorney", "Representative", "Rep", "Sen", "Councillor", "Chairman", "Chair");
  /** Small words inside a name ("Ministry of Defence", "Centre for Cyber Security"). */
  private static final Set<String> INSIDE_NAME = Set.of("of", "for", "the", "de", "du", "von", "van", "der");
  /** What may stand between two items of a list of names: a comma or "and", a word or two saying what the next one is. */
  private static final Pattern LIST_GAP = Pattern.compile(
      "\\s*(?:[,;]\\s*(?:(?:and|or|as well as)\\s+)?|\\s+(?:and|or|as well as|&)\\s+)(?:the\\s+)?(?:[a-z][\\w-]*\\s+){0,2}");
  /** A short aside in brackets: an acronym or alias of the name before it, not another name. */
  private static final Pattern ASIDE = Pattern.compile("\\([^()]{1,16}\\)");

  /**
   * How plainly a sentence names things the question asks for ("which companies"): names the
   * question does not say itself and the actor list does not know (states, groups and agencies
   * are other kinds of answer), most of all several of them listed together ("Acme, Globex and
   * others", "such as A, B and C"). A name alone is a weak cue; two listed, strong; three, full.
   */
  static double names(String sentence, List<Mention> mentions, Predicate<String> asksWord) {
    int[] found = scanNames(sentence, mentions, asksWord);
    double listed = found[1] >= 2 ? 0.5 + found[1] / 6.0 : 0;
    return Math.min(1, Math.max(listed, found[0] > 0 ? 0.5 : 0));
  }

  /** How many names the question asks for a sentence lists together (0 for no list of two or more). */
  static int listed(String sentence, List<Mention> mentions, Predicate<String> asksWord) {
    int longest = scanNames(sentence, mentions, asksWord)[1];
    return longest >= 2 ? longest : 0;
  }

  /** {how many fresh names, the longest run of them written as a list}. */
  private static int[] scanNames(String sentence, List<Mention> mentions, Predicate<String> asksWord) {
    String text = blankAsides(sentence);
    List<int[]> runs = new ArrayList<>(); // {start, end, fresh}
    Matcher m = TOKEN.matcher(text);
    int[] run = null;
    int pendingFrom = -1;
    boolean first = true;
    while (m.find()) {
      String word = m.group();
      boolean capital = Character.isUpperCase(word.charAt(0));
      boolean leading = first;
      first = false;
      if (capital && !leading) {
        boolean fresh = !NOT_NAMES.contains(word) && !REGIONS.contains(word) && !asksWord.test(word.toLowerCase(Locale.ROOT))
            && !known(m.start(), m.end(), mentions);
        boolean joined = run != null && blank(text, pendingFrom >= 0 ? pendingFrom : run[1], m.start());
        if (joined) {
          run[1] = m.end();
          run[2] |= fresh ? 1 : 0;
        } else {
          run = new int[] {m.start(), m.end(), fresh ? 1 : 0, 0};
          runs.add(run);
        }
        run[3] |= TITLES.contains(word) ? 1 : 0;
        pendingFrom = -1;
      } else if (run != null && INSIDE_NAME.contains(word) && blank(text, pendingFrom >= 0 ? pendingFrom : run[1], m.start())) {
        pendingFrom = m.end(); // "of" in "Ministry of Defence", if a capital follows
      } else {
        run = null;
        pendingFrom = -1;
      }
    }
    int fresh = 0;
    int chain = 0;
    boolean comma = false;
    int longest = 0;
    int[] before = null;
    for (int[] r : runs) {
      if (r[2] == 0 || r[3] == 1) { // a state, a group, the question's own name, or someone's title
        chain = 0;
        before = null;
        continue;
      }
      fresh++;
      String gap = before == null ? "" : text.substring(before[1], r[0]);
      if (before != null && LIST_GAP.matcher(gap).matches()) {
        chain++;
        comma |= gap.contains(",") || gap.contains(";");
      } else {
        chain = 1;
        comma = false;
      }
      if (comma) { // "A and B" alone is as often one name ("Friends and Partners Act") as two
        longest = Math.max(longest, chain);
      }
      before = r;
    }
    return new int[] {fresh, longest};
  }

  /** Whether a word (lower case) is one of the question's own, under any of its forms. */
  static boolean asks(List<Term> terms, String lower) {
    String stem = Words.stem(lower);
    for (Term t : terms) {
      if (t.matches(stem) || t.forms().contains(lower)) {
        return true;
      }
    }
    return false;
  }

  /** Whether only white space lies between two offsets. */
  private static boolean blank(String text, int from, int to) {
    return from <= to && text.substring(from, to).isBlank();
  }

  /** Whether the actor list knows the name at these characters: a state, group or agency is not a thing named. */
  private static boolean known(int start, int end, List<Mention> mentions) {
    for (Mention mention : mentions) {
      if (mention.start() < end && start < mention.end()) {
        return true;
      }
    }
    return false;
  }

  /** The sentence with short bracketed asides blanked out, offsets kept. */
  private static String blankAsides(String sentence) {
    Matcher m = ASIDE.matcher(sentence);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, " ".repeat(m.end() - m.start()));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
