package org.attribot.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits statement text into sentences and passages, keeping character offsets. A line
 * break ends a sentence unless it only wraps a long line of a hard-wrapped text (no line wider
 * than a wrap width; the line stops without punctuation and the next goes on), so no quote
 * stops mid-name; inside a line a sentence ends at {@code . ! ?} (and any
 * closing quote) followed by space and a capital, digit or quote, except after common
 * abbreviations and initials ("U.S.", "Mr.", "Jan.").
 */
public final class TextSplitter {
  /** Paragraphs shorter than this join the next one in the same passage. */
  static final int MIN_PASSAGE = 160;
  /** Longer paragraphs are cut on sentence boundaries near this size. */
  static final int MAX_PASSAGE = 900;

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp",
      "gen", "col", "lt", "sgt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "approx", "dept", "fig");

  private TextSplitter() {}

  public static List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    boolean hardWrapped = hardWrapped(text);
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      while (hardWrapped && lineEnd >= 0 && wrapped(text, lineStart, lineEnd)) {
        lineEnd = text.indexOf('\n', lineEnd + 1);
      }
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      splitLine(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** A line this long that stops without a sentence's end was cut by a hard wrap, not by the writer. */
  static final int WRAPPED_LINE = 40;
  /** No line of a hard-wrapped text is longer than this. */
  static final int WRAP_WIDTH = 120;

  /**
   * Whether the whole text is hard-wrapped: no line longer than a wrap width, and several long
   * ones. A text of long paragraphs is not, so its headline lines are never joined to the text.
   */
  private static boolean hardWrapped(String text) {
    int longLines = 0;
    for (String line : text.split("\n")) {
      int length = line.strip().length();
      if (length > WRAP_WIDTH) {
        return false;
      }
      longLines += length >= WRAPPED_LINE ? 1 : 0;
    }
    return longLines >= 3;
  }

  /**
   * Whether the line break at {@code lineEnd} only wraps a long line: the line is long, ends
   * without closing punctuation, and the next line goes on (not blank, not a bullet).
   */
  private static boolean wrapped(String text, int lineStart, int lineEnd) {
    int end = lineEnd;
    while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end - lineStart < WRAPPED_LINE || ".!?:;\"'\u201d\u2019)]".indexOf(text.charAt(end - 1)) >= 0) {
      return false;
    }
    int next = lineEnd + 1;
    while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
      next++;
    }
    if (next >= text.length() || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
      return false;
    }
    char c = text.charAt(next);
    boolean bullet = c == '-' || c == '*' || c == '\u2022'
        || (Character.isDigit(c) && text.substring(next, Math.min(text.length(), next + 4)).matches("\\d+[.)]\\s.*"));
    return !bullet;
  }

  private static void splitLine(String text, int from, int to, List<Sentence> out) {
    int start = skipSpace(text, from, to);
    for (int i = start; i < to; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < to && isClosing(text.charAt(end))) {
        end++;
      }
      int next = skipSpace(text, end, to);
      if (next == end || next >= to || !opensSentence(text.charAt(next))) {
        continue;
      }
      if (c == '.' && isAbbreviation(text, start, i)) {
        continue;
      }
      add(text, start, end, out);
      start = next;
      i = next - 1;
    }
    add(text, start, to, out);
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(start, end, text.substring(start, end)));
    }
  }

  private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
    int wordStart = dot;
    while (wordStart > sentenceStart
        && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, dot).toLowerCase();
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) {
      return true; // an initial: "J. Smith"
    }
    return word.contains(".") || ABBREVIATIONS.contains(word);
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
  }

  private static boolean opensSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c'
        || c == '\'' || c == '\u2018' || c == '(' || c == '[';
  }

  private static int skipSpace(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /**
   * Passages: paragraphs (lines), short ones joined to the next, long ones cut on sentence
   * boundaries. Offsets point into {@code text}.
   */
  public static List<Passage> passages(String text) {
    List<Sentence> sentences = sentences(text);
    List<Passage> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (start < 0) {
        start = s.start();
      }
      end = s.end();
      boolean last = i == sentences.size() - 1;
      boolean paragraphEnds = last || text.substring(end, sentences.get(i + 1).start()).contains("\n");
      int length = end - start;
      int nextLength = last ? 0 : sentences.get(i + 1).end() - start;
      boolean tooLong = nextLength > MAX_PASSAGE;
      if (last || (paragraphEnds && length >= MIN_PASSAGE) || tooLong) {
        out.add(new Passage(out.size(), start, end, text.substring(start, end)));
        start = -1;
      }
    }
    return out;
  }
}
