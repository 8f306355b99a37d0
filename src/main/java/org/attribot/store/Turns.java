package org.attribot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The {@code conversation_turns} table: what was asked and answered in each conversation. */
public final class Turns {
  private final Connections db;
  /** The write connection: used only under {@code db.writeLock}. */
  private final Connection connection;

  Turns(Connections db) {
    this.db = db;
    this.connection = db.writer();
  }

  /** One exchange: the question as asked, as rewritten to stand alone, and the answer's text. */
  public record Turn(Instant at, String question, String standalone, String answer) {}

  /** Appends a turn and keeps only the newest {@code keep} of the conversation. */
  public void add(String conversationId, Turn turn, int keep) {
    Busy.retry("recording the conversation", () -> addOnce(conversationId, turn, keep));
  }

  /** The insert and the trim in one transaction, so that a retry never adds the turn twice. */
  private void addOnce(String conversationId, Turn turn, int keep) {
    synchronized (db.writeLock) {
      try {
        connection.setAutoCommit(false);
        try {
          insertAndTrim(conversationId, turn, keep);
          connection.commit();
        } catch (SQLException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw StoreException.of("cannot record the conversation", e);
      }
    }
  }

  private void insertAndTrim(String conversationId, Turn turn, int keep) throws SQLException {
    {
      try (PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO conversation_turns (conversation_id, asked_at, question, standalone, answer) VALUES (?, ?, ?, ?, ?)");
          PreparedStatement trim = connection.prepareStatement(
              "DELETE FROM conversation_turns WHERE conversation_id = ? AND id NOT IN"
                  + " (SELECT id FROM conversation_turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?)")) {
        insert.setString(1, conversationId);
        insert.setString(2, turn.at().toString());
        insert.setString(3, turn.question());
        insert.setString(4, turn.standalone());
        insert.setString(5, turn.answer());
        insert.executeUpdate();
        trim.setString(1, conversationId);
        trim.setString(2, conversationId);
        trim.setInt(3, keep);
        trim.executeUpdate();
      }
    }
  }

  /** The newest {@code limit} turns, oldest first. */
  public List<Turn> last(String conversationId, int limit) {
    return db.reading(connection -> {
      List<Turn> out = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT asked_at, question, standalone, answer FROM conversation_turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?")) {
        ps.setString(1, conversationId);
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new Turn(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read the conversation: " + e.getMessage(), e);
      }
      Collections.reverse(out);
      return out;
    });
  }

  /** Forgets a conversation. */
  public void forget(String conversationId) {
    Busy.retry("forgetting a conversation", () -> forgetOnce(conversationId));
  }

  private void forgetOnce(String conversationId) {
    synchronized (db.writeLock) {
      try (PreparedStatement ps = connection.prepareStatement("DELETE FROM conversation_turns WHERE conversation_id = ?")) {
        ps.setString(1, conversationId);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw StoreException.of("cannot forget the conversation", e);
      }
    }
  }
}
