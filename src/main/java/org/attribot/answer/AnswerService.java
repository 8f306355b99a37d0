package org.attribot.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.attribot.actor.Gazetteer;
import org.attribot.conversation.Conversations;
import org.attribot.retrieve.Retrieval;
import org.attribot.retrieve.Retriever;
import org.attribot.retrieve.Narrowing;
import org.attribot.conversation.Turn;

/**
 * Answers one question: rewrite a follow-up to stand alone, retrieve, answer a question about
 * attributions themselves from the claims table, else compose from passages (the model's
 * answer when one is configured and available, checked; else the extractive one), remember
 * the turn. The port every adapter calls; every call returns within the configured time.
 */
public final class AnswerService {
  /** A follow-up asking for more of the same ("and who else?"): what the answer before quoted is not quoted again. */
  private static final java.util.regex.Pattern MORE = java.util.regex.Pattern.compile(
      "\\b(else|other|others|more|another|besides|apart from|too|also)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final Gazetteer gazetteer;
  private final Retriever retriever;
  private final ExtractiveComposer composer;
  private final ClaimAnswers claims;
  private final GenerativeComposer generative;
  private final Conversations conversations;
  private final Duration timeout;
  private final Clock clock;
  private final Summaries summaries;

  /** {@code generative} may be null: answers are then extractive; a citation of a statement {@code summaries} names is marked a summary. */
  public AnswerService(Gazetteer gazetteer, Retriever retriever, ExtractiveComposer composer, ClaimAnswers claims,
      GenerativeComposer generative, Conversations conversations, Duration timeout, Clock clock, Summaries summaries) {
    this.gazetteer = gazetteer;
    this.summaries = summaries;
    this.retriever = retriever;
    this.composer = composer;
    this.claims = claims;
    this.generative = generative;
    this.conversations = conversations;
    this.timeout = timeout;
    this.clock = clock;
  }

  public Answer ask(String question) {
    return ask(null, question, Narrowing.NONE);
  }

  public Answer ask(String question, Narrowing narrowing) {
    return ask(null, question, narrowing);
  }

  /**
   * Answers within a conversation ({@code conversationId} null: none), from the statements
   * {@code narrowing} admits and any date limits the question states.
   */
  public Answer ask(String conversationId, String question, Narrowing narrowing) {
    long start = System.nanoTime();
    Instant deadline = clock.instant().plus(timeout);
    String q = question == null ? "" : question.strip();
    if (q.isEmpty()) {
      return Answer.abstain("", "Ask a question, for example: who hacked Romania?");
    }
    List<Turn> history = conversationId == null ? List.of() : conversations.history(conversationId);
    String standalone = conversations.standalone(q, history, deadline);
    Reading reading = Reading.of(standalone, gazetteer, LocalDate.now(clock));
    Retrieval retrieval = retriever.retrieve(reading.question(), narrowing.and(reading.dates()));
    Answer answer;
    if (retrieval.question().terms().isEmpty() || SearchSyntax.only(q)) {
      answer = Answer.abstain(q, "That question has no words to search for; name an actor, a country or an event.");
    } else {
      ExtractiveComposer.Judged judged = composer.judge(retrieval);
      answer = claims.answer(reading.attribution(), judged);
      if (answer == null) {
        boolean more = !standalone.equals(q) && !history.isEmpty() && MORE.matcher(q).find();
        answer = composer.compose(judged, more ? history.get(history.size() - 1).answer() : "");
        if (generative != null) {
          answer = generative.compose(retrieval, answer, history, deadline);
        }
      }
    }
    if (!answer.citations().isEmpty()) {
      answer = answer.withSummaries(summaries.among(answer.citations().stream().map(Citation::statementId).toList()));
    }
    answer = answer.withQuestion(q);
    if (conversationId != null) {
      conversations.remember(conversationId, q, standalone, answer.text());
    }
    return answer.withElapsedMs((System.nanoTime() - start) / 1_000_000);
  }

  /**
   * What retrieval finds for a stand-alone question, as {@link #ask} retrieves it: for measuring
   * what the model would be sent ({@code eval --context}) without asking it.
   */
  public Retrieval retrieve(String question) {
    return retriever.retrieve(question.strip(), Narrowing.NONE);
  }

  /** Sentences the model wrote and kept so far; empty without a model. */
  public java.util.Optional<GenerativeComposer.Sentences> modelSentences() {
    return generative == null ? java.util.Optional.empty() : java.util.Optional.of(generative.sentences());
  }

  /** Forgets a conversation. */
  public void reset(String conversationId) {
    conversations.reset(conversationId);
  }
}
