package org.attribot.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attribot.store.PassageHit;
import org.attribot.store.Store;

/**
 * Keyword retrieval: the question's terms, OR-ed, against the FTS5 index (BM25 over passage
 * text and title); hits grouped by statement. Also weighs each term by its inverse document
 * frequency, so rare words (names, places) count more than common ones.
 */
public final class Retriever {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Retriever.class);
  private final Store store;
  private final int passageLimit;
  private final int statementLimit;

  public Retriever(Store store, int passageLimit, int statementLimit) {
    if (passageLimit < 1 || statementLimit < 1) {
      throw new IllegalArgumentException("limits < 1: " + passageLimit + ", " + statementLimit);
    }
    this.store = store;
    this.passageLimit = passageLimit;
    this.statementLimit = statementLimit;
  }

  public Retrieval retrieve(Question question) {
    if (question.terms().isEmpty()) {
      return new Retrieval(question, List.of(), Map.of(), 0);
    }
    Map<String, Integer> df = new HashMap<>();
    for (Term term : question.terms()) {
      df.put(term.surface(), store.documentFrequency('"' + term.surface() + '"'));
    }
    Map<Long, List<PassageHit>> byStatement = new LinkedHashMap<>();
    for (PassageHit hit : store.search(question.ftsExpression(), passageLimit)) {
      if (byStatement.size() >= statementLimit && !byStatement.containsKey(hit.statementKey())) {
        continue;
      }
      byStatement.computeIfAbsent(hit.statementKey(), k -> new ArrayList<>()).add(hit);
    }
    List<Candidate> candidates = new ArrayList<>();
    byStatement.forEach((key, hits) -> candidates.add(new Candidate(store.statement(key), hits, hits.get(0).score())));
    LOG.debug("terms {}", question.terms());
    return new Retrieval(question, candidates, df, Math.max(1, store.passageCount()));
  }
}
