package org.attribot.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attribot.answer.Meaning;
import org.attribot.answer.ModelContext;
import org.attribot.answer.Support;
import org.attribot.eval.SupportCases.Case;
import org.attribot.eval.SupportCases.Kind;
import org.attribot.statement.Statement;

/**
 * Measures the support check on sentences made from a set's gold claims ({@link SupportCases}):
 * each sentence is checked as a model's would be against the statement it cites, sent whole —
 * names and numbers ({@link Support}), and its best embedding similarity, its names written as
 * the statement writes them, to a window of that statement ({@link Meaning}) — then, for every threshold of a grid, the share of supported
 * sentences kept and of unsupported ones dropped, overall and by kind. The threshold chosen on a
 * set is the one with the best mean of those two shares (the lowest of equals), so it can be
 * checked on another set.
 */
public final class SupportEval {
  /** The thresholds tried. */
  public static final List<Double> GRID = List.of(0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80);

  private SupportEval() {}

  /** A case checked: its name or number fault (null: none) and its best similarity to a window of what it cites. */
  public record Checked(Case c, Support.Fault fault, double closeness) {
    boolean kept(double threshold) {
      return fault == null && closeness >= threshold;
    }
  }

  /** At one threshold: supported sentences kept, unsupported ones dropped (and those the names let through), by kind. */
  public record Row(double threshold, double keptSupported, double droppedUnsupported, double droppedPastNames,
      Map<Kind, Double> droppedByKind) {
    public double balanced() {
      return (keptSupported + droppedUnsupported) / 2;
    }
  }

  /** Every case checked, the grid's rows, the row of the configured threshold, and the threshold this set chooses. */
  public record Report(List<Checked> checked, List<Row> rows, Row configured, double chosen) {
    public Map<String, Object> metrics() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("sentences", checked.size());
      SupportCases.counts(checked.stream().map(Checked::c).toList()).forEach((k, n) -> m.put("sentences_" + k.label(), n));
      m.put("kept_supported_by_names", share(checked.stream().filter(c -> c.c().kind().supported()).toList(), c -> c.fault() == null));
      m.put("dropped_unsupported_by_names",
          share(checked.stream().filter(c -> !c.c().kind().supported()).toList(), c -> c.fault() != null));
      m.put("chosen_threshold", chosen);
      m.put("configured", row(configured));
      List<Map<String, Object>> grid = new ArrayList<>();
      rows.forEach(r -> grid.add(row(r)));
      m.put("grid", grid);
      return m;
    }

    private static Map<String, Object> row(Row r) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("threshold", r.threshold());
      m.put("kept_supported", r.keptSupported());
      m.put("dropped_unsupported", r.droppedUnsupported());
      m.put("dropped_past_names", r.droppedPastNames());
      r.droppedByKind().forEach((k, v) -> m.put("dropped_" + k.label(), v));
      return m;
    }
  }

  /**
   * Checks every case made from {@code gold} against {@code statements} (the set, by id) with
   * {@code support} and the similarities of {@code meaning}, and scores the grid and {@code configured}.
   */
  public static Report run(List<SupportCases.Gold> gold, Map<String, Statement> statements, Support support, Meaning meaning,
      double configured) {
    List<String> ids = new ArrayList<>(statements.keySet());
    Map<String, ModelContext.Source> sources = new LinkedHashMap<>();
    ids.forEach(id -> sources.put(id, ModelContext.whole(sources.size() + 1, statements.get(id))));
    List<ModelContext.Source> numbered = List.copyOf(sources.values());
    // prefer, for a sentence cited to the wrong statement, one whose names pass: only its meaning can tell
    List<Case> cases = SupportCases.cases(gold, ids, (sentence, others) -> others.stream()
        .sorted(Comparator.comparing((String id) -> support.check(sentence, sources.get(id).asCited()) != null)).toList());
    Meaning.Cited cited = meaning.over(numbered.stream().map(ModelContext.Source::titled).toList());
    List<Checked> checked = new ArrayList<>();
    for (Case c : cases) {
      ModelContext.Source s = sources.get(c.cites());
      checked.add(new Checked(c, support.check(c.sentence(), s.asCited()),
          cited.closeness(support.inNamesOf(c.sentence(), s.asCited()), Set.of(s.n()))));
    }
    List<Row> rows = new ArrayList<>();
    for (double t : GRID) {
      rows.add(row(checked, t));
    }
    double chosen = rows.stream().max(Comparator.comparingDouble(Row::balanced)
        .thenComparing(Comparator.comparingDouble(Row::threshold).reversed())).orElseThrow().threshold();
    return new Report(checked, rows, row(checked, configured), chosen);
  }

  static Row row(List<Checked> checked, double t) {
    List<Checked> supported = checked.stream().filter(c -> c.c().kind().supported()).toList();
    List<Checked> unsupported = checked.stream().filter(c -> !c.c().kind().supported()).toList();
    Map<Kind, Double> byKind = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      if (!k.supported()) {
        byKind.put(k, share(unsupported.stream().filter(c -> c.c().kind() == k).toList(), c -> !c.kept(t)));
      }
    }
    return new Row(t, share(supported, c -> c.kept(t)), share(unsupported, c -> !c.kept(t)),
        share(unsupported.stream().filter(c -> c.fault() == null).toList(), c -> !c.kept(t)), byKind);
  }

  private static double share(List<Checked> pool, java.util.function.Predicate<Checked> p) {
    return pool.isEmpty() ? 0 : (double) pool.stream().filter(p).count() / pool.size();
  }
}
