package org.attribot.telegram;

import java.util.ArrayList;
import java.util.List;
import org.attribot.digest.Digest;
import org.attribot.digest.DigestLine;
import org.attribot.statement.Sentence;
import org.attribot.statement.TextSplitter;

/** A digest as Telegram HTML messages: every piece of text escaped, publishers linked, split at 4,096 characters between lines. */
final class TelegramDigestFormat {
  private TelegramDigestFormat() {}

  static List<String> html(Digest digest) {
    if (digest.empty()) {
      return List.of(TelegramFormat.escape(digest.nothingNew()));
    }
    List<String> units = new ArrayList<>();
    units.add("<b>" + TelegramFormat.escape(digest.headline()) + "</b>");
    if (digest.summary() != null) {
      String lead = "\n";
      for (Sentence s : TextSplitter.sentences(digest.summary())) {
        units.add(lead + TelegramFormat.escape(s.text()));
        lead = "";
      }
    }
    for (Digest.Section section : digest.sections()) {
      units.add("\n<b>" + TelegramFormat.escape(section.heading()) + "</b>");
      for (Digest.Item item : section.items()) {
        units.add(line(item));
      }
    }
    return TelegramFormat.pack(units);
  }

  /** {@code [n] Attributor: what — <a href="url">Publisher</a>, date} */
  static String line(Digest.Item item) {
    DigestLine l = item.line();
    String publisher = TelegramFormat.escape(l.publisher());
    return "[" + item.n() + "] " + TelegramFormat.escape(l.attributor()) + ": " + TelegramFormat.escape(l.what()) + " — "
        + (l.summary() ? TelegramFormat.escape(DigestLine.SUMMARY_OF) : "")
        + (l.url() == null ? publisher : "<a href=\"" + TelegramFormat.escape(l.url()).replace("\"", "&quot;") + "\">"
            + publisher + "</a>")
        + (l.published() == null ? "" : ", " + l.published());
  }
}
