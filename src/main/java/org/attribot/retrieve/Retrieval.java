package org.attribot.retrieve;

import java.util.List;
import java.util.Map;

/** What retrieval found for a question: candidate statements, best first, and term weights. */
public record Retrieval(Question question, List<Candidate> candidates, Map<String, Double> idf) {
  public Retrieval {
    candidates = List.copyOf(candidates);
    idf = Map.copyOf(idf);
  }

  public double weight(Term term) {
    return idf.getOrDefault(term.surface(), 1.0);
  }
}
