package org.attribot.conversation;

import java.util.Locale;
import java.util.Optional;

/**
 * The one longest question every door takes ({@code question.max_chars}): the CLI's
 * {@code ask} and {@code chat}, Telegram and Slack ask it before any retrieval or model call,
 * so the time an answer takes is bounded whatever is sent, and all say the same thing.
 */
public record QuestionLimit(int maxChars) {
  public QuestionLimit {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars < 1: " + maxChars);
    }
  }

  /** Empty when the question may be asked; else the sentence to say to the person who asked it. */
  public Optional<String> refusal(String question) {
    int length = question.codePointCount(0, question.length());
    if (length <= maxChars) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "That question is %,d characters long; please shorten it to at most %,d"
        + " characters and ask again.", length, maxChars));
  }
}
