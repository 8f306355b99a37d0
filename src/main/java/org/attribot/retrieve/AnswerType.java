package org.attribot.retrieve;

/** What kind of fact a question asks for, read from its wording. */
public enum AnswerType {
  /** "when …", "what year …": a date, month or year. */
  TIME,
  /** "how many …": a count. */
  COUNT,
  /** "how much …": an amount or a sum of money. */
  AMOUNT,
  /** "who …", "which agency / group / unit …": an actor, an agency or a state. */
  ACTOR,
  /** "which agencies / intelligence services …": an agency (a state body), before a group. */
  AGENCY,
  /** "which countries / allies / governments …": states. */
  PLACES,
  /** "who announced …", "which officials …", "who was the spokesman …": a person. */
  PERSON,
  /** "which companies / devices / firms …": names of things other than states. */
  NAMES,
  /** "what would X face", "did NATO say it might respond": consequences, measures, a joint response. */
  MEASURES,
  /** "how did X respond …", "what did X say about the charges": the accused's answer. */
  RESPONSE,
  /** Anything else. */
  OTHER
}
