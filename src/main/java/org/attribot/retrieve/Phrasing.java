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

  static AnswerType answerType(String text) {
    String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    if (t.contains(" how much ") || t.contains(" how large ") || t.contains(" how big ")) {
      return AnswerType.AMOUNT;
    }
    if (t.contains(" how many ")) {
      return AnswerType.COUNT;
    }
    if (t.matches(".*\\bwhich (other )?(countries|country|governments|government|allies|states|nations|member states)\\b.*")) {
      return AnswerType.PLACES;
    }
    if (t.startsWith(" who ") || t.matches(".*\\b(which|what) (russian |chinese |iranian |north korean )?"
        + "(agency|agencies|group|groups|unit|units|actor|actors|hackers|service|organisation|organization)\\b.*")) {
      return AnswerType.ACTOR;
    }
    if (t.startsWith(" when ") || t.contains(" what year ") || t.contains(" what date ") || t.contains(" since when ")
        || t.contains(" and when ")) {
      return AnswerType.TIME;
    }
    return AnswerType.OTHER;
  }
}
