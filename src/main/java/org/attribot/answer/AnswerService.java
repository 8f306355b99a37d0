package org.attribot.answer;

import org.attribot.retrieve.Retrieval;
import org.attribot.store.Narrowing;
import org.attribot.retrieve.Retriever;

/** Answers one question: retrieve, then compose. The port every adapter calls. */
public final class AnswerService {
  private final Retriever retriever;
  private final ExtractiveComposer composer;

  public AnswerService(Retriever retriever, ExtractiveComposer composer) {
    this.retriever = retriever;
    this.composer = composer;
  }

  public Answer ask(String question) {
    return ask(question, Narrowing.NONE);
  }

  /** Answers from the statements {@code narrowing} admits (and any date limits the question states). */
  public Answer ask(String question, Narrowing narrowing) {
    long start = System.nanoTime();
    String q = question == null ? "" : question.strip();
    Answer answer;
    if (q.isEmpty()) {
      answer = Answer.abstain("", "Ask a question, for example: who hacked Romania?");
    } else {
      Retrieval retrieval = retriever.retrieve(q, narrowing);
      answer = retrieval.question().terms().isEmpty()
          ? Answer.abstain(q, "That question has no words to search for; name an actor, a country or an event.")
          : composer.compose(retrieval);
    }
    return answer.withElapsedMs((System.nanoTime() - start) / 1_000_000);
  }
}
