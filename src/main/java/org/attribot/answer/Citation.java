package org.attribot.answer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The statement behind a numbered marker {@code [n]} in an answer, with the passage quoted
 * from it. Author, date and url may be null. {@code summary}: the statement's text is a
 * summary in other words than the publisher's (the built-in sample store's), so the passage is
 * that summary, never to be shown as the publisher's words.
 */
public record Citation(
    int n,
    @JsonProperty("statement_id") String statementId,
    String title,
    String publisher,
    String author,
    LocalDate published,
    String url,
    String quote,
    boolean summary) {

  /** How a summary's source line begins: whose words the passage is, before whose statement it summarises. */
  public static final String SUMMARY_OF = "attribot's summary of: ";

  public Citation {
    if (n < 1) {
      throw new IllegalArgumentException("n < 1: " + n);
    }
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(title, "title");
  }

  /** A citation of a statement in its publisher's own words. */
  public Citation(int n, String statementId, String title, String publisher, String author, LocalDate published, String url,
      String quote) {
    this(n, statementId, title, publisher, author, published, url, quote, false);
  }

  /** The same citation, of a statement whose text is a summary. */
  public Citation asSummary() {
    return new Citation(n, statementId, title, publisher, author, published, url, quote, true);
  }

  /** {@code Title}, or {@code attribot's summary of: Title} for a summary. */
  public String label() {
    return summary ? SUMMARY_OF + title : title;
  }

  /** {@code [1] Title — Publisher, Author, Date. URL} (the title as {@link #label}), leaving out what is missing. */
  public String sourceLine() {
    StringBuilder line = new StringBuilder("[").append(n).append("] ").append(label()).append(" — ").append(publisher);
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
