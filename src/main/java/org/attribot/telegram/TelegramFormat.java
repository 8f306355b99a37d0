package org.attribot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.attribot.answer.Answer;
import org.attribot.answer.Citation;
import org.attribot.statement.Sentence;
import org.attribot.statement.TextSplitter;

/**
 * Answers as Telegram HTML: every piece of text escaped ({@code <}, {@code >}, {@code &}),
 * sources as links, and messages of at most {@link #LIMIT} characters cut between
 * paragraphs or sentences, never inside a tag.
 */
final class TelegramFormat {
  /** Telegram takes 4,096; the rest is room for the note on a message sent again after a restart. */
  static final int LIMIT = 4000;

  private TelegramFormat() {}

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The answer and its sources as HTML messages, each within the limit. */
  static List<String> html(Answer answer) {
    List<String> units = new ArrayList<>();
    for (Sentence s : TextSplitter.sentences(answer.text())) {
      units.add(escape(s.text()));
    }
    if (!answer.citations().isEmpty()) {
      units.add("\n<b>Sources</b>");
      for (Citation c : answer.citations()) {
        units.add(source(c));
      }
    }
    return pack(units);
  }

  /** The same as plain text, for when Telegram refuses the HTML. */
  static List<String> plain(Answer answer) {
    List<String> units = new ArrayList<>();
    for (Sentence s : TextSplitter.sentences(answer.text())) {
      units.add(s.text());
    }
    if (!answer.citations().isEmpty()) {
      units.add("\nSources");
      answer.citations().forEach(c -> units.add(c.sourceLine()));
    }
    return pack(units);
  }

  static String source(Citation c) {
    String title = escape(c.label());
    String linked = c.url() == null ? title : "<a href=\"" + escape(c.url()).replace("\"", "&quot;") + "\">" + title + "</a>";
    StringBuilder line = new StringBuilder("[").append(c.n()).append("] ").append(linked).append(" — ").append(escape(c.publisher()));
    if (c.author() != null) {
      line.append(", ").append(escape(c.author()));
    }
    if (c.published() != null) {
      line.append(", ").append(c.published());
    }
    return line.toString();
  }

  /**
   * Packs units (sentences, source lines: each complete in itself, tags closed) into
   * messages; a source line starts a new line, sentences are joined by spaces. A unit longer
   * than the limit on its own is cut between words (such a unit carries no tag).
   */
  static List<String> pack(List<String> units) {
    List<String> messages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String unit : units) {
      for (String piece : cut(unit)) {
        String separator = current.length() == 0 ? "" : piece.startsWith("\n") || piece.startsWith("[") ? "\n" : " ";
        if (current.length() + separator.length() + piece.length() > LIMIT) {
          messages.add(current.toString().strip());
          current.setLength(0);
          separator = "";
        }
        current.append(separator).append(piece);
      }
    }
    if (current.length() > 0) {
      messages.add(current.toString().strip());
    }
    return messages;
  }

  private static List<String> cut(String unit) {
    if (unit.length() <= LIMIT) {
      return List.of(unit);
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (String word : unit.split(" ")) {
      if (piece.length() + word.length() + 1 > LIMIT - 16) {
        pieces.add(piece.toString());
        piece.setLength(0);
      }
      if (piece.length() > 0) {
        piece.append(' ');
      }
      piece.append(word.length() > LIMIT - 16 ? word.substring(0, LIMIT - 16) : word);
    }
    if (piece.length() > 0) {
      pieces.add(piece.toString());
    }
    return pieces;
  }
}
