package org.attribot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The parts of a reply sent for one piece of chat work (a Telegram update, a Slack event):
 * {@link #sending} is committed before the platform is called and {@link #sent}, with the
 * platform's message id, after it answered, each in its own commit. After a crash a part is
 * {@link State#SENT} (not sent again), {@link State#NEW} (never tried, or refused) or
 * {@link State#SENDING}: the platform may or may not have it.
 */
public final class SendJournal {
  /** What is known of a part: never tried (or refused), the call under way or its outcome unknown, sent. */
  public enum State { NEW, SENDING, SENT }


  private final Connections db;
  /** The write connection: used only under {@code db.writeLock}. */
  private final Connection connection;

  SendJournal(Connections db) {
    this.db = db;
    this.connection = db.writer();
  }

  public State state(String source, long key, int part) {
    return db.reading(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT state FROM chat_sends WHERE source = ? AND work_key = ? AND part = ?")) {
        ps.setString(1, source);
        ps.setLong(2, key);
        ps.setInt(3, part);
        try (ResultSet rs = ps.executeQuery()) {
          return !rs.next() ? State.NEW : "sent".equals(rs.getString(1)) ? State.SENT : State.SENDING;
        }
      } catch (SQLException e) {
        throw StoreException.of("cannot read what was sent", e);
      }
    });
  }

  /** Records that a part is about to be sent (committed before the call). */
  public void sending(String source, long key, int part, Instant now) {
    write("INSERT INTO chat_sends (source, work_key, part, state, updated_at) VALUES (?, ?, ?, 'sending', ?)"
        + " ON CONFLICT(source, work_key, part) DO UPDATE SET state = 'sending', updated_at = excluded.updated_at",
        source, key, part, now.toString());
  }

  /** Records that the platform took a part, with its message id. */
  public void sent(String source, long key, int part, String messageId, Instant now) {
    write("UPDATE chat_sends SET state = 'sent', message_id = ?, updated_at = ? WHERE source = ? AND work_key = ? AND part = ?",
        messageId, now.toString(), source, key, part);
  }

  /** Forgets a part the platform refused: it was not sent. */
  public void notSent(String source, long key, int part) {
    write("DELETE FROM chat_sends WHERE source = ? AND work_key = ? AND part = ?", source, key, part);
  }

  private void write(String sql, Object... args) {
    Busy.retry("recording a message sent", () -> writeOnce(sql, args));
  }

  private void writeOnce(String sql, Object... args) {
    synchronized (db.writeLock) {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setObject(i + 1, args[i]);
        }
        ps.executeUpdate();
      } catch (SQLException e) {
        throw StoreException.of("cannot record a message sent", e);
      }
    }
  }
}
