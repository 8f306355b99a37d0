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
import org.attribot.retrieve.Retriever;
import org.attribot.store.Narrowing;
import org.attribot.store.PassageHit;
import org.attribot.store.Store;
import org.attribot.store.VectorHit;

/**
 * Whether retrieval puts a supporting statement among the first {@value #K} statements it
 * returns, whatever the answer then quotes ({@code retrieval_hit} scores the answer's
 * citations instead): {@code retrieval_hit_at_5} with hybrid retrieval as configured (keyword
 * and vector search fused), {@code vector_hit_at_5} with the vector search alone (null when
 * embeddings are off or the store's vectors were made by another model). Shares of answerable
 * questions.
 */
public final class RetrievalAtK {
  public static final int K = 5;

  private RetrievalAtK() {}

  public static Map<String, Object> measure(Store store, Gazetteer gazetteer, Embedder embedder, Config.Retrieve limits,
      List<EvalQuestion> questions) {
    Retriever hybrid = new Retriever(store, gazetteer, embedder, limits.passages(), limits.vectors(), limits.statements(),
        Clock.systemUTC());
    boolean vectors = embedder != null && limits.embeddings() && embedder.model().equals(store.vectors().model());
    int answerable = 0;
    int hybridHits = 0;
    int vectorHits = 0;
    for (EvalQuestion q : questions) {
      if (!q.answerable()) {
        continue;
      }
      answerable++;
      List<String> fused = new ArrayList<>();
      for (Candidate c : hybrid.retrieve(q.question(), Narrowing.NONE).candidates()) {
        fused.add(c.statement().statement().id());
      }
      hybridHits += supported(fused, q) ? 1 : 0;
      if (vectors) {
        vectorHits += supported(nearestStatements(store, embedder.embed(q.question()), limits.vectors()), q) ? 1 : 0;
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("retrieval_hit_at_5", Scorer.ratio(hybridHits, answerable));
    out.put("vector_hit_at_5", vectors ? Scorer.ratio(vectorHits, answerable) : null);
    return out;
  }

  private static boolean supported(List<String> ranked, EvalQuestion q) {
    return ranked.stream().limit(K).anyMatch(q.supportingIds()::contains);
  }

  /** The ids of the statements of the passages nearest the query, best first: at least {@value #K} when the store has them. */
  static List<String> nearestStatements(Store store, float[] query, int passages) {
    int rows = store.vectors().count();
    int asked = Math.max(1, passages);
    while (true) {
      List<VectorHit> nearest = store.vectors().search(query, asked, null);
      Map<Long, PassageHit> of = store.vectors().passagesOf(nearest.stream().map(VectorHit::key).toList());
      Set<Long> keys = new LinkedHashSet<>();
      for (VectorHit v : nearest) {
        PassageHit p = of.get(v.key());
        if (p != null) {
          keys.add(p.statementKey());
        }
      }
      if (keys.size() >= K || asked >= rows) {
        return keys.stream().map(k -> store.statement(k).statement().id()).toList();
      }
      asked *= 2;
    }
  }
}
