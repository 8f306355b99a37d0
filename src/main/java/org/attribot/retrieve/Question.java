package org.attribot.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A question read for retrieval: its content terms (stop words dropped, at most
 * {@link #MAX_TERMS}), which of them are anchors, and the answer type.
 */
public record Question(String text, List<Term> terms, AnswerType answerType) {
  public static final int MAX_TERMS = 24;

  public Question {
    terms = List.copyOf(terms);
  }

  public static Question of(String text) {
    List<Words.Token> tokens = Words.tokens(text);
    Map<String, Term> terms = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size() && terms.size() < MAX_TERMS; i++) {
      Words.Token t = tokens.get(i);
      boolean acronym = t.raw().length() >= 2 && t.raw().equals(t.raw().toUpperCase(Locale.ROOT))
          && t.raw().chars().anyMatch(Character::isLetter);
      if ((Words.isStop(t.lower()) && !acronym) || t.lower().length() > 40) {
        continue;
      }
      boolean anchor = acronym
          || t.raw().chars().anyMatch(Character::isDigit)
          || t.raw().chars().skip(1).anyMatch(Character::isUpperCase)
          || (i > 0 && Character.isUpperCase(t.raw().charAt(0)));
      Term previous = terms.get(t.lower());
      if (previous == null || (anchor && !previous.anchor())) {
        terms.put(t.lower(), term(t.lower(), anchor));
      }
    }
    return new Question(text, new ArrayList<>(terms.values()), answerType(text));
  }

  static Term term(String lower, boolean anchor) {
    List<String> forms = anchor ? List.of(lower) : Synonyms.of(lower);
    return new Term(lower, forms, forms.stream().map(Words::stem).distinct().toList(), anchor);
  }

  /** The same question with {@code replaced} terms swapped for their new versions. */
  public Question withTerms(List<Term> replaced) {
    return new Question(text, replaced, answerType);
  }

  static AnswerType answerType(String text) {
    String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    if (t.contains(" how much ") || t.contains(" how large ") || t.contains(" how big ")) {
      return AnswerType.AMOUNT;
    }
    if (t.contains(" how many ")) {
      return AnswerType.COUNT;
    }
    if (t.startsWith(" when ") || t.contains(" what year ") || t.contains(" what date ") || t.contains(" since when ")
        || t.contains(" and when ")) {
      return AnswerType.TIME;
    }
    return AnswerType.OTHER;
  }

  /** The FTS5 expression: every form of every term quoted as a phrase, joined by OR. Never raw user text. */
  public String ftsExpression() {
    return terms.stream().flatMap(term -> term.forms().stream()).distinct()
        .map(Question::quote).collect(Collectors.joining(" OR "));
  }

  /** A form as an FTS5 phrase. Forms hold only letters, digits and inner dots or commas; quotes are dropped anyway. */
  public static String quote(String form) {
    return '"' + form.replace("\"", "") + '"';
  }
}
