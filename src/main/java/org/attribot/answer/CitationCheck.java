package org.attribot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.statement.Sentence;
import org.attribot.statement.TextSplitter;

/**
 * Checks what a model wrote against the passages it was given: reads the structured reply
 * (or plain text with markers), removes every {@code [n]} that is not one of the passages,
 * drops every sentence left without a valid marker and, given a {@link Judge}, every sentence
 * that what it cites does not support, and says whether anything cited remains. Used for
 * answers and for the digest's summary.
 */
public final class CitationCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

  private CitationCheck() {}

  /** Judges whether a sentence is supported by the passages it cites (valid numbers only); null when it is, else why not. */
  @FunctionalInterface
  public interface Judge {
    Support.Fault fault(String sentence, Set<Integer> cited);
  }

  /**
   * The checked answer: text whose markers are all valid passage numbers and whose sentences
   * are supported; the passages the kept sentences cite; how many sentences the model wrote and
   * how many were kept; what was removed: unknown markers, sentences without a valid marker,
   * sentences their citations do not support, counted by fault (and the passage numbers those cited).
   */
  public record Checked(String text, Set<Integer> cited, boolean enoughEvidence, int unknownMarkers, int droppedSentences,
      int written, Map<Support.Fault, Integer> faults, Set<Integer> unsupportedCited) {
    public Checked {
      faults = Map.copyOf(faults);
    }

    public boolean usable() {
      return enoughEvidence && !cited.isEmpty() && !text.isBlank();
    }

    /** Sentences dropped because what they cite does not support them, whatever the fault. */
    public int unsupported() {
      return faults.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int kept() {
      return written - droppedSentences - unsupported();
    }
  }

  /** Checks a reply (JSON with an {@code answer}, or text with markers) against sources numbered 1..{@code passages}. */
  public static Checked check(String reply, int passages) {
    return check(reply, passages, (sentence, cited) -> null);
  }

  /** As {@link #check(String, int)}, and drops every sentence {@code judge} finds unsupported by what it cites. */
  public static Checked check(String reply, int passages, Judge judge) {
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
    Map<Support.Fault, Integer> faults = new EnumMap<>(Support.Fault.class);
    int written = 0;
    Set<Integer> cited = new LinkedHashSet<>();
    Set<Integer> unsupportedCited = new LinkedHashSet<>();
    List<String> kept = new ArrayList<>();
    for (Sentence s : TextSplitter.sentences(text)) {
      written++;
      StringBuilder out = new StringBuilder();
      Matcher m = MARKER.matcher(s.text());
      Set<Integer> own = new LinkedHashSet<>();
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        if (n >= 1 && n <= passages) {
          own.add(n);
          m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
        } else {
          unknown++;
          m.appendReplacement(out, "");
        }
      }
      m.appendTail(out);
      String sentence = out.toString().replaceAll("\\s+([.,;:])", "$1").strip();
      Support.Fault fault = own.isEmpty() ? null : judge.fault(sentence, own);
      if (own.isEmpty()) {
        dropped++;
      } else if (fault != null) {
        faults.merge(fault, 1, Integer::sum);
        unsupportedCited.addAll(own);
      } else {
        cited.addAll(own);
        kept.add(sentence);
      }
    }
    return new Checked(String.join(" ", kept), cited, enough, unknown, dropped, written, faults, unsupportedCited);
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
