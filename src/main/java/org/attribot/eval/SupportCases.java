package org.attribot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences a model might write, made from a set's gold claims, for measuring the support check
 * ({@code eval --support}). Each claim is rendered as one plain sentence ("A attributed the
 * activity to B in 2024."): cited to its own statement it is supported; cited to another statement
 * where A attributes nothing, or turned into a denial, given another claim's operation, or made
 * to say that A and B did something that is no attribution at all, it is not.
 */
public final class SupportCases {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
  /** Relations between two parties that are no attribution, for sentences that keep the names and change the meaning. */
  private static final List<String> UNRELATED = List.of("signed a trade agreement", "held a joint naval exercise",
      "agreed to cooperate on fisheries research", "opened a cultural exchange programme");

  private SupportCases() {}

  /** What a sentence is, and so whether the check should keep it. */
  public enum Kind {
    /** The claim, cited to its own statement: to be kept. */
    SUPPORTED,
    /** The claim, cited to another statement in which its attributor attributes nothing. */
    OTHER_STATEMENT,
    /** The claim turned into its opposite (an attribution denied, a rejection accepted), cited to its own statement. */
    DENIAL,
    /** The claim with the operation of a claim of another statement, cited to its own statement. */
    OTHER_OPERATION,
    /** Its attributor and accused doing something that is no attribution, cited to its own statement. */
    UNRELATED;

    public boolean supported() {
      return this == SUPPORTED;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A gold claim's fields that a sentence is made of (null where the gold has none). */
  public record Gold(String statementId, String attributor, String accused, String stance, String activity, String year) {}

  /** One sentence, what it is, and the statement it cites. */
  public record Case(Kind kind, String sentence, String cites) {}

  /** The gold claims of {@code file} (the format of {@code claims.jsonl}). */
  public static List<Gold> read(Path file) throws IOException {
    List<Gold> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      String accused = text(n, "actor") != null ? text(n, "actor") : text(n, "actor_canonical");
      String when = text(n, "when");
      Matcher year = YEAR.matcher(when == null ? "" : when);
      out.add(new Gold(text(n, "statement_id"), text(n, "attributor"), accused, text(n, "stance"),
          operation(text(n, "activity")), year.find() ? year.group() : null));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  /** The first operation an activity names: up to a semicolon, without what "incl." or a bracket adds. */
  static String operation(String activity) {
    if (activity == null) {
      return "cyber operations";
    }
    String op = activity.split(";")[0].split(",? incl\\.")[0].replaceAll("\\s*\\([^)]*\\)", "").strip();
    return op.isEmpty() ? "cyber operations" : op;
  }

  /** The claim as a model might write it, or null when it has nothing to say (no attributor). */
  static String render(Gold c) {
    return render(c, c.activity());
  }

  private static String render(Gold c, String operation) {
    if (c.attributor() == null) {
      return null;
    }
    String in = c.year() == null ? "" : " in " + c.year();
    return switch (c.stance() == null ? "" : c.stance()) {
      case "attributes", "recalls" -> c.accused() == null ? null
          : c.attributor() + " attributed " + operation + " to " + c.accused() + in + ".";
      case "rejects", "denies" -> c.attributor() + " rejected the accusations over " + operation + in + ".";
      case "does_not_attribute" -> c.attributor() + " did not say who was behind " + operation + in + ".";
      default -> null;
    };
  }

  private static String opposite(Gold c) {
    String in = c.year() == null ? "" : " in " + c.year();
    return switch (c.stance() == null ? "" : c.stance()) {
      case "attributes", "recalls" -> c.accused() == null ? null
          : c.attributor() + " denied that " + c.accused() + " was behind " + c.activity() + in + ".";
      case "rejects", "denies" -> c.attributor() + " admitted responsibility for " + c.activity() + in + ".";
      default -> null;
    };
  }

  /**
   * Every case of {@code gold}, over the statements {@code ids} (the set's): per claim one
   * supported sentence and one of each unsupported kind that can be made. {@code order} ranks the
   * other statements a claim could be cited to, best first (the caller prefers those that name
   * the same parties, so the names alone cannot tell).
   */
  public static List<Case> cases(List<Gold> gold, List<String> ids, java.util.function.BiFunction<String, List<String>, List<String>> order) {
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      Gold c = gold.get(i);
      String sentence = render(c);
      if (sentence == null || !ids.contains(c.statementId())) {
        continue;
      }
      out.add(new Case(Kind.SUPPORTED, sentence, c.statementId()));
      List<String> others = new ArrayList<>();
      for (String id : ids) {
        if (!attributesIn(gold, c.attributor(), id)) {
          others.add(id);
        }
      }
      if (!others.isEmpty()) {
        out.add(new Case(Kind.OTHER_STATEMENT, sentence, order.apply(sentence, others).get(0)));
      }
      String opposite = opposite(c);
      if (opposite != null) {
        out.add(new Case(Kind.DENIAL, opposite, c.statementId()));
      }
      String swapped = otherOperation(gold, i);
      if (swapped != null) {
        out.add(new Case(Kind.OTHER_OPERATION, swapped, c.statementId()));
      }
      if (c.accused() != null) {
        out.add(new Case(Kind.UNRELATED, c.attributor() + " and " + c.accused() + " " + UNRELATED.get(i % UNRELATED.size())
            + (c.year() == null ? "" : " in " + c.year()) + ".", c.statementId()));
      }
    }
    return out;
  }

  /** Whether a gold claim of statement {@code id} has {@code attributor} (normalised as the claim scorer does). */
  private static boolean attributesIn(List<Gold> gold, String attributor, String id) {
    String a = ClaimScorer.norm(attributor);
    return gold.stream().anyMatch(g -> g.statementId().equals(id) && ClaimScorer.norm(g.attributor()).equals(a));
  }

  /**
   * Claim {@code i} with the operation of the next claim (in file order, wrapping) of another
   * statement whose operation shares no telling word (five letters or more, not in the operations
   * of a quarter of the statements, as "cyber" or "attacks" are) with any operation of claim
   * {@code i}'s own statement, so the sentence really says something that statement does not; null if none.
   */
  private static String otherOperation(List<Gold> gold, int i) {
    Gold c = gold.get(i);
    if (!List.of("attributes", "recalls").contains(String.valueOf(c.stance()))) {
      return null;
    }
    Map<String, Set<String>> statementsOf = new java.util.HashMap<>();
    gold.forEach(g -> words(g.activity()).forEach(w -> statementsOf.computeIfAbsent(w, x -> new HashSet<>()).add(g.statementId())));
    long statements = gold.stream().map(Gold::statementId).distinct().count();
    Set<String> own = new HashSet<>();
    gold.stream().filter(g -> g.statementId().equals(c.statementId())).forEach(g -> own.addAll(words(g.activity())));
    own.removeIf(w -> statementsOf.get(w).size() * 4 >= statements);
    for (int k = 1; k < gold.size(); k++) {
      Gold other = gold.get((i + k) % gold.size());
      if (!other.statementId().equals(c.statementId()) && words(other.activity()).stream().noneMatch(own::contains)) {
        return render(c, other.activity());
      }
    }
    return null;
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 5) {
        out.add(w);
      }
    }
    return out;
  }

  /** Counts of cases by kind, in kind order. */
  public static Map<Kind, Long> counts(List<Case> cases) {
    Map<Kind, Long> out = new java.util.EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      out.put(k, cases.stream().filter(c -> c.kind() == k).count());
    }
    return out;
  }
}
