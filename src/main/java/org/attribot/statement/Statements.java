package org.attribot.statement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The statements kept, as the features read them: each by its store key or its id, the newest,
 * those ingested in a window. Readers see only what was committed, never a statement half-written.
 */
public interface Statements {
  /** The statement with this key; a {@code StoreException} when there is none. */
  StoredStatement statement(long key);

  Optional<StoredStatement> statementById(String id);

  /** The key of every statement, oldest first. */
  List<Long> statementKeys();

  /** Newest first by date, undated last; at most {@code limit}. */
  List<StoredStatement> latest(int limit);

  int statementCount();

  /**
   * The statements whose current version was ingested after {@code from} and at or before
   * {@code to}, oldest first, at most {@code limit}.
   */
  List<StoredStatement> ingestedBetween(Instant from, Instant to, int limit);

  /** Which of {@code ids} name statements whose text is a summary in other words than the publisher's. */
  Set<String> summaries(Collection<String> ids);

  /** How many versions are kept of the statement with this id (0 when unknown). */
  int versionCount(String id);
}
