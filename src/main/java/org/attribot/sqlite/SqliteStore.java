package org.attribot.sqlite;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import org.attribot.chat.AnswersGiven;
import org.attribot.chat.ChatUpdates;
import org.attribot.chat.SentParts;
import org.attribot.claim.Claims;
import org.attribot.conversation.Turns;
import org.attribot.digest.Deliveries;
import org.attribot.digest.SubscriptionRecords;
import org.attribot.ingest.StatementWrites;
import org.attribot.ingest.VectorWrites;
import org.attribot.retrieve.PassageSearch;
import org.attribot.retrieve.VectorSearch;
import org.attribot.statement.Statements;
import org.attribot.store.StoreException;

/**
 * A SQLite store: opens the file (or an in-memory database), brings its schema up to date, hands
 * out one repository per port, all on the same connections, and closes them. Writes go through
 * one write connection under one lock; reads through a small pool of read-only connections
 * (WAL), so readers never wait for a writer (see {@link Connections}).
 */
public final class SqliteStore implements AutoCloseable {
  private final Connections db;
  private final SqliteStatements statements;
  private final SqlitePassages passages;
  private final SqliteVectors vectors;
  private final SqliteClaims claims;
  private final SqliteStatementWrites writes;

  private SqliteStore(Connections db, Clock clock) {
    this.db = db;
    Generation generation = new Generation();
    this.statements = new SqliteStatements(db, generation);
    this.passages = new SqlitePassages(db, generation);
    this.vectors = new SqliteVectors(db);
    this.claims = new SqliteClaims(db);
    this.writes = new SqliteStatementWrites(db, generation, passages, vectors, claims, clock);
  }

  /** Opens (creating if needed) the store at {@code file}; null gives an in-memory store. */
  public static SqliteStore open(Path file, int busyTimeoutMs, Clock clock) {
    try {
      return new SqliteStore(Connections.open(file, busyTimeoutMs), clock);
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + (file == null ? "(in memory)" : file) + ": " + e.getMessage(), e);
    }
  }

  public Statements statements() {
    return statements;
  }

  public StatementWrites statementWrites() {
    return writes;
  }

  public PassageSearch passages() {
    return passages;
  }

  public VectorSearch vectorSearch() {
    return vectors;
  }

  public VectorWrites vectorWrites() {
    return vectors;
  }

  public Claims claims() {
    return claims;
  }

  public Turns turns() {
    return new SqliteTurns(db);
  }

  public ChatUpdates chatUpdates() {
    return new SqliteChatUpdates(db);
  }

  public AnswersGiven answersGiven() {
    return new SqliteAnswersGiven(db);
  }

  public SentParts sentParts() {
    return new SqliteSentParts(db);
  }

  public SubscriptionRecords subscriptions() {
    return new SqliteSubscriptions(db);
  }

  public Deliveries deliveries() {
    return new SqliteDeliveries(db);
  }

  /** The store's connections (for tests in this package). */
  Connections connections() {
    return db;
  }

  /** Closes the write connection and every read connection. */
  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }
}
