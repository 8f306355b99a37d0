package org.attribot.digest;

import java.util.ArrayList;
import java.util.List;

/** A digest as plain text, for the terminal: the headline, the summary, then each actor's lines. */
public final class PlainDigestFormat {
  private PlainDigestFormat() {}

  public static String text(Digest digest) {
    if (digest.empty()) {
      return digest.nothingNew();
    }
    List<String> out = new ArrayList<>();
    out.add(digest.headline());
    if (digest.summary() != null) {
      out.add("");
      out.add(digest.summary());
    }
    for (Digest.Section section : digest.sections()) {
      out.add("");
      out.add(section.heading());
      for (Digest.Item item : section.items()) {
        out.add(line(item));
      }
    }
    return String.join("\n", out);
  }

  /** {@code [n] Attributor: what — Publisher, date. url} ({@code — attribot's summary of the statement by Publisher} for a summary) */
  public static String line(Digest.Item item) {
    DigestLine l = item.line();
    return "[" + item.n() + "] " + l.attributor() + ": " + l.what() + " — " + l.source()
        + (l.published() == null ? "" : ", " + l.published()) + "." + (l.url() == null ? "" : " " + l.url());
  }
}
