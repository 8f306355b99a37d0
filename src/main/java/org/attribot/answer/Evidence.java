package org.attribot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Set;
import org.attribot.actor.Entity;
import org.attribot.retrieve.AnswerType;
import org.attribot.retrieve.Question;
import org.attribot.retrieve.Retrieval;
import org.attribot.retrieve.Term;
import org.attribot.retrieve.Words;
import org.attribot.statement.Sentence;
import org.attribot.statement.Statement;

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

  final Statement statement;
  final List<Sentence> sentences;
  final double coverage;
  /** Weighted share of the question's terms in the statement's title and publisher. */
  final double recordCoverage;
  /** Whether the title or publisher names the one whose statement the question asks about. */
  private final boolean speakerInRecord;
  /** What a statement by (or headlined with) the one asked about is worth in rank. */
  private static final double SPEAKER_BONUS = 0.15;
  /** Which question terms the title or publisher says. */
  private final boolean[] inRecord;
  final boolean anchorsCovered;
  final Span best;
  private final List<List<ReadStatement.Word>> words;
  private final java.util.Set<Integer> spanTerms;

  Evidence(ReadStatement read, Retrieval retrieval) {
    this.statement = read.statement();
    this.sentences = read.sentences();
    this.words = read.words();
    List<Term> terms = retrieval.question().terms();
    double total = 0;
    double covered = 0;
    boolean anchors = true;
    List<List<ReadStatement.Word>> sentenceStems = read.words();
    List<ReadStatement.Word> metaStems = read.record();
    Set<String> recordNamed = ReadStatement.canonical(read.recordNamed());
    List<Set<String>> sentenceNamed = new ArrayList<>();
    for (Set<ReadStatement.Named> n : read.named()) {
      sentenceNamed.add(ReadStatement.canonical(n));
    }
    boolean[][] matches = new boolean[sentences.size()][terms.size()];
    this.inRecord = new boolean[terms.size()];
    double recordCovered = 0;
    for (int t = 0; t < terms.size(); t++) {
      Term term = terms.get(t);
      boolean found = term.isEntity() ? term.namedIn(recordNamed) : contains(metaStems, term);
      inRecord[t] = found;
      for (int i = 0; i < sentences.size(); i++) {
        matches[i][t] = term.isEntity() ? term.namedIn(sentenceNamed.get(i)) : contains(sentenceStems.get(i), term);
        found |= matches[i][t];
      }
      double w = retrieval.weight(term);
      total += w;
      if (inRecord[t]) {
        recordCovered += w;
      }
      if (found) {
        covered += w;
      } else if (term.anchor()) {
        anchors = false;
      }
    }
    this.coverage = total == 0 ? 0 : covered / total;
    this.recordCoverage = total == 0 ? 0 : recordCovered / total;
    boolean speaker = false;
    for (int t = 0; t < terms.size(); t++) {
      speaker |= inRecord[t] && retrieval.question().isSpeaker(terms.get(t));
    }
    this.speakerInRecord = speaker;
    this.anchorsCovered = anchors;
    int[] fresh = new int[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      fresh[i] = newWords(sentenceStems.get(i), terms);
    }
    double[] typed = new double[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      typed[i] = typeFit(retrieval.question(), read.named().get(i));
    }
    this.best = bestSpan(retrieval, matches, fresh, typed, total);
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

  private Span bestSpan(Retrieval retrieval, boolean[][] matches, int[] fresh, double[] typed, double total) {
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
          boolean inSpan = false;
          for (int j = i; j < i + len && !inSpan; j++) {
            inSpan = matches[j][t];
          }
          if (inSpan) {
            weight += retrieval.weight(terms.get(t));
          } else if (inRecord[t]) {
            weight += RECORD_SHARE * retrieval.weight(terms.get(t)); // the headline sets the scene for the quote
          }
        }
        String text = text(i, i + len);
        if (!fits(type, text)) {
          continue;
        }
        double coverage = total == 0 ? 0 : weight / total;
        int freshWords = 0;
        double fit = 0;
        for (int j = i; j < i + len; j++) {
          freshWords += fresh[j];
          fit = Math.max(fit, typed[j]);
        }
        double score = coverage - SENTENCE_COST * (len - 1) + NEW_WORDS_BONUS * Math.min(freshWords, 15) / 15.0
            + TYPE_BONUS * fit;
        if (best == null || score > best.score) {
          best = new Span(i, i + len, score, coverage);
        }
      }
    }
    if (best != null && best.from > 0 && !isHeadline(best.from - 1)
        && (ANAPHORA.matcher(sentences.get(best.from).text()).find() || tooShort(best))) {
      best = new Span(best.from - 1, best.to, best.score, best.coverage); // what it points back to, or its setting
    } else if (best != null && best.to < sentences.size() && tooShort(best) && !isHeadline(best.to)) {
      best = new Span(best.from, best.to + 1, best.score, best.coverage);
    }
    return best;
  }

  /** A quote shorter than this is given the sentence around it: a line of a speech says little alone. */
  private static final int MIN_QUOTE = 160;

  private boolean tooShort(Span span) {
    return sentences.get(span.to - 1).end() - sentences.get(span.from).start() < MIN_QUOTE;
  }

  /** What naming the kind of thing the question asks for (an actor, countries) is worth, at most. */
  private static final double TYPE_BONUS = 0.12;

  /**
   * How well a sentence names what a "who" or "which countries" question asks for: entities
   * of that kind the question did not name itself, saturating at four (0..1).
   */
  static double typeFit(Question question, Set<ReadStatement.Named> named) {
    AnswerType type = question.answerType();
    if (type != AnswerType.ACTOR && type != AnswerType.PLACES) {
      return 0;
    }
    Set<String> asked = new java.util.HashSet<>();
    for (Term t : question.terms()) {
      asked.addAll(t.entities());
    }
    int fresh = 0;
    for (ReadStatement.Named n : named) {
      if (asked.contains(n.canonical())) {
        continue;
      }
      boolean wanted = type != AnswerType.PLACES || n.kind() == Entity.Kind.COUNTRY;
      if (wanted) {
        fresh++;
      }
    }
    return type == AnswerType.PLACES ? Math.min(fresh, 4) / 4.0 : Math.min(fresh, 1);
  }

  /** How much a term in the title or publisher counts towards a span that does not itself say it. */
  private static final double RECORD_SHARE = 0.5;

  /** Most sentences in one quoted span. */
  private static final int MAX_SPAN = 3;
  /** What each sentence past the first costs a span's score: shorter answers win ties. */
  private static final double SENTENCE_COST = 0.1;
  /** What saying something the question did not already say is worth, at most. */
  private static final double NEW_WORDS_BONUS = 0.12;

  /** How many of a sentence's content words are not the question's: what it adds. */
  private static int newWords(List<ReadStatement.Word> words, List<Term> terms) {
    int fresh = 0;
    for (ReadStatement.Word w : words) {
      if (Words.isStop(w.raw().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      if (terms.stream().noneMatch(t -> t.matches(w.stem()))) {
        fresh++;
      }
    }
    return fresh;
  }

  /** The headline repeated as the text's first line, or a line too short to say anything. */
  private boolean isHeadline(int i) {
    Sentence s = sentences.get(i);
    String text = s.text().strip();
    return (i == 0 && text.equalsIgnoreCase(statement.title().strip())) || words.get(i).size() < 4;
  }

  static boolean fits(AnswerType type, String text) {
    return switch (type) {
      case TIME -> TIME.matcher(text).find();
      case COUNT -> COUNT.matcher(text).find();
      case AMOUNT -> AMOUNT.matcher(text).find();
      case OTHER, ACTOR, PLACES -> true;
    };
  }

  String text(int from, int to) {
    return statement.text().substring(sentences.get(from).start(), sentences.get(to - 1).end()).replaceAll("\\s*\\n\\s*", " ");
  }

  /** How well this statement answers: its best span, then its coverage as a whole. */
  double rank() {
    return best.coverage() * 0.6 + coverage * 0.25 + recordCoverage * 0.15 + (speakerInRecord ? SPEAKER_BONUS : 0);
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

  private static boolean contains(List<ReadStatement.Word> words, Term term) {
    for (ReadStatement.Word w : words) {
      if (term.matches(w.stem())) {
        return true;
      }
    }
    return false;
  }

  /** Sentences {@code [from, to)}; score ranks spans; coverage is the weighted share of terms in it. */
  record Span(int from, int to, double score, double coverage) {}
}
