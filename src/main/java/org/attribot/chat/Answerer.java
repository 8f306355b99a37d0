package org.attribot.chat;

import org.attribot.answer.Answer;
import org.attribot.answer.AnswerService;
import org.attribot.retrieve.Narrowing;

/** What the chat service asks through: one question within a conversation, one answer; and forgetting a conversation. */
@FunctionalInterface
public interface Answerer {
  Answer ask(String conversation, String question);

  /** Forgets a conversation; an answerer without memory has nothing to forget. */
  default void forget(String conversation) {}

  /** The answer service, over the whole store. */
  static Answerer of(AnswerService answers) {
    return new Answerer() {
      @Override
      public Answer ask(String conversation, String question) {
        return answers.ask(conversation, question, Narrowing.NONE);
      }

      @Override
      public void forget(String conversation) {
        answers.reset(conversation);
      }
    };
  }
}
