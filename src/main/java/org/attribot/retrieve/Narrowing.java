package org.attribot.retrieve;

import java.time.LocalDate;

/**
 * Limits on which statements a search may return: published on or after {@code since}, on
 * or before {@code until}, by a publisher whose name contains {@code publisher} (any may be
 * null). Statements without a date always pass a date limit: they cannot be placed.
 */
public record Narrowing(LocalDate since, LocalDate until, String publisher) {
  public static final Narrowing NONE = new Narrowing(null, null, null);

  public Narrowing {
    publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("until " + until + " is before since " + since);
    }
  }

  public boolean isNone() {
    return since == null && until == null && publisher == null;
  }

  public boolean byDate() {
    return since != null || until != null;
  }

  /** Whether a statement with this date and publisher passes. */
  public boolean admits(LocalDate published, String publisherName) {
    if (published != null && since != null && published.isBefore(since)) {
      return false;
    }
    if (published != null && until != null && published.isAfter(until)) {
      return false;
    }
    return publisher == null || (publisherName != null
        && publisherName.toLowerCase(java.util.Locale.ROOT).contains(publisher.toLowerCase(java.util.Locale.ROOT)));
  }

  /** Both limits at once: the later since, the earlier until, this publisher if set. */
  public Narrowing and(Narrowing other) {
    LocalDate s = since == null ? other.since : other.since == null || since.isAfter(other.since) ? since : other.since;
    LocalDate u = until == null ? other.until : other.until == null || until.isBefore(other.until) ? until : other.until;
    return new Narrowing(s, u, publisher != null ? publisher : other.publisher);
  }
}
