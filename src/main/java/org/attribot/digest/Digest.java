package org.attribot.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One digest: the lines of the statements ingested in its window, grouped in sections by
 * actor (statements naming none last), numbered {@code [1]…} in reading order, and a summary
 * whose markers all point to those numbers (null when no model wrote one, or its citations did
 * not hold). Adapters only render it.
 */
public record Digest(ZoneId zone, Instant since, Instant until, String summary, List<Section> sections) {
  /** The lines about one actor; {@code heading} is the actor's name, or {@link #OTHER}. */
  public record Section(String heading, List<Item> items) {
    public Section {
      items = List.copyOf(items);
    }
  }

  /** A numbered line. */
  public record Item(int n, DigestLine line) {}

  public static final String OTHER = "Other statements";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

  public Digest {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(until, "until");
    sections = List.copyOf(sections);
  }

  public boolean empty() {
    return sections.isEmpty();
  }

  /** How many lines. */
  public int size() {
    return sections.stream().mapToInt(s -> s.items().size()).sum();
  }

  /** How many statements the lines come from (a statement may give a line per accused). */
  public int statements() {
    return (int) sections.stream().flatMap(s -> s.items().stream()).map(i -> i.line().statementId()).distinct().count();
  }

  /** "attribot digest: 3 new statements since Mon 3 Mar 2025 08:00 (Europe/Brussels)". */
  public String headline() {
    int n = statements();
    return "attribot digest: " + n + " new statement" + (n == 1 ? "" : "s") + " since " + from();
  }

  /** What a day with nothing new says. */
  public String nothingNew() {
    return "attribot digest: nothing new attributed since " + from() + ".";
  }

  private String from() {
    return WHEN.format(since.atZone(zone)) + " (" + zone.getId() + ")";
  }
}
