package org.attribot.retrieve;

import java.util.List;
import org.attribot.store.PassageHit;
import org.attribot.store.StoredStatement;

/** A statement retrieval found, with the passages that matched, best first. */
public record Candidate(StoredStatement statement, List<PassageHit> passages, double bestScore) {
  public Candidate {
    passages = List.copyOf(passages);
  }
}
