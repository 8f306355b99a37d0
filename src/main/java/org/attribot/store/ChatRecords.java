package org.attribot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the chat adapters keep: the updates they have seen and answered, the answers they gave
 * (for buttons that come back later) and feedback on them (digest subscriptions are in {@link DigestRecords}).
 */
public final class ChatRecords {
  private final Connections db;
  /** The write connection: used only under {@code db.writeLock}. */
  private final Connection connection;

  ChatRecords(Connections db) {
    this.db = db;
    this.connection = db.writer();
  }

  /**
   * Claims an update for handling, keeping its payload: true the first time it is seen, false
   * ever after. Updates claimed but never marked {@link #done} are handed back by
   * {@link #unfinished} after a restart, so none is dropped and none answered twice.
   */
  public boolean claim(String source, long updateId, String payload, Instant now) {
    return Busy.retry("recording update " + updateId, () -> claimOnce(source, updateId, payload, now));
  }

  private boolean claimOnce(String source, long updateId, String payload, Instant now) {
    synchronized (db.writeLock) {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO chat_updates (source, update_id, state, received_at, payload) VALUES (?, ?, 'received', ?, ?)"
              + " ON CONFLICT(source, update_id) DO NOTHING")) {
        insert.setString(1, source);
        insert.setLong(2, updateId);
        insert.setString(3, now.toString());
        insert.setString(4, payload);
        return insert.executeUpdate() == 1;
      } catch (SQLException e) {
        throw StoreException.of("cannot record an update", e);
      }
    }
  }

  /** The payloads of updates claimed but never finished (the process stopped mid-answer), oldest first. */
  public List<String> unfinished(String source) {
    return db.reading(connection -> {
      List<String> out = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT payload FROM chat_updates WHERE source = ? AND state = 'received' ORDER BY update_id")) {
        ps.setString(1, source);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getString(1));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot list unfinished updates: " + e.getMessage(), e);
      }
      return out;
    });
  }

  /** Marks an update handled, so it is never handled again. */
  public void done(String source, long updateId) {
    execute("UPDATE chat_updates SET state = 'done' WHERE source = ? AND update_id = ?", source, updateId);
  }

  /** Records an answer given to a destination; returns its id. */
  public long answerGiven(String destination, String question, String answerJson, Instant now) {
    return Busy.retry("recording an answer", () -> answerGivenOnce(destination, question, answerJson, now));
  }

  private long answerGivenOnce(String destination, String question, String answerJson, Instant now) {
    synchronized (db.writeLock) {
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO answers_given (destination, question, answer, created_at) VALUES (?, ?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, destination);
        ps.setString(2, question);
        ps.setString(3, answerJson);
        ps.setString(4, now.toString());
        ps.executeUpdate();
        try (ResultSet rs = ps.getGeneratedKeys()) {
          rs.next();
          return rs.getLong(1);
        }
      } catch (SQLException e) {
        throw StoreException.of("cannot record an answer", e);
      }
    }
  }

  /** The JSON of an answer given, if it exists. */
  public Optional<String> answer(long id) {
    return db.reading(connection -> {
      try (PreparedStatement ps = connection.prepareStatement("SELECT answer FROM answers_given WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read an answer: " + e.getMessage(), e);
      }
    });
  }

  /** Records (or changes) a user's vote on an answer: +1 or -1. */
  public void feedback(long answerId, String userId, int vote, Instant now) {
    Busy.retry("recording feedback", () -> feedbackOnce(answerId, userId, vote, now));
  }

  private void feedbackOnce(long answerId, String userId, int vote, Instant now) {
    synchronized (db.writeLock) {
      try (PreparedStatement ps = connection.prepareStatement(
          "INSERT INTO feedback (answer_id, user_id, vote, at) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT(answer_id, user_id) DO UPDATE SET vote = excluded.vote, at = excluded.at")) {
        ps.setLong(1, answerId);
        ps.setString(2, userId);
        ps.setInt(3, vote);
        ps.setString(4, now.toString());
        ps.executeUpdate();
      } catch (SQLException e) {
        throw StoreException.of("cannot record feedback", e);
      }
    }
  }

  /** The sum of votes on an answer. */
  public int score(long answerId) {
    return db.reading(connection -> {
      try (PreparedStatement ps = connection.prepareStatement("SELECT coalesce(sum(vote), 0) FROM feedback WHERE answer_id = ?")) {
        ps.setLong(1, answerId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.getInt(1);
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read feedback: " + e.getMessage(), e);
      }
    });
  }

  private int execute(String sql, String text, Long number) {
    return Busy.retry("writing a chat record", () -> executeOnce(sql, text, number));
  }

  private int executeOnce(String sql, String text, Long number) {
    synchronized (db.writeLock) {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setString(1, text);
        if (number != null) {
          ps.setLong(2, number);
        }
        return ps.executeUpdate();
      } catch (SQLException e) {
        throw StoreException.of("cannot write", e);
      }
    }
  }
}
