package org.attribot.retrieve;

import java.util.List;
import java.util.Map;

/** What retrieval found for a question: candidate statements, best first, and term weights. */
public record Retrieval(Question question, List<Candidate> candidates, Map<String, Double> idf) {
  public Retrieval {
    candidates = List.copyOf(candidates);
    idf = Map.copyOf(idf);
  }

  /** Most a term can weigh: rarer than this, a word counts no more (an absent word must not outweigh the rest). */
  static final double MAX_IDF = 3.0;
  /** Anchors — names, numbers — count this much more than other words. */
  static final double ANCHOR_BOOST = 1.5;

  /** A term's weight as evidence: its inverse document frequency, capped, boosted for anchors. */
  public double weight(Term term) {
    double w = Math.min(MAX_IDF, idf.getOrDefault(term.surface(), 1.0));
    return term.anchor() ? w * ANCHOR_BOOST : w;
  }
}
