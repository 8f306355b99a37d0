package org.attribot.digest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a digest — who attributed what to whom — and the statement it comes from.
 * {@code actor} is whom something was attributed to (an actor or sponsoring agency's canonical
 * name), or null when the statement names none; {@code attributor} who did the attributing
 * (an organisation or state named, else the publisher); {@code what} one sentence from the
 * statement. Date and url may be null.
 */
public record DigestLine(String actor, String attributor, String what, String statementId, String title, String publisher,
    LocalDate published, String url) {
  public DigestLine {
    Objects.requireNonNull(attributor, "attributor");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(publisher, "publisher");
  }
}
