package org.attribot.answer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attribot.retrieve.AnswerType;
import org.attribot.retrieve.Retrieval;
import org.attribot.retrieve.Term;
import org.attribot.retrieve.Words;
import org.attribot.statement.Sentence;
import org.attribot.statement.Statement;
import org.attribot.statement.TextSplitter;

/**
 * Judges one statement as evidence for a question: which question terms it covers (in its
 * text, title, publisher or date), whether every anchor is among them, and which span of one
 * to three consecutive sentences answers best.
 */
final class Evidence {
  private static final Pattern TIME = Pattern.compile(
      "\\b(1[89]|20)\\d\\d\\b|\\b(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|last (year|month|week)|this year)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNT = Pattern.compile(
      "\\b\\d+\\b|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds|thousands"
          + "|several|a few)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AMOUNT = Pattern.compile(
      "[$€£¥]\\s?\\d|\\b\\d[\\d.,]*\\s?(bn|m|k|billion|million|thousand|trillion)\\b|\\b(dollars?|euros?|pounds?|usd|eur)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANAPHORA = Pattern.compile(
      "^[\"'\u201c\u2018(]*(the same|this|these|that|those|it|its|they|their|he|she|his|her|such|the group|the actor"
          + "|the hackers|the attackers|the campaign|the unit|the agency|the statement|the council|the ministry)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter DATE_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  final Statement statement;
  final List<Sentence> sentences;
  final double coverage;
  final boolean anchorsCovered;
  final Span best;
  private final java.util.Set<Integer> spanTerms;

  Evidence(Statement statement, Retrieval retrieval) {
    this.statement = statement;
    this.sentences = TextSplitter.sentences(statement.text());
    List<Term> terms = retrieval.question().terms();
    double total = 0;
    double covered = 0;
    boolean anchors = true;
    List<List<String>> sentenceStems = new ArrayList<>();
    for (Sentence s : sentences) {
      sentenceStems.add(stems(s.text()));
    }
    List<String> metaStems = stems(String.join(" ", statement.title(), statement.publisher(),
        statement.author() == null ? "" : statement.author(),
        statement.published() == null ? "" : statement.published().format(DATE_WORDS)));
    boolean[][] matches = new boolean[sentences.size()][terms.size()];
    for (int t = 0; t < terms.size(); t++) {
      Term term = terms.get(t);
      boolean found = contains(metaStems, term);
      for (int i = 0; i < sentences.size(); i++) {
        matches[i][t] = contains(sentenceStems.get(i), term);
        found |= matches[i][t];
      }
      double w = retrieval.weight(term);
      total += w;
      if (found) {
        covered += w;
      } else if (term.anchor()) {
        anchors = false;
      }
    }
    this.coverage = total == 0 ? 0 : covered / total;
    this.anchorsCovered = anchors;
    this.best = bestSpan(retrieval, matches, total);
    java.util.Set<Integer> inSpan = new java.util.HashSet<>();
    if (best != null) {
      for (int t = 0; t < terms.size(); t++) {
        for (int i = best.from; i < best.to; i++) {
          if (matches[i][t]) {
            inSpan.add(t);
          }
        }
      }
    }
    this.spanTerms = java.util.Set.copyOf(inSpan);
  }

  private Span bestSpan(Retrieval retrieval, boolean[][] matches, double total) {
    List<Term> terms = retrieval.question().terms();
    AnswerType type = retrieval.question().answerType();
    Span best = null;
    for (int i = 0; i < sentences.size(); i++) {
      if (isHeadline(i)) {
        continue;
      }
      for (int len = 1; len <= MAX_SPAN && i + len <= sentences.size(); len++) {
        if (isHeadline(i + len - 1)) {
          break;
        }
        double weight = 0;
        for (int t = 0; t < terms.size(); t++) {
          for (int j = i; j < i + len; j++) {
            if (matches[j][t]) {
              weight += retrieval.weight(terms.get(t));
              break;
            }
          }
        }
        String text = text(i, i + len);
        if (!fits(type, text)) {
          continue;
        }
        double coverage = total == 0 ? 0 : weight / total;
        double score = coverage - SENTENCE_COST * (len - 1) + NEW_WORDS_BONUS * newWords(text, terms);
        if (best == null || score > best.score) {
          best = new Span(i, i + len, score, coverage);
        }
      }
    }
    if (best != null && best.from > 0 && !isHeadline(best.from - 1)
        && ANAPHORA.matcher(sentences.get(best.from).text()).find()) {
      best = new Span(best.from - 1, best.to, best.score, best.coverage);
    }
    return best;
  }

  /** Most sentences in one quoted span. */
  private static final int MAX_SPAN = 3;
  /** What each sentence past the first costs a span's score: shorter answers win ties. */
  private static final double SENTENCE_COST = 0.1;
  /** What saying something the question did not already say is worth, at most. */
  private static final double NEW_WORDS_BONUS = 0.12;

  /** Share (saturating at 20 words) of the span's content words that are not the question's. */
  private static double newWords(String text, List<Term> terms) {
    int fresh = 0;
    for (Words.Token token : Words.tokens(text)) {
      if (Words.isStop(token.lower())) {
        continue;
      }
      String stem = Words.stem(token.lower());
      if (terms.stream().noneMatch(t -> t.matches(stem))) {
        fresh++;
      }
    }
    return Math.min(fresh, 20) / 20.0;
  }

  /** The headline repeated as the text's first line, or a line too short to say anything. */
  private boolean isHeadline(int i) {
    Sentence s = sentences.get(i);
    String text = s.text().strip();
    return (i == 0 && text.equalsIgnoreCase(statement.title().strip())) || Words.tokens(text).size() < 4;
  }

  static boolean fits(AnswerType type, String text) {
    return switch (type) {
      case TIME -> TIME.matcher(text).find();
      case COUNT -> COUNT.matcher(text).find();
      case AMOUNT -> AMOUNT.matcher(text).find();
      case OTHER -> true;
    };
  }

  String text(int from, int to) {
    return statement.text().substring(sentences.get(from).start(), sentences.get(to - 1).end()).replaceAll("\\s*\\n\\s*", " ");
  }

  /** How well this statement answers: its best span, then its coverage as a whole. */
  double rank() {
    return best.coverage() * 0.7 + coverage * 0.3;
  }

  /** Indexes of the question terms the best span covers. */
  java.util.Set<Integer> spanTerms() {
    return spanTerms;
  }

  @Override
  public String toString() {
    return statement.id() + " coverage=" + String.format("%.2f", coverage) + " anchors=" + anchorsCovered
        + (best == null ? " no span" : " span=" + String.format("%.2f", best.coverage()) + " \"" + spanText() + "\"");
  }

  String spanText() {
    return text(best.from, best.to);
  }

  private static List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    for (Words.Token token : Words.tokens(text)) {
      out.add(Words.stem(token.lower()));
    }
    return out;
  }

  private static boolean contains(List<String> stems, Term term) {
    for (String s : stems) {
      if (term.matches(s)) {
        return true;
      }
    }
    return false;
  }

  /** Sentences {@code [from, to)}; score ranks spans; coverage is the weighted share of terms in it. */
  record Span(int from, int to, double score, double coverage) {}
}
