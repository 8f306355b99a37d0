package org.attribot.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The statement behind a numbered marker {@code [n]} in an answer, with the passage quoted
 * from it. Author, date and url may be null.
 */
public record Citation(
    int n,
    @JsonProperty("statement_id") String statementId,
    String title,
    String publisher,
    String author,
    LocalDate published,
    String url,
    String quote) {

  public Citation {
    if (n < 1) {
      throw new IllegalArgumentException("n < 1: " + n);
    }
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(title, "title");
  }

  /** {@code [1] Title — Publisher, Author, Date. URL}, leaving out what is missing. */
  public String sourceLine() {
    StringBuilder line = new StringBuilder("[").append(n).append("] ").append(title).append(" — ").append(publisher);
    if (author != null) {
      line.append(", ").append(author);
    }
    if (published != null) {
      line.append(", ").append(published);
    }
    line.append('.');
    if (url != null) {
      line.append(' ').append(url);
    }
    return line.toString();
  }
}
