package org.attribot.retrieve;

/** Full-text search over the passages of the statements kept, and the counts that weigh its terms. */
public interface PassageSearch {
  /**
   * The passages that match {@code match}, best first, at most {@code limit}, among the statements
   * {@code narrowing} admits. {@code match} is an FTS5 expression built by {@link Question}, never
   * raw user text.
   */
  java.util.List<PassageHit> search(String match, int limit, Narrowing narrowing);

  /** {@link #search} over every statement. */
  default java.util.List<PassageHit> search(String match, int limit) {
    return search(match, limit, Narrowing.NONE);
  }

  /** In how many passages a single already-quoted term occurs. */
  int documentFrequency(String quotedTerm);

  /** How many passages there are. */
  int passageCount();
}
