package org.attribot.slack;

import org.attribot.answer.Answer;

/** The port the adapter asks through (the answer service): one question within a conversation, one answer. */
@FunctionalInterface
public interface Asker {
  Answer ask(String conversationId, String question);

  /** Forgets a conversation; an asker without memory has nothing to forget. */
  default void forget(String conversationId) {}
}
