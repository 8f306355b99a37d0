package org.attribot.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a digest: lines from the port, grouped by actor (most lines first, the rest last), numbered, summarised. */
public final class DigestBuilder {
  private final DigestLines lines;
  private final DigestSummarizer summarizer;
  private final int maxStatements;

  /** {@code summarizer} may be null: no summary. */
  public DigestBuilder(DigestLines lines, DigestSummarizer summarizer, int maxStatements) {
    this.lines = lines;
    this.summarizer = summarizer;
    this.maxStatements = maxStatements;
  }

  public Digest build(ZoneId zone, Instant since, Instant until) {
    Map<String, List<DigestLine>> byActor = new LinkedHashMap<>();
    List<DigestLine> other = new ArrayList<>();
    for (DigestLine line : lines.between(since, until, maxStatements)) {
      if (line.actor() == null) {
        other.add(line);
      } else {
        byActor.computeIfAbsent(line.actor(), a -> new ArrayList<>()).add(line);
      }
    }
    List<Map.Entry<String, List<DigestLine>>> groups = new ArrayList<>(byActor.entrySet());
    groups.sort(Comparator.comparingInt((Map.Entry<String, List<DigestLine>> e) -> -e.getValue().size()));
    if (!other.isEmpty()) {
      groups.add(Map.entry(Digest.OTHER, other));
    }
    List<Digest.Section> sections = new ArrayList<>();
    List<Digest.Item> all = new ArrayList<>();
    for (Map.Entry<String, List<DigestLine>> g : groups) {
      List<Digest.Item> items = new ArrayList<>();
      for (DigestLine line : g.getValue()) {
        Digest.Item item = new Digest.Item(all.size() + 1, line);
        items.add(item);
        all.add(item);
      }
      sections.add(new Digest.Section(g.getKey(), items));
    }
    String summary = summarizer == null || all.isEmpty() ? null : summarizer.summarize(all);
    return new Digest(zone, since, until, summary, sections);
  }
}
