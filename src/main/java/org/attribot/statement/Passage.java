package org.attribot.statement;

/**
 * A slice of a statement's text, the unit of retrieval. {@code start} and {@code end} are
 * character offsets into {@link Statement#text()}, so {@code text.substring(start, end)}
 * equals {@link #text()}.
 */
public record Passage(int ordinal, int start, int end, String text) {
  public Passage {
    if (ordinal < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad passage bounds: " + ordinal + " " + start + ".." + end);
    }
  }
}
