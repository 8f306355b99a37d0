package org.attribot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;
import org.attribot.StoreContract;
import org.junit.jupiter.api.Test;

/** What every engine's {@link AnswersGiven} does: answers kept for later buttons, one vote per user. */
public abstract class AnswersGivenContract extends StoreContract {
  @Test
  void anAnswerIsKeptAndFoundByItsId() {
    AnswersGiven answers = store.answersGiven();
    long first = answers.answerGiven("telegram:1", "who hacked Romania?", "{\"answer\":1}", START);
    long second = answers.answerGiven("telegram:1", "who hacked Romania?", "{\"answer\":2}", START);
    assertNotEquals(first, second);
    assertEquals(Optional.of("{\"answer\":1}"), answers.answer(first));
    assertEquals(Optional.of("{\"answer\":2}"), answers.answer(second));
    assertEquals(Optional.empty(), answers.answer(second + 1000));
  }

  @Test
  void eachUserHasOneVoteAndMayChangeIt() {
    AnswersGiven answers = store.answersGiven();
    long id = answers.answerGiven("slack:C1", "q", "{}", START);
    assertEquals(0, answers.score(id));
    answers.feedback(id, "U1", 1, START);
    answers.feedback(id, "U2", 1, START);
    assertEquals(2, answers.score(id));
    answers.feedback(id, "U1", -1, START.plusSeconds(1));
    assertEquals(0, answers.score(id), "U1 changed their mind");
    answers.feedback(id, "U1", -1, START.plusSeconds(2));
    assertEquals(0, answers.score(id), "voting again does not count twice");
  }
}
