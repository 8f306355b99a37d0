package org.attribot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attribot.chat.AnswersGiven;
import org.attribot.chat.ChatUpdates;
import org.attribot.chat.LatestStatements;
import org.attribot.chat.SentParts;
import org.attribot.store.ChatRecords;
import org.attribot.store.SendJournal;
import org.attribot.store.Store;
import org.attribot.store.StoredStatement;

/**
 * The chat ports as the SQLite store serves them. The chat core owns its ports and the store
 * knows nothing of chat, so the composition root joins the two here.
 */
public final class StorePorts {
  private StorePorts() {}

  public static ChatUpdates updates(ChatRecords records) {
    return new ChatUpdates() {
      @Override
      public boolean claim(String source, long updateId, String payload, Instant now) {
        return records.claim(source, updateId, payload, now);
      }

      @Override
      public List<String> unfinished(String source) {
        return records.unfinished(source);
      }

      @Override
      public void done(String source, long updateId) {
        records.done(source, updateId);
      }
    };
  }

  public static AnswersGiven answers(ChatRecords records) {
    return new AnswersGiven() {
      @Override
      public long answerGiven(String destination, String question, String answerJson, Instant now) {
        return records.answerGiven(destination, question, answerJson, now);
      }

      @Override
      public Optional<String> answer(long id) {
        return records.answer(id);
      }

      @Override
      public void feedback(long answerId, String userId, int vote, Instant now) {
        records.feedback(answerId, userId, vote, now);
      }
    };
  }

  public static SentParts sent(SendJournal journal) {
    return new SentParts() {
      @Override
      public State state(String source, long key, int part) {
        return State.valueOf(journal.state(source, key, part).name());
      }

      @Override
      public void sending(String source, long key, int part, Instant now) {
        journal.sending(source, key, part, now);
      }

      @Override
      public void sent(String source, long key, int part, String messageId, Instant now) {
        journal.sent(source, key, part, messageId, now);
      }

      @Override
      public void notSent(String source, long key, int part) {
        journal.notSent(source, key, part);
      }
    };
  }

  public static LatestStatements statements(Store store) {
    return new LatestStatements() {
      @Override
      public List<StoredStatement> latest(int limit) {
        return store.latest(limit);
      }

      @Override
      public int statementCount() {
        return store.statementCount();
      }
    };
  }
}
