package org.attribot.chat;

import java.time.LocalDate;
import java.util.List;
import org.attribot.actorcard.ActorCard;
import org.attribot.answer.Answer;
import org.attribot.statement.StoredStatement;

/** What the chat service came to, for a door to render in its own markup. */
public sealed interface ChatReply {
  /** A sentence in plain text (a door escapes it for its markup). */
  record Message(String text) implements ChatReply {
    public Message {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("a message needs its text");
      }
    }
  }

  /** How to ask, in the door's own syntax. */
  record Help() implements ChatReply {}

  /** What the bot is, with the size of the store and the date of its newest statement (null when undated or empty). */
  record Intro(int statements, LocalDate newest) implements ChatReply {}

  /** A command that needs its words got none ({@code actor}, {@code ask}): show how it is used. */
  record Usage(String command) implements ChatReply {}

  /** A command the bot does not know. */
  record Unknown(String command) implements ChatReply {}

  /** The latest statements, newest first. */
  record Sources(List<StoredStatement> statements) implements ChatReply {
    public Sources {
      statements = List.copyOf(statements);
    }
  }

  /** The cards of the actors a name matched (at least one). */
  record Actors(List<ActorCard> cards) implements ChatReply {
    public Actors {
      cards = List.copyOf(cards);
    }
  }

  /** An answer, and the id it was recorded under (its buttons come back with it). */
  record Answered(Answer answer, long id) implements ChatReply {}
}
