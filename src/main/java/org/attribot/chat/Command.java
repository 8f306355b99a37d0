package org.attribot.chat;

import java.util.Locale;

/**
 * What a person asks of the bot, read from a door's input: a command ({@code ask}, {@code help},
 * {@code sources}, {@code actor}, {@code subscribe}, {@code unsubscribe}, {@code reset},
 * {@code start}, or one the bot does not know) and the text that follows it.
 */
public record Command(String name, String text) {
  public static final String ASK = "ask";

  public Command {
    if (name == null) {
      throw new IllegalArgumentException("a command needs its name (a lone \"/\" has the empty one)");
    }
    name = name.toLowerCase(Locale.ROOT);
    text = text == null ? "" : text.strip();
  }

  /** A question. */
  public static Command ask(String question) {
    return new Command(ASK, question);
  }

  public boolean isQuestion() {
    return name.equals(ASK);
  }

  /**
   * A command from words, for a door without commands of its own ({@code /attrib sources}):
   * nothing is {@code help}; a leading sub-command word alone, or {@code subscribe}/{@code actor}
   * with their words, is that command; anything else is a question.
   */
  public static Command ofWords(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return new Command("help", "");
    }
    String[] parts = t.split("\\s+", 2);
    String first = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1].strip() : "";
    return switch (first) {
      case "help", "sources", "unsubscribe", "reset" -> rest.isEmpty() ? new Command(first, "") : ask(t);
      case "subscribe", "actor" -> new Command(first, rest);
      default -> ask(t);
    };
  }
}
