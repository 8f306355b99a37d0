package org.attribot.retrieve;

import java.util.List;
import java.util.Map;

/**
 * What retrieval found for a question: candidate statements, best first, and for each
 * question term the number of passages in the store that use it, and the limits applied.
 */
public record Retrieval(Question question, List<Candidate> candidates, Map<String, Integer> documentFrequency, int passages,
    Narrowing narrowing) {
  /** Most a term can weigh: rarer than this, a word counts no more (an absent word must not outweigh the rest). */
  static final double MAX_IDF = 3.0;
  /** Anchors — names, numbers — count this much more than other words. */
  static final double ANCHOR_BOOST = 1.5;

  public Retrieval {
    candidates = List.copyOf(candidates);
    documentFrequency = Map.copyOf(documentFrequency);
  }

  public Retrieval withQuestion(Question q) {
    return new Retrieval(q, candidates, documentFrequency, passages, narrowing);
  }

  /** A term's weight as evidence: its inverse document frequency, capped, boosted for anchors. */
  public double weight(Term term) {
    int df = documentFrequency.getOrDefault(term.surface(), 0);
    double idf = Math.log(1 + (passages - df + 0.5) / (df + 0.5));
    double w = Math.min(MAX_IDF, idf);
    return term.anchor() ? w * ANCHOR_BOOST : w;
  }
}
