package org.attribot.ingest;

/** What saving one statement did. {@code sameAs} names the statement whose content it repeats. */
public record SaveOutcome(Kind kind, String statementId, int version, String sameAs) {
  public enum Kind { NEW, UNCHANGED, UPDATED }
}
