package org.attribot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.attribot.llm.Model;
import org.attribot.llm.ModelCall;
import org.attribot.llm.Prompts;
import org.attribot.retrieve.Question;
import org.attribot.retrieve.Words;

/**
 * Conversation memory: the last turns of each conversation, kept in the store, and the rewriting
 * of a follow-up ("and who else?", "when was that?") into a question that stands alone. With
 * a model, the model rewrites it; without one (or when it fails), the follow-up is read
 * together with the question it follows.
 */
public final class Conversations {
  private static final Pattern FOLLOW_UP = Pattern.compile(
      "^\\s*(and|but|also|so|then|what about|how about)\\b|\\b(that|it|its|they|them|their|this|these|those|he|she|him|"
          + "her|there|else|other|others|same|too)\\b", Pattern.CASE_INSENSITIVE);

  private final Turns turns;
  private final int keep;
  private final ModelCall model;
  private final Prompts prompts;
  private final Clock clock;

  /** {@code model} may be null: follow-ups are then joined to the question before. */
  public Conversations(Turns turns, int keep, ModelCall model, Prompts prompts, Clock clock) {
    this.turns = turns;
    this.keep = keep;
    this.model = model;
    this.prompts = prompts;
    this.clock = clock;
  }

  public List<Turn> history(String conversationId) {
    return turns.last(conversationId, keep);
  }

  /** The question to retrieve for: the question itself, or the follow-up made to stand alone. */
  public String standalone(String question, List<Turn> history, Instant deadline) {
    if (history.isEmpty() || !isFollowUp(question)) {
      return question;
    }
    if (model != null && model.available()) {
      StringBuilder h = new StringBuilder();
      for (Turn t : history) {
        h.append("Q: ").append(t.standalone()).append('\n');
      }
      Model.Reply reply = model.text(Prompts.render(prompts.rewrite(),
          Map.of("history", h.toString().strip(), "question", question)), deadline);
      if (reply.ok()) {
        String rewritten = reply.text().strip().lines().findFirst().orElse("").strip();
        if (!rewritten.isEmpty() && rewritten.length() <= 500) {
          return rewritten;
        }
      }
    }
    return history.get(history.size() - 1).standalone() + Question.FOLLOWED_BY + question;
  }

  /** A question that leans on the one before: it starts with "and", points back, or says almost nothing. */
  static boolean isFollowUp(String question) {
    long words = Words.tokens(question).stream().filter(t -> !Words.isStop(t.lower())).count();
    return words < 2 || FOLLOW_UP.matcher(question.toLowerCase(Locale.ROOT)).find();
  }

  public void remember(String conversationId, String question, String standalone, String answer) {
    turns.add(conversationId, new Turn(clock.instant(), question, standalone, answer), keep);
  }

  /** Forgets the conversation ({@code reset}). */
  public void reset(String conversationId) {
    turns.forget(conversationId);
  }
}
