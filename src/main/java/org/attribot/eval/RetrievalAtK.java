package org.attribot.eval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attribot.actor.Gazetteer;
import org.attribot.config.Config;
import org.attribot.embed.Embedder;
import org.attribot.retrieve.Candidate;
import org.attribot.retrieve.PassageSearch;
import org.attribot.retrieve.Retriever;
import org.attribot.retrieve.VectorSearch;
import org.attribot.statement.Statements;
import org.attribot.retrieve.Narrowing;
import org.attribot.retrieve.PassageHit;
import org.attribot.retrieve.VectorHit;

/**
 * Whether retrieval puts a supporting statement among the first {@value #K} statements it
 * returns, whatever the answer then quotes ({@code retrieval_hit} scores the answer's
 * citations instead): {@code retrieval_hit_at_5} with hybrid retrieval as configured (keyword
 * and vector search fused), {@code vector_hit_at_5} with the vector search alone (null when
 * embeddings are off or the store's vectors were made by another model); {@code …_at_1}, the
 * same for the first statement, tells apart what five statements out of a small set cannot.
 * Shares of answerable questions.
 */
public final class RetrievalAtK {
  public static final int K = 5;

  private RetrievalAtK() {}

  public static Map<String, Object> measure(Statements statements, PassageSearch passages, VectorSearch vectorSearch,
      Gazetteer gazetteer, Embedder embedder, Config.Retrieve limits, List<EvalQuestion> questions) {
    Retriever hybrid = new Retriever(statements, passages, vectorSearch, gazetteer, embedder, limits.passages(),
        limits.vectors(), limits.statements(), Clock.systemUTC());
    boolean vectors = embedder != null && limits.embeddings() && embedder.model().equals(vectorSearch.model());
    int answerable = 0;
    int[] hybridHits = new int[2]; // at 1, at K
    int[] vectorHits = new int[2];
    for (EvalQuestion q : questions) {
      if (!q.answerable()) {
        continue;
      }
      answerable++;
      List<String> fused = new ArrayList<>();
      for (Candidate c : hybrid.retrieve(q.question(), Narrowing.NONE).candidates()) {
        fused.add(c.statement().statement().id());
      }
      count(hybridHits, fused, q);
      if (vectors) {
        count(vectorHits, nearestStatements(statements, vectorSearch, embedder.embed(q.question()), limits.vectors()), q);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("retrieval_hit_at_1", Scorer.ratio(hybridHits[0], answerable));
    out.put("retrieval_hit_at_5", Scorer.ratio(hybridHits[1], answerable));
    out.put("vector_hit_at_1", vectors ? Scorer.ratio(vectorHits[0], answerable) : null);
    out.put("vector_hit_at_5", vectors ? Scorer.ratio(vectorHits[1], answerable) : null);
    return out;
  }

  private static void count(int[] hits, List<String> ranked, EvalQuestion q) {
    hits[0] += ranked.stream().limit(1).anyMatch(q.supportingIds()::contains) ? 1 : 0;
    hits[1] += ranked.stream().limit(K).anyMatch(q.supportingIds()::contains) ? 1 : 0;
  }

  /** The ids of the statements of the passages nearest the query, best first: at least {@value #K} when the store has them. */
  static List<String> nearestStatements(Statements statements, VectorSearch vectorSearch, float[] query, int passages) {
    int rows = vectorSearch.count();
    int asked = Math.max(1, passages);
    while (true) {
      List<VectorHit> nearest = vectorSearch.search(query, asked, null);
      Map<Long, PassageHit> of = vectorSearch.passagesOf(nearest.stream().map(VectorHit::key).toList());
      Set<Long> keys = new LinkedHashSet<>();
      for (VectorHit v : nearest) {
        PassageHit p = of.get(v.key());
        if (p != null) {
          keys.add(p.statementKey());
        }
      }
      if (keys.size() >= K || asked >= rows) {
        return keys.stream().map(k -> statements.statement(k).statement().id()).toList();
      }
      asked *= 2;
    }
  }
}
