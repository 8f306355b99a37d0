package org.attribot.answer;

import java.util.regex.Pattern;

/**
 * A question typed as a search expression rather than in words — "AND", "OR OR OR",
 * "title:romania", "NEAR(a b)" — asks nothing: the user is told to name an actor, a country
 * or an event instead of being given an answer to operators.
 */
final class SearchSyntax {
  /** Operators and field prefixes of search engines, and the punctuation around them. */
  private static final Pattern OPERATOR = Pattern.compile(
      "\\b(AND|OR|NOT|NEAR)\\b|\\b[a-z_]+:(?=\\S)|[()\"*^+\\-]");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");

  private SearchSyntax() {}

  /** Whether the question holds search syntax and, besides it, at most one word. */
  static boolean only(String question) {
    if (!OPERATOR.matcher(question).find()) {
      return false;
    }
    String rest = OPERATOR.matcher(question).replaceAll(" ");
    long words = WORD.matcher(rest).results().count();
    return words <= 1;
  }
}
