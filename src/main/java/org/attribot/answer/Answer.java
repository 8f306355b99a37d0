package org.attribot.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * An answer: text with markers {@code [1]}, {@code [2]} and the citations they point to, or
 * an abstention — the store holds no statement that supports an answer — whose text says so
 * and names the closest statements, and which has no citations.
 */
@JsonPropertyOrder({"question", "answer", "abstained", "citations", "elapsed_ms"})
public record Answer(
    String question,
    @JsonProperty("answer") String text,
    boolean abstained,
    List<Citation> citations,
    @JsonProperty("elapsed_ms") long elapsedMs) {

  public Answer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(text, "text");
    citations = List.copyOf(citations);
    if (abstained && !citations.isEmpty()) {
      throw new IllegalArgumentException("an abstention cites nothing");
    }
  }

  public Answer withElapsedMs(long ms) {
    return new Answer(question, text, abstained, citations, ms);
  }

  public Answer withQuestion(String q) {
    return new Answer(q, text, abstained, citations, elapsedMs);
  }

  private static final java.util.regex.Pattern MARKER_OR_QUOTE =
      java.util.regex.Pattern.compile("\\[(\\d+)]|\u201c([^\u201d\n]*)\u201d");

  /**
   * The same answer with the citations of statements in {@code summaryIds} marked as summaries,
   * and no quotation marks around the passages taken from them: a quotation on a line belongs to
   * the marker before it on that line (or, with none before, the first after it).
   */
  public Answer withSummaries(java.util.Set<String> summaryIds) {
    java.util.Set<Integer> summaries = new java.util.HashSet<>();
    List<Citation> marked = new java.util.ArrayList<>();
    for (Citation c : citations) {
      boolean summary = c.summary() || summaryIds.contains(c.statementId());
      marked.add(summary ? c.asSummary() : c);
      if (summary) {
        summaries.add(c.n());
      }
    }
    if (summaries.isEmpty()) {
      return this;
    }
    List<String> lines = new java.util.ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(unquote(line, summaries));
    }
    return new Answer(question, String.join("\n", lines), abstained, marked, elapsedMs);
  }

  private static String unquote(String line, java.util.Set<Integer> summaries) {
    java.util.regex.Matcher m = MARKER_OR_QUOTE.matcher(line);
    Integer owner = null;
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (m.group(1) != null) {
        owner = Integer.valueOf(m.group(1));
        m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(m.group()));
        continue;
      }
      Integer by = owner != null ? owner : firstMarkerAfter(line, m.end());
      String kept = by != null && summaries.contains(by) ? m.group(2) : m.group();
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(kept));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Integer firstMarkerAfter(String line, int from) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(line);
    return m.find(from) ? Integer.valueOf(m.group(1)) : null;
  }

  public static Answer abstain(String question, String text) {
    return new Answer(question, text, true, List.of(), 0);
  }
}
