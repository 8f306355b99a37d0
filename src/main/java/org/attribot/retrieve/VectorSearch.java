package org.attribot.retrieve;

import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/** The passage vectors: the nearest to a question's, and the passages they embed. */
public interface VectorSearch {
  /** The model the vectors were made with; null when there are none. */
  String model();

  /** The nearest rows to {@code query}, best first, at most {@code k}; {@code accept} (may be null) filters row keys. */
  List<VectorHit> search(float[] query, int k, LongPredicate accept);

  /** The passages the rows with these keys embed, by row key (a row that embeds none is absent), with score 0. */
  Map<Long, PassageHit> passagesOf(List<Long> keys);

  /** How many vectors there are. */
  int count();
}
