package org.attribot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.attribot.actor.Gazetteer;
import org.attribot.claim.Claim;
import org.attribot.claim.Stance;

/**
 * Scores extracted claims against gold claims on the key (statement, attributor, canonical
 * actor or else sponsor, stance; denies and rejects one class), names compared through the
 * gazetteer ("Czechia" is "Czech Republic", "APT 28" is "APT28"); and, for each matched claim,
 * how many of the gold targets were found.
 */
public final class ClaimScorer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Gazetteer gazetteer;

  public ClaimScorer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The figures: overall, per statement, and the keys missed and found wrongly. */
  public record Score(int gold, int predicted, int matched, int goldTargets, int targetsFound, int ourTargets, int ourTargetsRight,
                      Map<String, int[]> perStatement, List<String> missed, List<String> wrong) {
    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double targetRecall() {
      return goldTargets == 0 ? 0 : (double) targetsFound / goldTargets;
    }

    public double targetPrecision() {
      return ourTargets == 0 ? 0 : (double) ourTargetsRight / ourTargets;
    }

    /** Recall on one statement's gold claims. */
    public double recall(String statementId) {
      int[] c = perStatement.get(statementId);
      return c == null || c[0] == 0 ? 0 : (double) c[2] / c[0];
    }

    public Map<String, Object> metrics() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("gold_claims", gold);
      m.put("predicted_claims", predicted);
      m.put("matched", matched);
      m.put("precision", precision());
      m.put("recall", recall());
      m.put("target_recall", targetRecall());
      m.put("target_precision", targetPrecision());
      return m;
    }
  }

  /** Gold claims, one JSON object a line, in the format of the evaluation set's README. */
  public static List<Claim> readGold(Path file) throws IOException {
    List<Claim> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(line);
        List<String> targets = new ArrayList<>();
        n.path("targets").forEach(t -> targets.add(t.asText()));
        String evidence = n.path("evidence").asText("?");
        out.add(new Claim(n.path("statement_id").asText(), n.path("attributor").asText(), text(n, "actor"),
            text(n, "actor_canonical"), text(n, "sponsor"), text(n, "sponsor_state"), targets, text(n, "activity"),
            text(n, "when"), Stance.parse(n.path("stance").asText()), 0, evidence.length(), evidence));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException(file + " line " + lineNo + ": not valid JSON: " + org.attribot.input.JsonFault.describe(e), e);
      } catch (IOException | RuntimeException e) {
        throw new IOException(file + " line " + lineNo + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  public Score score(List<Claim> gold, List<Claim> predicted) {
    List<Claim> goldClaims = distinct(gold);
    List<Claim> ours = distinct(predicted);
    Map<String, int[]> perStatement = new TreeMap<>();
    Set<Claim> used = new HashSet<>();
    int matched = 0;
    int goldTargets = 0;
    int targetsFound = 0;
    int ourTargets = 0;
    int ourTargetsRight = 0;
    List<String> missed = new ArrayList<>();
    for (Claim g : goldClaims) {
      int[] counts = perStatement.computeIfAbsent(g.statementId(), k -> new int[3]);
      counts[0]++;
      Claim found = ours.stream().filter(c -> !used.contains(c) && same(g, c)).findFirst().orElse(null);
      if (found == null) {
        missed.add(describe(g));
        continue;
      }
      used.add(found);
      matched++;
      counts[2]++;
      for (String t : found.targets()) {
        ourTargets++;
        if (g.targets().stream().anyMatch(o -> sameTarget(o, t))) {
          ourTargetsRight++;
        }
      }
      for (String t : g.targets()) {
        goldTargets++;
        if (found.targets().stream().anyMatch(o -> sameTarget(o, t))) {
          targetsFound++;
        }
      }
    }
    List<String> wrong = new ArrayList<>();
    for (Claim c : ours) {
      perStatement.computeIfAbsent(c.statementId(), k -> new int[3])[1]++;
      if (!used.contains(c)) {
        wrong.add(describe(c));
      }
    }
    return new Score(goldClaims.size(), ours.size(), matched, goldTargets, targetsFound, ourTargets, ourTargetsRight, perStatement,
        missed, wrong);
  }

  /** One claim per key: the first of any that compare the same. */
  private List<Claim> distinct(List<Claim> claims) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      if (out.stream().noneMatch(o -> same(o, c))) {
        out.add(c);
      }
    }
    return out;
  }

  private boolean same(Claim a, Claim b) {
    return a.statementId().equals(b.statementId()) && a.stance().comparable() == b.stance().comparable()
        && sameName(a.attributor(), b.attributor()) && sameName(accused(a), accused(b));
  }

  private static String accused(Claim c) {
    return c.actorCanonical() != null ? c.actorCanonical() : c.sponsor();
  }

  private static String describe(Claim c) {
    return c.statementId() + " | " + c.attributor() + " | " + accused(c) + " | " + c.stance().comparable().wire();
  }

  /** Equal ignoring case, or names of a common entity in the gazetteer ("Czechia" and "Czech Republic"). */
  private boolean sameName(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.strip().equalsIgnoreCase(b.strip())) {
      return true;
    }
    Set<String> left = new HashSet<>();
    gazetteer.lookup(a).forEach(e -> left.add(e.canonical()));
    return gazetteer.lookup(b).stream().anyMatch(e -> left.contains(e.canonical()));
  }

  /** The same name, or one name inside the other word for word ("Electoral Commission" in "UK Electoral Commission"). */
  private boolean sameTarget(String a, String b) {
    if (sameName(a, b)) {
      return true;
    }
    String x = " " + a.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    String y = " " + b.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    return x.length() > 3 && y.length() > 3 && (x.contains(y) || y.contains(x));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
