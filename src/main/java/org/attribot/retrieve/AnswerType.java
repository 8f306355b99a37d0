package org.attribot.retrieve;

/** What kind of fact a question asks for, read from its wording. */
public enum AnswerType {
  /** "when …", "what year …": a date, month or year. */
  TIME,
  /** "how many …": a count. */
  COUNT,
  /** "how much …": an amount or a sum of money. */
  AMOUNT,
  /** Anything else. */
  OTHER
}
