package org.attribot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.statement.Sentence;
import org.attribot.statement.TextSplitter;

/**
 * Checks what a model wrote against the passages it was given: reads the structured reply
 * (or plain text with markers), removes every {@code [n]} that is not one of the passages,
 * drops every sentence left without a valid marker, and says whether anything cited remains.
 * Used for answers and for the digest's summary.
 */
public final class CitationCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

  private CitationCheck() {}

  /** The checked answer: text whose markers are all valid passage numbers, and what was removed. */
  public record Checked(String text, Set<Integer> cited, boolean enoughEvidence, int unknownMarkers, int droppedSentences) {
    public boolean usable() {
      return enoughEvidence && !cited.isEmpty() && !text.isBlank();
    }
  }

  /** Checks a reply (JSON with an {@code answer}, or text with markers) against sources numbered 1..{@code passages}. */
  public static Checked check(String reply, int passages) {
    String text = reply.strip();
    boolean enough = true;
    String body = stripFence(text);
    if (body.startsWith("{")) {
      try {
        JsonNode node = JSON.readTree(body);
        text = node.path("answer").asText("");
        enough = !node.has("enough_evidence") || node.get("enough_evidence").asBoolean(true);
      } catch (java.io.IOException e) {
        text = body; // not JSON after all: read it as text with markers
      }
    }
    int unknown = 0;
    int dropped = 0;
    Set<Integer> cited = new LinkedHashSet<>();
    List<String> kept = new ArrayList<>();
    for (Sentence s : TextSplitter.sentences(text)) {
      StringBuilder out = new StringBuilder();
      Matcher m = MARKER.matcher(s.text());
      boolean valid = false;
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        if (n >= 1 && n <= passages) {
          valid = true;
          cited.add(n);
          m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        } else {
          unknown++;
          m.appendReplacement(out, "");
        }
      }
      m.appendTail(out);
      if (valid) {
        kept.add(out.toString().replaceAll("\\s+([.,;:])", "$1").strip());
      } else {
        dropped++;
      }
    }
    return new Checked(String.join(" ", kept), cited, enough, unknown, dropped);
  }

  private static String stripFence(String text) {
    String t = text.strip();
    if (t.startsWith("```")) {
      int first = t.indexOf('\n');
      int last = t.lastIndexOf("```");
      if (first > 0 && last > first) {
        return t.substring(first + 1, last).strip();
      }
    }
    return t;
  }
}
