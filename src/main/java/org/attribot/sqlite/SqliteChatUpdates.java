package org.attribot.sqlite;

import java.time.Instant;
import java.util.List;
import org.attribot.chat.ChatUpdates;

/** The {@code chat_updates} table: every piece of chat work a door received, and whether it was handled. */
final class SqliteChatUpdates implements ChatUpdates {
  private final Connections db;

  SqliteChatUpdates(Connections db) {
    this.db = db;
  }

  @Override
  public boolean claim(String source, long updateId, String payload, Instant now) {
    return db.update("recording update " + updateId, "cannot record an update",
        "INSERT INTO chat_updates (source, update_id, state, received_at, payload) VALUES (?, ?, 'received', ?, ?)"
            + " ON CONFLICT(source, update_id) DO NOTHING", source, updateId, now.toString(), payload) == 1;
  }

  @Override
  public List<String> unfinished(String source) {
    return db.read("cannot list unfinished updates", c -> Sql.list(c,
        "SELECT payload FROM chat_updates WHERE source = ? AND state = 'received' ORDER BY update_id", rs -> rs.getString(1),
        source));
  }

  @Override
  public void done(String source, long updateId) {
    db.update("writing a chat record", "cannot write", "UPDATE chat_updates SET state = 'done' WHERE source = ? AND update_id = ?",
        source, updateId);
  }
}
