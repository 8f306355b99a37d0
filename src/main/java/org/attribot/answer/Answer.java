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

  public static Answer abstain(String question, String text) {
    return new Answer(question, text, true, List.of(), 0);
  }
}
