package org.attribot.ingest;

import java.util.List;
import org.attribot.claim.Claim;
import org.attribot.statement.Statement;
import org.attribot.statement.TextSplitter;

/**
 * Statements as ingest writes them. A save is all or nothing: the statement, its passages, their
 * vectors and its claims are written together, or, on any failure, none of them.
 */
public interface StatementWrites {
  /** Vectors for a statement's passages, in passage order ({@link TextSplitter#passages}), and the model that made them. */
  record Embedded(String model, List<float[]> vectors) {
    public Embedded {
      vectors = List.copyOf(vectors);
    }
  }

  /** Whether a statement with exactly this content is kept. */
  boolean hasContent(String contentHash);

  /**
   * Saves a statement: new, unchanged (same content: it keeps the claims it has), or a new
   * version of the statement with the same id or url; with {@code embedded} (may be null) its
   * passages' vectors, and its attribution {@code claims}.
   */
  SaveOutcome save(Statement statement, Embedded embedded, List<Claim> claims);

  /** {@link #save} without vectors or claims. */
  default SaveOutcome save(Statement statement) {
    return save(statement, null, List.of());
  }

  /**
   * Replaces the claims of one statement, only if it still has the content they were extracted
   * from; false when it has changed since (its new version brought its own claims).
   */
  boolean replaceClaims(long statementKey, String contentHash, List<Claim> claims);
}
