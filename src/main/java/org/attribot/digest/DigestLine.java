package org.attribot.digest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a digest — who attributed what to whom — and the statement it comes from.
 * {@code actor} is whom something was attributed to (an actor or sponsoring agency's canonical
 * name), or null when the statement names none; {@code attributor} who did the attributing
 * (an organisation or state named, else the publisher); {@code what} one sentence from the
 * statement. Date and url may be null. {@code summary}: the statement's text is a summary in
 * other words than the publisher's (the built-in sample store's), so {@code what} is never shown
 * as the publisher's words.
 */
public record DigestLine(String actor, String attributor, String what, String statementId, String title, String publisher,
    LocalDate published, String url, boolean summary) {
  /** What stands before the publisher of a summary's line. */
  public static final String SUMMARY_OF = "attribot's summary of the statement by ";

  /** A line from a statement in its publisher's own words. */
  public DigestLine(String actor, String attributor, String what, String statementId, String title, String publisher,
      LocalDate published, String url) {
    this(actor, attributor, what, statementId, title, publisher, published, url, false);
  }

  /** The publisher as a line shows it: {@code attribot's summary of the statement by Publisher} for a summary. */
  public String source() {
    return summary ? SUMMARY_OF + publisher : publisher;
  }

  public DigestLine {
    Objects.requireNonNull(attributor, "attributor");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
  }
}
