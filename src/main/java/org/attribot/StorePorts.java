package org.attribot;

import java.nio.file.Path;
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
import org.attribot.sqlite.SqliteStore;
import org.attribot.statement.Statements;

/**
 * Every port the core needs of a store, served by one engine, and how to close it. The core
 * owns the ports; an engine implements them; this, in the composition root, joins the two.
 * A second engine is a second factory here.
 */
public record StorePorts(Statements statements, StatementWrites statementWrites, PassageSearch passages,
    VectorSearch vectors, VectorWrites vectorWrites, Claims claims, Turns turns, ChatUpdates chatUpdates,
    AnswersGiven answersGiven, SentParts sentParts, SubscriptionRecords subscriptions, Deliveries deliveries,
    AutoCloseable engine) implements AutoCloseable {

  /** The SQLite store at {@code file} (created if missing; null: in memory), its schema brought up to date. */
  public static StorePorts sqlite(Path file, int busyTimeoutMs, Clock clock) {
    SqliteStore s = SqliteStore.open(file, busyTimeoutMs, clock);
    return new StorePorts(s.statements(), s.statementWrites(), s.passages(), s.vectorSearch(), s.vectorWrites(), s.claims(),
        s.turns(), s.chatUpdates(), s.answersGiven(), s.sentParts(), s.subscriptions(), s.deliveries(), s);
  }

  /** Closes the engine: every connection it holds. */
  @Override
  public void close() {
    try {
      engine.close();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the store: " + e.getMessage(), e);
    }
  }
}
