package org.attribot.sqlite;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.attribot.conversation.Turn;
import org.attribot.conversation.Turns;

/** The {@code conversation_turns} table: what was asked and answered in each conversation. */
final class SqliteTurns implements Turns {
  private final Connections db;

  SqliteTurns(Connections db) {
    this.db = db;
  }

  /** The insert and the trim in one transaction, so that a retry never adds the turn twice. */
  @Override
  public void add(String conversationId, Turn turn, int keep) {
    Busy.retry("recording the conversation", () -> db.transaction("cannot record the conversation", c -> {
      Sql.update(c, "INSERT INTO conversation_turns (conversation_id, asked_at, question, standalone, answer)"
          + " VALUES (?, ?, ?, ?, ?)", conversationId, turn.at().toString(), turn.question(), turn.standalone(), turn.answer());
      return Sql.update(c, "DELETE FROM conversation_turns WHERE conversation_id = ? AND id NOT IN"
          + " (SELECT id FROM conversation_turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?)",
          conversationId, conversationId, keep);
    }));
  }

  @Override
  public List<Turn> last(String conversationId, int limit) {
    List<Turn> out = db.read("cannot read the conversation", c -> Sql.list(c, "SELECT asked_at, question, standalone, answer"
        + " FROM conversation_turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?",
        rs -> new Turn(Instant.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)),
        conversationId, limit));
    Collections.reverse(out);
    return out;
  }

  @Override
  public void forget(String conversationId) {
    db.update("forgetting a conversation", "cannot forget the conversation",
        "DELETE FROM conversation_turns WHERE conversation_id = ?", conversationId);
  }
}
