package org.attribot.sqlite;

import java.time.Instant;
import java.util.Optional;
import org.attribot.chat.AnswersGiven;

/** The {@code answers_given} and {@code feedback} tables: answers given in chats and the votes on them. */
final class SqliteAnswersGiven implements AnswersGiven {
  private final Connections db;

  SqliteAnswersGiven(Connections db) {
    this.db = db;
  }

  @Override
  public long answerGiven(String destination, String question, String answerJson, Instant now) {
    return Busy.retry("recording an answer", () -> db.write("cannot record an answer", c -> Sql.insert(c,
        "INSERT INTO answers_given (destination, question, answer, created_at) VALUES (?, ?, ?, ?)",
        destination, question, answerJson, now.toString())));
  }

  @Override
  public Optional<String> answer(long id) {
    return db.read("cannot read an answer", c -> Sql.first(c, "SELECT answer FROM answers_given WHERE id = ?",
        rs -> rs.getString(1), id));
  }

  @Override
  public void feedback(long answerId, String userId, int vote, Instant now) {
    db.update("recording feedback", "cannot record feedback", "INSERT INTO feedback (answer_id, user_id, vote, at)"
        + " VALUES (?, ?, ?, ?) ON CONFLICT(answer_id, user_id) DO UPDATE SET vote = excluded.vote, at = excluded.at",
        answerId, userId, vote, now.toString());
  }

  @Override
  public int score(long answerId) {
    return db.read("cannot read feedback", c -> Sql.count(c,
        "SELECT coalesce(sum(vote), 0) FROM feedback WHERE answer_id = ?", answerId));
  }
}
