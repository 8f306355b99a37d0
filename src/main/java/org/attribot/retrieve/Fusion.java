package org.attribot.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion: each passage scores the sum of 1 / (K + rank) over the lists it is
 * in; ties keep the order of first appearance. The fused score replaces the list scores.
 */
final class Fusion {
  /** The usual damping constant: rank 1 and rank 10 differ, but not by an order of magnitude. */
  static final int K = 60;

  private Fusion() {}

  @SafeVarargs
  static List<PassageHit> reciprocalRank(List<PassageHit>... lists) {
    Map<Long, PassageHit> first = new LinkedHashMap<>();
    Map<Long, Double> score = new LinkedHashMap<>();
    for (List<PassageHit> list : lists) {
      for (int rank = 0; rank < list.size(); rank++) {
        PassageHit hit = list.get(rank);
        first.putIfAbsent(hit.passageId(), hit);
        score.merge(hit.passageId(), 1.0 / (K + rank + 1), Double::sum);
      }
    }
    List<PassageHit> fused = new ArrayList<>();
    for (Map.Entry<Long, PassageHit> e : first.entrySet()) {
      PassageHit h = e.getValue();
      fused.add(new PassageHit(h.passageId(), h.statementKey(), h.ordinal(), h.start(), h.end(), h.text(), score.get(e.getKey())));
    }
    fused.sort(Comparator.comparingDouble(PassageHit::score).reversed());
    return fused;
  }
}
