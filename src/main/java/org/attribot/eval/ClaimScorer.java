// Over 300 lines: a line-for-line port of the reference scorer claims_score.py, kept whole so the two can be read side by side.
package org.attribot.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores extracted attribution claims against gold claims exactly as {@code tools/claims_score.py}
 * does. Both sides are claims in the gold format, one JSON object a line ({@code claims --json}
 * prints ours so). A claim's key is (statement id, attributor, who, stance family): who is the
 * canonical actor if given, else the sponsor, else the actor as named; attributor and who are
 * compared after the reference's light normalisation ({@link #norm}); {@code attributes} and
 * {@code recalls} are one family, {@code denies} and {@code rejects} another. Claims with the same
 * key count once on each side. A predicted key is right when it names, for a gold claim of the same
 * statement, attributor and family, that claim's canonical actor, sponsor, actor or sponsor state;
 * precision is the share of predicted keys that are right, recall the share of gold keys some right
 * prediction names, F1 their harmonic mean (0 when either is 0 or undefined).
 *
 * <p>Besides the reference's figures: per statement counts, the gold keys missed and the predicted
 * keys that name no gold claim, and for the matched keys how many gold targets our claims name.
 */
public final class ClaimScorer {
  private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build(); // as Python's json.loads

  /** The reference's short forms, looked up after normalisation. */
  private static final Map<String, String> SHORT = Map.ofEntries(Map.entry("uk", "united kingdom"),
      Map.entry("u.k.", "united kingdom"), Map.entry("britain", "united kingdom"), Map.entry("us", "united states"),
      Map.entry("u.s.", "united states"), Map.entry("usa", "united states"), Map.entry("czechia", "czech republic"),
      Map.entry("eu", "european union"), Map.entry("apt 28", "apt28"), Map.entry("apt 29", "apt29"),
      Map.entry("apt 31", "apt31"), Map.entry("apt 40", "apt40"), Map.entry("north atlantic council", "nato"),
      Map.entry("dprk", "north korea"));

  /** Stance families: attributes/recalls, denies/rejects. */
  private static final Map<String, String> FAMILY = Map.of("attributes", "attr", "recalls", "attr", "denies", "deny",
      "rejects", "deny", "does_not_attribute", "none");

  /** Characters the reference deletes from names: quotes, apostrophes, full stops, commas, parentheses. */
  private static final String DELETED = "\u2018\u2019'\".,()";

  private ClaimScorer() {}

  /**
   * One claim as the scorer reads it: the fields of the gold format that the key uses, each the
   * JSON string as written or null (absent or JSON null), and the targets for the diagnostics.
   */
  public record Fields(String statementId, String attributor, String actor, String actorCanonical, String sponsor,
                       String sponsorState, String stance, List<String> targets) {
    public Fields {
      targets = targets == null ? List.of() : List.copyOf(targets);
    }
  }

  /** What a claim is scored on: (statement id, normalised attributor, normalised who, stance family). */
  public record Key(String statementId, String attributor, String who, String family) {
    @Override
    public String toString() {
      return statementId + " | " + attributor + " | " + who + " | " + family;
    }
  }

  /**
   * The figures. {@code gold} and {@code predicted} count distinct keys; {@code matchedPredicted}
   * the predicted keys that are right, {@code matchedGold} the gold keys found; per statement
   * {gold, predicted, gold found}; the gold keys missed and the predicted keys wrong, sorted.
   */
  public record Score(int gold, int predicted, int matchedPredicted, int matchedGold, int goldTargets, int targetsFound,
                      int ourTargets, int ourTargetsRight, Map<String, int[]> perStatement, List<Key> missed, List<Key> wrong) {
    /** Right predicted keys over predicted keys; null when nothing was predicted (as the reference's None). */
    public Double precision() {
      return predicted == 0 ? null : (double) matchedPredicted / predicted;
    }

    /** Gold keys found over gold keys; null when there is no gold claim. */
    public Double recall() {
      return gold == 0 ? null : (double) matchedGold / gold;
    }

    /** 2PR/(P+R), computed in the reference's order; 0 when either is 0 or undefined. */
    public double f1() {
      Double p = precision();
      Double r = recall();
      return p == null || r == null || p == 0 || r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Of the gold targets of the gold keys found, the share some right prediction of them names. */
    public double targetRecall() {
      return goldTargets == 0 ? 0 : (double) targetsFound / goldTargets;
    }

    /** Of the targets of the right predicted keys, the share a gold claim they match names. */
    public double targetPrecision() {
      return ourTargets == 0 ? 0 : (double) ourTargetsRight / ourTargets;
    }

    /** Recall on one statement's gold keys (0 when it has none). */
    public double recall(String statementId) {
      int[] c = perStatement.get(statementId);
      return c == null || c[0] == 0 ? 0 : (double) c[2] / c[0];
    }

    /** The reference's figures first, under its names ({@code gold, predicted, precision, recall, f1}), then ours. */
    public Map<String, Object> metrics() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("gold", gold);
      m.put("predicted", predicted);
      m.put("precision", precision());
      m.put("recall", recall());
      m.put("f1", f1());
      m.put("matched_predicted", matchedPredicted);
      m.put("matched_gold", matchedGold);
      m.put("target_recall", targetRecall());
      m.put("target_precision", targetPrecision());
      return m;
    }
  }

  /** Claims in the gold format, one JSON object a line; blank lines are skipped. */
  public static List<Fields> read(Path file) throws IOException {
    return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
  }

  /** Claims in the gold format from lines of JSON; {@code source} names them in errors. */
  public static List<Fields> parse(List<String> lines, String source) {
    List<Fields> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (pyStrip(line).isEmpty()) {
        continue;
      }
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException(source + " line " + lineNo + ": not valid JSON: " + org.attribot.input.JsonFault.describe(e), e);
      }
      if (n == null || !n.isObject()) {
        throw new IllegalArgumentException(source + " line " + lineNo + ": not a JSON object");
      }
      List<String> targets = new ArrayList<>();
      n.path("targets").forEach(t -> {
        if (t.isTextual()) {
          targets.add(t.asText());
        }
      });
      String where = source + " line " + lineNo;
      out.add(new Fields(text(n, "statement_id", where), text(n, "attributor", where), text(n, "actor", where),
          text(n, "actor_canonical", where), text(n, "sponsor", where), text(n, "sponsor_state", where),
          text(n, "stance", where), targets));
    }
    return out;
  }

  /** The reference's key of one claim. */
  public static Key key(Fields c) {
    String who = truthy(c.actorCanonical()) ? c.actorCanonical() : truthy(c.sponsor()) ? c.sponsor() : c.actor();
    return new Key(c.statementId(), norm(c.attributor()), norm(who), FAMILY.getOrDefault(c.stance(), c.stance()));
  }

  public static Score score(List<Fields> gold, List<Fields> predicted) {
    // distinct keys, each with the targets of every claim that has it
    Map<Key, Set<String>> g = new LinkedHashMap<>();
    gold.forEach(c -> g.computeIfAbsent(key(c), k -> new LinkedHashSet<>()).addAll(c.targets()));
    Map<Key, Set<String>> p = new LinkedHashMap<>();
    predicted.forEach(c -> p.computeIfAbsent(key(c), k -> new LinkedHashSet<>()).addAll(c.targets()));
    // each name of a gold claim, under which a prediction finds it
    Map<Key, Set<Key>> alt = new HashMap<>();
    for (Fields c : gold) {
      List<String> names = new ArrayList<>();
      for (String w : new String[] {c.actorCanonical(), c.sponsor(), c.actor(), c.sponsorState()}) {
        if (truthy(w)) {
          names.add(w);
        }
      }
      if (names.isEmpty()) {
        names.add("");
      }
      for (String who : names) {
        alt.computeIfAbsent(new Key(c.statementId(), norm(c.attributor()), norm(who), FAMILY.get(c.stance())),
            k -> new LinkedHashSet<>()).add(key(c));
      }
    }
    Set<Key> matchedGold = new HashSet<>();
    Map<Key, Set<Key>> foundBy = new HashMap<>(); // gold key → the right predicted keys that name it
    int matchedPredicted = 0;
    int ourTargets = 0;
    int ourTargetsRight = 0;
    List<Key> wrong = new ArrayList<>();
    for (Map.Entry<Key, Set<String>> e : p.entrySet()) {
      Set<Key> named = alt.get(e.getKey());
      if (named == null) {
        wrong.add(e.getKey());
        continue;
      }
      matchedPredicted++;
      matchedGold.addAll(named);
      named.forEach(k -> foundBy.computeIfAbsent(k, x -> new HashSet<>()).add(e.getKey()));
      for (String t : e.getValue()) {
        ourTargets++;
        if (named.stream().anyMatch(k -> g.get(k).stream().anyMatch(o -> sameTarget(o, t)))) {
          ourTargetsRight++;
        }
      }
    }
    int goldTargets = 0;
    int targetsFound = 0;
    Map<String, int[]> perStatement = new TreeMap<>();
    List<Key> missed = new ArrayList<>();
    for (Map.Entry<Key, Set<String>> e : g.entrySet()) {
      int[] counts = perStatement.computeIfAbsent(label(e.getKey()), k -> new int[3]);
      counts[0]++;
      if (!matchedGold.contains(e.getKey())) {
        missed.add(e.getKey());
        continue;
      }
      counts[2]++;
      Set<Key> ours = foundBy.get(e.getKey());
      for (String t : e.getValue()) {
        goldTargets++;
        if (ours.stream().anyMatch(k -> p.get(k).stream().anyMatch(o -> sameTarget(o, t)))) {
          targetsFound++;
        }
      }
    }
    p.keySet().forEach(k -> perStatement.computeIfAbsent(label(k), x -> new int[3])[1]++);
    Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    Comparator<Key> order = Comparator.comparing(Key::statementId, nullsFirst).thenComparing(Key::attributor)
        .thenComparing(Key::who).thenComparing(Key::family, nullsFirst);
    missed.sort(order);
    wrong.sort(order);
    return new Score(g.size(), p.size(), matchedPredicted, matchedGold.size(), goldTargets, targetsFound, ourTargets,
        ourTargetsRight, perStatement, missed, wrong);
  }

  /**
   * The reference's light normalisation: lower case; quotes, apostrophes, full stops, commas and
   * parentheses dropped; outer white space and a leading "the" removed; inner runs of white space
   * made one space; then the short forms ({@code uk}, {@code czechia}, {@code apt 28}, …) replaced.
   * Null is "". White space is Python's (str.isspace), not Java's.
   */
  public static String norm(String x) {
    if (x == null) {
      return "";
    }
    String lower = x.toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(lower.length());
    lower.codePoints().filter(cp -> DELETED.indexOf(cp) < 0).forEach(kept::appendCodePoint);
    String s = pyStrip(kept.toString());
    if (s.startsWith("the") && s.length() > 3 && pySpace(s.codePointAt(3))) {
      int i = 3;
      while (i < s.length() && pySpace(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      s = s.substring(i);
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean inSpace = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (pySpace(cp)) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
      } else {
        out.appendCodePoint(cp);
        inSpace = false;
      }
    }
    String n = out.toString();
    return SHORT.getOrDefault(n, n);
  }

  /**
   * Python's white space (str.isspace, str.strip, {@code \s} in re): general category Zs, or
   * bidirectional class WS, B or S — which takes in the separators U+001C..U+001F that Java's
   * own white space tests leave out.
   */
  static boolean pySpace(int cp) {
    if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
      return true;
    }
    byte d = Character.getDirectionality(cp);
    return d == Character.DIRECTIONALITY_WHITESPACE || d == Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR
        || d == Character.DIRECTIONALITY_SEGMENT_SEPARATOR;
  }

  /** {@code s} without Python white space at either end. */
  static String pyStrip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && pySpace(s.codePointAt(start))) {
      start += Character.charCount(s.codePointAt(start));
    }
    while (end > start && pySpace(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(start, end);
  }

  /** Python's truth of a name: present and not empty. */
  private static boolean truthy(String s) {
    return s != null && !s.isEmpty();
  }

  private static String label(Key k) {
    return Objects.requireNonNullElse(k.statementId(), "(no statement_id)");
  }

  /** The same name after normalisation, or one inside the other word for word ("Electoral Commission" in "UK Electoral Commission"). */
  private static boolean sameTarget(String a, String b) {
    if (norm(a).equals(norm(b))) {
      return true;
    }
    String x = " " + a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    String y = " " + b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    return x.length() > 3 && y.length() > 3 && (x.contains(y) || y.contains(x));
  }

  /** A field the key uses: its string, or null when absent or JSON null; any other JSON value is refused. */
  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" must be a string or null, not " + v);
    }
    return v.asText();
  }
}
