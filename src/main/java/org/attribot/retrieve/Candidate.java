package org.attribot.retrieve;

import java.util.List;
import org.attribot.statement.StoredStatement;

/** A statement retrieval found, with the passages that matched, best first. */
public record Candidate(StoredStatement statement, List<PassageHit> passages, double bestScore) {
  public Candidate {
    passages = List.copyOf(passages);
  }
}
