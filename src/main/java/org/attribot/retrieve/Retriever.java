package org.attribot.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attribot.actor.Gazetteer;
import org.attribot.embed.Embedder;
import java.time.Clock;
import java.time.LocalDate;
import org.attribot.store.Narrowing;
import org.attribot.store.PassageHit;
import org.attribot.store.VectorHit;
import org.attribot.store.Store;

/**
 * Hybrid retrieval: the question's terms (names expanded to every alias), OR-ed, against the
 * FTS5 index (BM25 over passage text and title), and the question's embedding against the
 * passage vectors; the two ranked lists are fused by reciprocal rank and grouped by
 * statement. Also counts each term's passages, so rare words weigh more as evidence.
 */
public final class Retriever {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Retriever.class);
  private final Store store;
  private final Gazetteer gazetteer;
  private final Embedder embedder;
  private final int passageLimit;
  private final int vectorLimit;
  private final int statementLimit;
  private final Clock clock;

  /**
   * @param embedder null for keyword search only
   * @param passageLimit passages taken from the keyword search
   * @param vectorLimit passages taken from the vector search (0: none)
   * @param statementLimit statements handed on, best first
   */
  public Retriever(Store store, Gazetteer gazetteer, Embedder embedder, int passageLimit, int vectorLimit, int statementLimit,
      Clock clock) {
    if (passageLimit < 1 || statementLimit < 1 || vectorLimit < 0) {
      throw new IllegalArgumentException("bad limits: " + passageLimit + ", " + vectorLimit + ", " + statementLimit);
    }
    this.store = store;
    this.gazetteer = gazetteer;
    this.embedder = embedder;
    this.passageLimit = passageLimit;
    this.vectorLimit = embedder == null ? 0 : vectorLimit;
    this.statementLimit = statementLimit;
    this.clock = clock;
  }

  /** Reads the question (names through the gazetteer, date limits in its words) and retrieves for it. */
  public Retrieval retrieve(String question, Narrowing asked) {
    Narrowing narrowing = asked.and(DateWords.read(question, LocalDate.now(clock)));
    return retrieve(Question.of(question, gazetteer), narrowing);
  }

  public Retrieval retrieve(Question question, Narrowing narrowing) {
    if (question.terms().isEmpty()) {
      return new Retrieval(question, List.of(), Map.of(), 0, narrowing);
    }
    Map<String, Integer> df = new HashMap<>();
    for (Term term : question.terms()) {
      df.put(term.surface(), store.documentFrequency(Question.quote(term.surface())));
    }
    Map<Long, List<PassageHit>> byStatement = new LinkedHashMap<>();
    List<PassageHit> keyword = store.search(selectiveExpression(question), passageLimit, narrowing);
    for (PassageHit hit : Fusion.reciprocalRank(keyword, vectorHits(question.text(), narrowing))) {
      if (byStatement.size() >= statementLimit && !byStatement.containsKey(hit.statementKey())) {
        continue;
      }
      byStatement.computeIfAbsent(hit.statementKey(), k -> new ArrayList<>()).add(hit);
    }
    List<Candidate> candidates = new ArrayList<>();
    byStatement.forEach((key, hits) -> candidates.add(new Candidate(store.statement(key), hits, hits.get(0).score())));
    LOG.debug("terms {}", question.terms());
    return new Retrieval(question, candidates, df, Math.max(1, store.passageCount()), narrowing);
  }

  /** The passages nearest the question's embedding, best first, scored by cosine similarity. */
  private List<PassageHit> vectorHits(String text, Narrowing narrowing) {
    if (vectorLimit == 0 || embedder == null || !embedder.model().equals(store.vectors().model())) {
      return List.of();
    }
    List<PassageHit> out = new ArrayList<>();
    int asked = narrowing.isNone() ? vectorLimit : vectorLimit * 4;
    for (VectorHit v : store.vectors().search(embedder.embed(text), asked, null)) {
      long passage = store.vectors().passageOf(v.key());
      if (passage == 0) {
        continue;
      }
      PassageHit p = store.passage(passage);
      var s = store.statement(p.statementKey()).statement();
      if (narrowing.admits(s.published(), s.publisher()) && out.size() < vectorLimit) {
        out.add(new PassageHit(p.passageId(), p.statementKey(), p.ordinal(), p.start(), p.end(), p.text(), v.score()));
      }
    }
    return out;
  }

  /**
   * The FTS5 expression over the forms that narrow the search: a form found in more than
   * {@link #COMMON} of all passages (and over {@link #ALWAYS_AFFORDABLE}) would make BM25 score
   * most of the store and tells little,
   * so it is left to the evidence check. When every form is that common, the rarest is kept.
   */
  String selectiveExpression(Question question) {
    int passages = Math.max(1, store.passageCount());
    List<String> forms = new ArrayList<>();
    String rarest = null;
    int rarestDf = Integer.MAX_VALUE;
    for (Term term : question.terms()) {
      for (String form : term.forms()) {
        int df = store.documentFrequency(Question.quote(form));
        if ((df <= COMMON * passages || df <= ALWAYS_AFFORDABLE) && !forms.contains(form)) {
          forms.add(form);
        }
        if (df < rarestDf) {
          rarest = form;
          rarestDf = df;
        }
      }
    }
    if (forms.isEmpty()) {
      forms.add(rarest);
    }
    return forms.stream().map(Question::quote).collect(java.util.stream.Collectors.joining(" OR "));
  }

  /** Share of all passages above which a word is too common to search for… */
  static final double COMMON = 0.2;
  /** …unless it is in no more passages than this, which BM25 scores in well under a millisecond. */
  static final int ALWAYS_AFFORDABLE = 500;
}
