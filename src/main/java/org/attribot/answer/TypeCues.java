package org.attribot.answer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.actor.Entity;
import org.attribot.retrieve.AnswerType;

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
  /** A capitalised word inside a sentence: a name. */
  private static final Pattern NAME = Pattern.compile("(?<=[\\s,(\u201c\"])([A-Z][\\w&.'\u2019-]*[A-Za-z0-9])");
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
   * @param asked the canonical names the question itself names (not an answer)
   */
  static double fit(AnswerType type, String sentence, Set<ReadStatement.Named> named, Set<String> asked) {
    return switch (type) {
      case TIME -> TIME.matcher(sentence).find() ? 1 : 0;
      case COUNT -> COUNT.matcher(sentence).find() ? 1 : 0;
      case AMOUNT -> AMOUNT.matcher(sentence).find() ? 1 : 0;
      case RESPONSE -> Math.min(1, count(RESPONSE, sentence) / 2.0);
      case MEASURES -> Math.min(1, count(MEASURES, sentence) / 2.0);
      case PERSON -> PERSON_CUE.matcher(sentence).find() ? 1 : 0;
      case NAMES -> Math.min(1, names(sentence, named) / 3.0);
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

  /** Capitalised words inside the sentence that are neither glue nor states. */
  private static int names(String sentence, Set<ReadStatement.Named> named) {
    int n = 0;
    Matcher m = NAME.matcher(sentence);
    while (m.find()) {
      if (!NOT_NAMES.contains(m.group(1))) {
        n++;
      }
    }
    return n;
  }
}
