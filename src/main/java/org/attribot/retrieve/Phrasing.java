package org.attribot.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the wording of a question says beyond its words: phrasal verbs of the attribution
 * vocabulary ("called out" = blamed, "went after" = targeted), whose statement is asked
 * about ("according to the NCSC", "what did France say"), and what kind of answer is wanted.
 */
final class Phrasing {
  /** Phrasal verbs rewritten to one word, keeping the length so offsets still hold. */
  private static final Map<Pattern, String> PHRASES = Map.of(
      Pattern.compile("\\b(call(?:ed|s|ing)?) out\\b", Pattern.CASE_INSENSITIVE), "blamed",
      Pattern.compile("\\b(?:go(?:es|ing)?|went|gone) after\\b", Pattern.CASE_INSENSITIVE), "targeted",
      Pattern.compile("\\bpinned on\\b", Pattern.CASE_INSENSITIVE), "blamed",
      Pattern.compile("\\bhacked into\\b", Pattern.CASE_INSENSITIVE), "hacked");

  /** Where a question names the one whose statement it asks about. */
  private static final List<Pattern> SPEAKER = List.of(
      Pattern.compile("\\baccording to (.+?)(?:[,?;.]|$)", Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\b(?:what|how|when|why|where|who|which)\\b.*?\\b(?:did|does|do|has|have|had)\\s+(.+?)\\s+"
          + "(?:say|said|tell|told|talk|announce|claim|state|write|report|reveal|warn|blame|accuse|attribute)\\b",
          Pattern.CASE_INSENSITIVE),
      Pattern.compile("^\\s*(?:did|does|has|have)\\s+(.+?)\\s+(?:say|said|tell|talk|announce|claim|blame|accuse|attribute)\\b",
          Pattern.CASE_INSENSITIVE),
      Pattern.compile("^\\s*(.+?)\\s+(?:says|said|say|claims|reports|announced)\\b", Pattern.CASE_INSENSITIVE));

  private Phrasing() {}

  /** The question with phrasal verbs replaced, padded so every character keeps its offset. */
  static String normalise(String text) {
    String out = text;
    for (Map.Entry<Pattern, String> e : PHRASES.entrySet()) {
      Matcher m = e.getKey().matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String word = e.getValue();
        int length = m.end() - m.start();
        String padded = word.length() <= length ? word + " ".repeat(length - word.length()) : word.substring(0, length);
        m.appendReplacement(sb, Matcher.quoteReplacement(padded));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
  }

  /** Character ranges {@code [start, end)} that name the speaker. */
  static List<int[]> speakerRegions(String text) {
    List<int[]> out = new ArrayList<>();
    for (Pattern p : SPEAKER) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        out.add(new int[] {m.start(1), m.end(1)});
      }
    }
    return out;
  }

  /** "how did Iran respond", "what did China say about the charges", "Russia's reaction". */
  private static final Pattern RESPONSE = Pattern.compile(
      "\\b(respond\\w*|response|react\\w*|reply|replied|hit back|retort\\w*)\\b"
          + "|\\bwhat did .+ say (about|to|of) (the |these |those |its |their )?(\\w+\\s+){0,3}"
          + "(charges|accusations?|allegations?|attributions?|claims?|indictments?|sanctions|blame|advisory)\\b");
  /** "who announced", "which officials", "who was the spokesman". */
  private static final Pattern PERSON = Pattern.compile(
      "^ (who|which \\w+ ) ?(announced|said|say|says|made|signed|gave|delivered|presented|spoke|stated|told|wrote|tweeted"
          + "|confirmed|revealed|unveiled|disclosed)\\b"
          + "|\\b(which|what) (\\w+ ){0,2}(officials?|ministers?|spokes\\w+|secretary|secretaries|director|diplomats?|people"
          + "|person|leaders?|politicians?|lawmakers?|prosecutors?|judges?|officers|individuals|defendants|suspects)\\b"
          + "|\\bnames? of (the )?(\\w+ ){0,3}(officers|officials|individuals|defendants|suspects|hackers|people|members|agents"
          + "|operatives|men|women)\\b"
          + "|^ who (is|was|were|are) (the )?(\\w+ ){0,3}(spokes\\w+|ministers?|secretary|director|officials?|head|chief|ambassador"
          + "|envoy|adviser|advisor|president|chancellor|judge|prosecutor|leader)\\b"
          + "|\\bname of the (\\w+ )?(spokes\\w+|ministers?|officials?|person)\\b");
  /** "who signed the advisory", "who joined the statement": the parties to a joint text are states and their agencies, not people. */
  private static final Pattern SIGNED = Pattern.compile(
      "^ who (else )?(signed|co ?signed|co ?sealed|co ?authored|joined|backed|endorsed|supported|published|issued)"
          + " (\\w+ ){0,6}?(advisory|advisories|statement|declaration|communiqu\\w*|attribution|alert)\\b");
  /** "which companies", "what devices": names of things. */
  private static final Pattern NAMES = Pattern.compile(
      "\\b(which|what) (\\w+ ){0,2}(compan(y|ies)|firms?|carriers|providers|businesses|banks|entities|devices|products"
          + "|vendors|manufacturers|software|systems|tools|malware|institutions|ministries|departments|parties|media|outlets"
          + "|universities|operations|campaigns|incidents)\\b");

  /**
   * The kind of thing a question asking for names asks for ("companies" in "which shipping
   * companies were hit"), lower case; null when it asks for none.
   */
  static String namesAsked(String text) {
    Matcher m = NAMES.matcher(" " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ");
    return m.find() ? m.group(3) : null;
  }

  /** "which groups", "both China and Russia", "how did the position change": several answers, maybe several statements. */
  private static final Pattern MANY = Pattern.compile(
      "\\b(which|what) ((?!(?:was|were|is|are|did|does|do|has|have|had)\\b)\\w+ ){0,5}(\\w{3,}(?<!ss|us|is|as|news)s)\\b(?! (did|does|do|say|said|was|is)\\b)"
          + "|\\b(both|each|all|every|list|compare|compared|differ\\w*|chang\\w*|evolv\\w*|over time|over the years)\\b"
          + "|\\band\\b.*\\b(respond|react)\\w*");

  /** "How did the position change", "how has it evolved over time": a timeline is asked for. */
  private static final Pattern CHANGE = Pattern.compile(
      "\\b(chang(e|ed|es|ing)|evolv\\w*|shift\\w*|over time|over the years|develop(ed|ments?)? over|timeline|progress\\w* of)\\b");

  /** "What would Russia face", "did NATO say it might respond", "what consequences": what the accusers will do. */
  private static final Pattern MEASURES = Pattern.compile(
      "\\b(would|will|might|could) (face|suffer|bear)\\b|\\bconsequences\\b|\\bsay (it|they) (might|would|will|could) "
          + "(respond|react|retaliate|act)\\b|\\bwhat (measures|steps|action|actions)\\b");

  static boolean asksHowItChanged(String text) {
    return CHANGE.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  static boolean asksForMany(String text) {
    return MANY.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  static AnswerType answerType(String text) {
    String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    if (t.contains(" how much ") || t.matches(".*\\b(what|which) (\\w+ )?(reward|bounty|ransom|sum|amount|fine|cost|damages?)\\b.*")) {
      return AnswerType.AMOUNT;
    }
    if (t.contains(" how many ") || t.contains(" how large ") || t.contains(" how big ") || t.contains(" what size ")) {
      return AnswerType.COUNT;
    }
    if (MEASURES.matcher(t).find()) {
      return AnswerType.MEASURES;
    }
    if (RESPONSE.matcher(t).find()) {
      return AnswerType.RESPONSE;
    }
    if (t.matches(".*\\b(which|what) (other )?(\\w+ )?(countries|country|governments|government|allies|states|nations|member states"
        + "|partners)\\b.*") || SIGNED.matcher(t).find()) {
      return AnswerType.PLACES;
    }
    if (PERSON.matcher(t).find()) {
      return AnswerType.PERSON;
    }
    if (t.matches(".*\\b(which|what) (\\w+ ){0,2}(agency|agencies|intelligence services?|security services?"
        + "|spy agenc\\w+|intelligence agenc\\w+)\\b.*")) {
      return AnswerType.AGENCY;
    }
    if (t.startsWith(" who ") || t.matches(".*\\b(which|what) (\\w+ ){0,2}"
        + "(agency|agencies|group|groups|unit|units|actor|actors|hackers|service|services|organisation|organization)\\b.*")) {
      return AnswerType.ACTOR;
    }
    if (t.startsWith(" when ") || t.contains(" what year ") || t.contains(" what date ") || t.contains(" since when ")
        || t.contains(" and when ") || t.contains(" what month ") || t.contains(" what day ")) {
      return AnswerType.TIME;
    }
    if (NAMES.matcher(t).find()) {
      return AnswerType.NAMES;
    }
    return AnswerType.OTHER;
  }
}
