package org.attribot.ingest;

import java.util.List;

/**
 * What an ingest did: one line per source unit that was new, unchanged, updated, failed or
 * skipped, and the counts. {@link #ok()} is false when anything failed.
 */
public record IngestReport(List<Line> lines) {
  public IngestReport {
    lines = List.copyOf(lines);
  }

  public enum Outcome { NEW, UNCHANGED, UPDATED, FAILED, SKIPPED }

  /** One source unit: where it came from, what happened, and a detail (the fault, the version). */
  public record Line(String where, Outcome outcome, String statementId, String detail) {}

  public long count(Outcome outcome) {
    return lines.stream().filter(l -> l.outcome() == outcome).count();
  }

  public boolean ok() {
    return count(Outcome.FAILED) == 0;
  }

  public String summary() {
    return String.format("%d new, %d unchanged, %d updated, %d failed, %d skipped",
        count(Outcome.NEW), count(Outcome.UNCHANGED), count(Outcome.UPDATED), count(Outcome.FAILED), count(Outcome.SKIPPED));
  }
}
