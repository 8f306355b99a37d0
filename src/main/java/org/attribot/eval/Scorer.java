package org.attribot.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.answer.Answer;
import org.attribot.answer.Citation;

/**
 * Scores answers exactly as the reference scorer ({@code tools/score.py}) does: keywords
 * case-insensitive on word boundaries after curly quotes and dashes are made ASCII, ending
 * within the first {@code maxChars} characters; correct = answerable, not abstained, no
 * keyword missing, and at least one supporting statement cited.
 */
public final class Scorer {
  private static final Map<Character, Character> TO_ASCII = new HashMap<>();

  static {
    for (char c : "\u2018\u2019\u201a\u201b\u2032\u00b4\u0060".toCharArray()) {
      TO_ASCII.put(c, '\'');
    }
    for (char c : "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb".toCharArray()) {
      TO_ASCII.put(c, '"');
    }
    for (char c : "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d".toCharArray()) {
      TO_ASCII.put(c, '-');
    }
    for (char c : "\u00a0\u202f\u2009".toCharArray()) {
      TO_ASCII.put(c, ' ');
    }
  }

  private final int maxChars;
  private final Map<String, Pattern> patterns = new HashMap<>();

  public Scorer(int maxChars) {
    this.maxChars = maxChars;
  }

  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(TO_ASCII.getOrDefault(c, c));
    }
    return out.toString();
  }

  private Pattern pattern(String phrase) {
    return patterns.computeIfAbsent(phrase, p -> {
      String[] parts = normalise(p).strip().split("\\s+");
      List<String> quoted = new ArrayList<>();
      for (String part : parts) {
        quoted.add(Pattern.quote(part));
      }
      return Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("\\s+", quoted) + "(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    });
  }

  boolean found(String phrase, String text) {
    Matcher m = pattern(phrase).matcher(normalise(text));
    if (m.find()) {
      return maxChars <= 0 || m.end() <= maxChars;
    }
    return false;
  }

  public List<String> missingKeywords(EvalQuestion q, String answerText) {
    List<String> missing = new ArrayList<>();
    for (String keyword : q.answerKeywords()) {
      List<String> options = new ArrayList<>();
      options.add(keyword);
      options.addAll(q.acceptableAlternatives().getOrDefault(keyword, List.of()));
      if (options.stream().noneMatch(o -> found(o, answerText))) {
        missing.add(keyword);
      }
    }
    return missing;
  }

  public Verdict judge(EvalQuestion q, Answer a) {
    List<String> cited = a.citations().stream().map(Citation::statementId).toList();
    boolean hit = cited.stream().anyMatch(q.supportingIds()::contains);
    List<String> missing = missingKeywords(q, a.text());
    int supportingCited = (int) cited.stream().filter(q.supportingIds()::contains).count();
    boolean correct = q.answerable() && !a.abstained() && missing.isEmpty() && hit;
    return new Verdict(q.id(), q.kind(), a.abstained(), missing, hit, cited, supportingCited, correct);
  }

  /** The per-question verdict the figures are counted from. */
  public record Verdict(String id, String kind, boolean abstained, List<String> missingKeywords, boolean hit,
      List<String> cited, int supportingCited, boolean correct) {}

  /** The figures, named and ordered as the reference scorer prints them. */
  public Map<String, Object> metrics(List<EvalQuestion> questions, List<Answer> answers, List<Verdict> verdicts) {
    List<Verdict> answerable = verdicts.stream().filter(v -> EvalQuestion.ANSWERABLE.contains(v.kind())).toList();
    List<Verdict> unanswerable = verdicts.stream().filter(v -> v.kind().equals("unanswerable")).toList();
    List<Verdict> answered = answerable.stream().filter(v -> !v.abstained()).toList();
    int cites = answered.stream().mapToInt(v -> v.cited().size()).sum();
    List<Long> elapsed = answers.stream().map(Answer::elapsedMs).toList();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("questions", verdicts.size());
    r.put("answerable", answerable.size());
    r.put("unanswerable", unanswerable.size());
    r.put("max_chars", maxChars);
    r.put("answer_accuracy", ratio(answerable.stream().filter(Verdict::correct).count(), answerable.size()));
    Map<String, Object> byKind = new LinkedHashMap<>();
    r.put("answer_accuracy_by_kind", byKind);
    r.put("abstain_accuracy", ratio(unanswerable.stream().filter(Verdict::abstained).count(), unanswerable.size()));
    r.put("false_abstain_rate", ratio(answerable.stream().filter(Verdict::abstained).count(), answerable.size()));
    r.put("citation_precision", ratio(answered.stream().mapToInt(Verdict::supportingCited).sum(), cites));
    r.put("citations_counted", cites);
    r.put("retrieval_hit", ratio(answerable.stream().filter(Verdict::hit).count(), answerable.size()));
    r.put("p50_ms", percentile(elapsed, 50));
    r.put("p95_ms", percentile(elapsed, 95));
    for (String kind : EvalQuestion.ANSWERABLE) {
      List<Verdict> ofKind = answerable.stream().filter(v -> v.kind().equals(kind)).toList();
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("n", ofKind.size());
      k.put("accuracy", ratio(ofKind.stream().filter(Verdict::correct).count(), ofKind.size()));
      byKind.put(kind, k);
    }
    return r;
  }

  static Double ratio(long num, long den) {
    return den == 0 ? null : (double) num / den;
  }

  /** Nearest-rank percentile, as the reference scorer computes it. */
  static Long percentile(List<Long> values, int p) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = values.stream().sorted().toList();
    int rank = Math.max(1, (int) Math.ceil(p / 100.0 * sorted.size()));
    return sorted.get(rank - 1);
  }
}
