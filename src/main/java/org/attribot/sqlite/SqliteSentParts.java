package org.attribot.sqlite;

import java.time.Instant;
import org.attribot.chat.SentParts;

/**
 * The {@code chat_sends} table: {@link #sending} is committed before the platform is called and
 * {@link #sent}, with the platform's message id, after it answered, each in its own commit.
 */
final class SqliteSentParts implements SentParts {
  private final Connections db;

  SqliteSentParts(Connections db) {
    this.db = db;
  }

  @Override
  public State state(String source, long key, int part) {
    return db.read("cannot read what was sent", c -> Sql.first(c,
        "SELECT state FROM chat_sends WHERE source = ? AND work_key = ? AND part = ?",
        rs -> "sent".equals(rs.getString(1)) ? State.SENT : State.SENDING, source, key, part)).orElse(State.NEW);
  }

  @Override
  public void sending(String source, long key, int part, Instant now) {
    write("INSERT INTO chat_sends (source, work_key, part, state, updated_at) VALUES (?, ?, ?, 'sending', ?)"
        + " ON CONFLICT(source, work_key, part) DO UPDATE SET state = 'sending', updated_at = excluded.updated_at",
        source, key, part, now.toString());
  }

  @Override
  public void sent(String source, long key, int part, String messageId, Instant now) {
    write("UPDATE chat_sends SET state = 'sent', message_id = ?, updated_at = ? WHERE source = ? AND work_key = ? AND part = ?",
        messageId, now.toString(), source, key, part);
  }

  @Override
  public void notSent(String source, long key, int part) {
    write("DELETE FROM chat_sends WHERE source = ? AND work_key = ? AND part = ?", source, key, part);
  }

  private void write(String sql, Object... args) {
    db.update("recording a message sent", "cannot record a message sent", sql, args);
  }
}
