package org.attribot.chat;

import java.time.Instant;
import java.util.Optional;

/** The answers given in chats (for buttons that come back later) and the votes on them. */
public interface AnswersGiven {
  /** Records an answer (as JSON) given to a destination; returns its id. */
  long answerGiven(String destination, String question, String answerJson, Instant now);

  /** The JSON of an answer given, if there is one with that id. */
  Optional<String> answer(long id);

  /** Records (or changes) a user's vote on an answer: +1 or -1. */
  void feedback(long answerId, String userId, int vote, Instant now);

  /** The sum of the votes on an answer (0 when none). */
  int score(long answerId);
}
