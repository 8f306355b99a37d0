// Over 300 lines: the reading of one statement as evidence and the scoring of its sentence windows share their arrays and belong together.
package org.attribot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.retrieve.AnswerType;
import org.attribot.retrieve.Question;
import org.attribot.retrieve.Retrieval;
import org.attribot.retrieve.Term;
import org.attribot.retrieve.Words;
import org.attribot.statement.Sentence;
import org.attribot.statement.Statement;

/**
 * Judges one statement as evidence for a question, sentence by sentence: which question terms
 * each sentence holds (names under any alias, or under the agency or state behind them), and
 * whether it carries an answer of the kind asked for; then ranks every window of one to three adjacent sentences, so the answer quotes the
 * window that answers rather than the one that merely names the subject.
 */
final class Evidence {
  private static final Pattern ANAPHORA = Pattern.compile(
      "^[\"'\u201c\u2018(]*(the same|this|these|that|those|it|its|they|their|he|she|his|her|such|the group|the actor"
          + "|the hackers|the attackers|the campaign|the unit|the agency|the statement|the council|the ministry)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Words that add to what the sentence before said. */
  private static final Pattern ALSO = Pattern.compile("\\b(also|further|furthermore|additionally|in addition|as well)\\b",
      Pattern.CASE_INSENSITIVE);
  /** "… was responsible for this compromise": a deed named only by pointing back to the sentence before. */
  private static final Pattern POINTS_BACK = Pattern.compile(
      "\\b(this|these|those|such|the same)\\s+(\\w+\\s+)?(compromise|incident|attempt|attack|attacks|activity|activities|campaign"
          + "|campaigns|operation|operations|intrusion|intrusions|breach|breaches|hack|hacks|cyberattack|cyberattacks|conduct"
          + "|behaviour|behavior|actions?)\\b|\\bthe (group|actor|hackers),? (which|that|whom|known)\\b",
      Pattern.CASE_INSENSITIVE);

  /** What a term named only through its agency or state counts, against naming it. */
  static final double RELATIVE_SHARE = 0.5;
  /** How much a term in the title or publisher counts towards a window that does not itself say it. */
  private static final double RECORD_SHARE = 0.5;
  /** How many sentences either side of a window count as its setting. */
  private static final int NEAR = 2;
  /** How much a term said in the setting counts towards a window that does not itself say it. */
  private static final double NEAR_SHARE = 0.3;
  /** Most sentences a window grows to when it takes what it points to, a list or a quotation's end. */
  private static final int MAX_WIDENED = 16;
  /** Most sentences in one quoted window. */
  private static final int MAX_SPAN = 3;
  /** What each sentence past the first costs a window's score: shorter answers win ties. */
  private static final double SENTENCE_COST = 0.1;
  /** What saying something the question did not already say is worth, at most. */
  private static final double NEW_WORDS_BONUS = 0.12;
  /** What carrying an answer of the kind asked for is worth, at most. */
  private static final double TYPE_BONUS = 0.5;
  /** A quote shorter than this is given the sentence around it: a line of a speech says little alone. */
  private static final int MIN_QUOTE = 160;
  /** Most lines of a list after a colon taken into a quote, and how long such a line may be. */
  private static final int MAX_LIST_LINES = 12;
  private static final int MAX_LIST_LINE = 120;
  /** A lead-in to a list this long (characters before its colon) is shortened. */
  private static final int LONG_LEAD_IN = 250;
  /** Where the first clause of a long lead-in may end, at the earliest. */
  private static final int FIRST_CLAUSE = 60;
  /** Fewer characters than this are not worth leaving out. */
  private static final int MIN_LEFT_OUT = 80;
  /** What a statement by (or headlined with) the one asked about is worth in rank. */
  private static final double SPEAKER_BONUS = 0.15;
  /** What a statement published by the one asked about is worth beyond that: their own word beats a report of it. */
  private static final double PUBLISHER_BONUS = 0.03;

  /** Names a state goes by that are one of its institutions ("the White House", "Downing Street"): they speak for that seat only. */
  private static final Pattern SEAT = Pattern.compile("\\b(house|street|department|office|ministry|palace|hall|chancellery|pentagon"
      + "|kremlin)\\b");

  final Statement statement;
  final List<Sentence> sentences;
  final double coverage;
  /** Weighted share of the question's terms in the statement's title and publisher. */
  final double recordCoverage;
  final boolean anchorsCovered;
  /** Indexes of the anchors the statement does not name. */
  private final Set<Integer> missingAnchors;
  /** The best window, or null when no window can answer. */
  final Span best;
  /** Further windows that do not overlap the best, best first. */
  final List<Span> others;
  private final boolean speakerInRecord;
  /** Whether the one whose statement the question asks about published it: their own word, not a report of it. */
  private final boolean speakerPublishes;
  private final boolean[] inRecord;
  private final List<List<ReadStatement.Word>> words;
  private final double[][] matches;
  private final List<Term> terms;
  /** Whether the question asks for a list of names (things, agencies, states): long lead-ins to a list are shortened. */
  private final boolean listAsked;
  /** The same judgement with the windows {@code said} already quotes left out; null when none is left. */
  Evidence without(String said) {
    List<Span> left = new ArrayList<>();
    if (!said.contains(text(best))) {
      left.add(best);
    }
    others.stream().filter(s -> !said.contains(text(s))).forEach(left::add);
    if (left.isEmpty()) {
      return null;
    }
    return left.size() == others.size() + 1 ? this : new Evidence(this, left.get(0), left.subList(1, left.size()));
  }

  private Evidence(Evidence e, Span best, List<Span> others) {
    this.statement = e.statement;
    this.sentences = e.sentences;
    this.coverage = e.coverage;
    this.recordCoverage = e.recordCoverage;
    this.anchorsCovered = e.anchorsCovered;
    this.missingAnchors = e.missingAnchors;
    this.best = best;
    this.others = List.copyOf(others);
    this.speakerInRecord = e.speakerInRecord;
    this.speakerPublishes = e.speakerPublishes;
    this.inRecord = e.inRecord;
    this.words = e.words;
    this.matches = e.matches;
    this.terms = e.terms;
    this.listAsked = e.listAsked;
  }

  Evidence(ReadStatement read, Retrieval retrieval, Gazetteer gazetteer) {
    this.statement = read.statement();
    this.sentences = read.sentences();
    this.words = read.words();
    Question question = retrieval.question();
    this.terms = question.terms();
    AnswerType type = question.answerType();
    this.listAsked = type == AnswerType.NAMES || type == AnswerType.AGENCY || type == AnswerType.PLACES;
    List<ReadStatement.Word> metaStems = read.record();
    Set<String> recordNamed = ReadStatement.canonical(read.recordNamed());
    List<Set<String>> sentenceNamed = new ArrayList<>();
    for (Set<ReadStatement.Named> n : read.named()) {
      sentenceNamed.add(ReadStatement.canonical(n));
    }
    this.matches = new double[sentences.size()][terms.size()];
    this.inRecord = new boolean[terms.size()];
    double total = 0;
    double covered = 0;
    double recordCovered = 0;
    boolean anchors = true;
    Set<Integer> missing = new HashSet<>();
    Set<String> asked = new HashSet<>();
    terms.forEach(t -> asked.addAll(t.entities()));
    double[] fit = new double[sentences.size()];
    double[] fresh = new double[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      fit[i] = TypeCues.fit(question.answerType(), sentences.get(i).text(), read.named().get(i), read.mentions().get(i), asked,
          w -> TypeCues.asks(terms, w));
      fresh[i] = Math.min(newWords(words.get(i), terms), 15) / 15.0;
    }
    int kind = kindAsked(question);
    for (int t = 0; t < terms.size(); t++) {
      Term term = terms.get(t);
      double found = match(term, recordNamed, metaStems);
      inRecord[t] = found >= 1;
      for (int i = 0; i < sentences.size(); i++) {
        matches[i][t] = match(term, sentenceNamed.get(i), words.get(i));
        if (t == kind && TypeCues.listed(sentences.get(i).text(), read.mentions().get(i), w -> TypeCues.asks(terms, w)) > 0) {
          matches[i][t] = 1; // "which companies": a sentence listing two or more names names companies without the word
        }
        found = Math.max(found, matches[i][t]);
      }
      double w = retrieval.weight(term);
      total += w;
      recordCovered += inRecord[t] ? w : 0;
      covered += found * w;
      if (found == 0 && term.anchor()) {
        anchors = false;
        missing.add(t);
      }
    }
    this.coverage = total == 0 ? 0 : covered / total;
    this.recordCoverage = total == 0 ? 0 : recordCovered / total;
    boolean speaker = false;
    boolean publishes = false;
    Set<String> publisherNamed = ReadStatement.canonical(read.publisherNamed());
    for (int t = 0; t < terms.size(); t++) {
      speaker |= inRecord[t] && question.isSpeaker(terms.get(t));
      publishes |= question.isSpeaker(terms.get(t)) && match(terms.get(t), publisherNamed, read.publisher()) >= 1;
    }
    List<Asked> whose = asked(question, gazetteer);
    String record = recordText(read).toLowerCase(java.util.Locale.ROOT);
    // the statement is theirs when its own voice is theirs, not when its headline names them (a denial names the accuser)
    this.speakerInRecord = speaker && (whose.isEmpty() || read.speech().voice().isEmpty()
        ? whose.stream().noneMatch(a -> a.seatUnsaid(record)) : voiceIsAsked(read, whose));
    this.speakerPublishes = publishes && this.speakerInRecord;
    this.anchorsCovered = anchors;
    this.missingAnchors = Set.copyOf(missing);
    List<Span> ranked = rankWindows(retrieval, total, fit, fresh);
    this.best = ranked.isEmpty() ? null : widen(ranked.get(0));
    List<Span> rest = new ArrayList<>();
    for (Span s : ranked) {
      if (best != null && !s.overlaps(best) && rest.stream().noneMatch(s::overlaps)) {
        rest.add(s);
      }
    }
    this.others = List.copyOf(rest);
  }

  /** One the question asks what they said: how it was written and the parties the actor list knows by that name. */
  private record Asked(String surface, Set<String> names) {
    /** Whether it is a state's institution ("the White House") that {@code lower} does not name as such. */
    boolean seatUnsaid(String lower) {
      return SEAT.matcher(surface).find() && !lower.contains(surface);
    }
  }

  /** Whose statement the question asks about, by name; a name the question wrote in lower case ("the uk") is looked up. */
  private static List<Asked> asked(Question question, Gazetteer gazetteer) {
    List<Asked> out = new ArrayList<>();
    for (Term t : question.terms()) {
      if (!question.isSpeaker(t)) {
        continue;
      }
      Set<String> names = new HashSet<>(t.entities());
      if (names.isEmpty() && gazetteer != null) {
        gazetteer.lookup(t.surface()).stream().filter(e -> e.kind() != Entity.Kind.ACTOR).forEach(e -> names.add(e.canonical()));
      }
      if (!names.isEmpty()) {
        out.add(new Asked(t.surface(), Set.copyOf(names)));
      }
    }
    return out;
  }

  /** Whether {@code name}, speaking where {@code text} is written, is the one the question asks about. */
  private static boolean isAsked(ReadStatement read, List<Asked> asked, String name, String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return asked.stream().anyMatch(a -> read.speech().isOneOf(name, a.names()) && !a.seatUnsaid(lower));
  }

  private static String recordText(ReadStatement read) {
    return read.statement().title() + "\n" + read.statement().publisher();
  }

  /** Whether the statement's own voice (its publisher or headline subject) is the one asked about. */
  private static boolean voiceIsAsked(ReadStatement read, List<Asked> asked) {
    return read.speech().voice().stream().anyMatch(n -> isAsked(read, asked, n, recordText(read)));
  }

  /** The index of the term that says what kind of thing a question asking for names wants ("companies"), or -1. */
  private int kindAsked(Question question) {
    String kind = question.namesAsked();
    if (kind == null) {
      return -1;
    }
    String stem = Words.stem(kind);
    for (int t = 0; t < terms.size(); t++) {
      if (!terms.get(t).isEntity() && (terms.get(t).surface().equals(kind) || terms.get(t).matches(stem))) {
        return t;
      }
    }
    return -1;
  }

  /** 1 when the term is named or written, {@link #RELATIVE_SHARE} when only its agency or state is named, else 0. */
  private static double match(Term term, Set<String> named, List<ReadStatement.Word> words) {
    if (term.isEntity()) {
      return term.namedIn(named) ? 1 : term.relativeIn(named) ? RELATIVE_SHARE : 0;
    }
    return contains(words, term) ? 1 : 0;
  }

  private List<Span> rankWindows(Retrieval retrieval, double total, double[] fit, double[] fresh) {
    AnswerType type = retrieval.question().answerType();
    List<Span> out = new ArrayList<>();
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
          double inSpan = 0;
          for (int j = i; j < i + len; j++) {
            inSpan = Math.max(inSpan, matches[j][t]);
          }
          double near = 0;
          for (int j = Math.max(0, i - NEAR); j < Math.min(sentences.size(), i + len + NEAR); j++) {
            near = Math.max(near, matches[j][t]);
          }
          double w = retrieval.weight(terms.get(t));
          // the headline and the sentences around set the scene for the quote
          weight += Math.max(inSpan, Math.max(near * NEAR_SHARE, inRecord[t] ? RECORD_SHARE : 0)) * w;
        }
        double typed = 0;
        double freshWords = 0;
        for (int j = i; j < i + len; j++) {
          typed = Math.max(typed, fit[j]);
          freshWords = Math.max(freshWords, fresh[j]);
        }
        if (TypeCues.required(type) && typed == 0) {
          continue;
        }
        if (type == AnswerType.RESPONSE && len > 1 && (fit[i] == 0 || fit[i + len - 1] == 0)) {
          continue; // a response is quoted as said, not padded with the sentences around it
        }
        double coverage = total == 0 ? 0 : weight / total;
        double score = coverage - SENTENCE_COST * (len - 1) + NEW_WORDS_BONUS * freshWords + TYPE_BONUS * typed;
        out.add(new Span(i, i + len, score, coverage, typed));
      }
    }
    out.sort((a, b) -> Double.compare(b.score, a.score));
    return out;
  }

  /** A window that points back ("the group") or says little gets the sentence before (or after) it. */
  private Span widen(Span s) {
    if (s.to - s.from >= MAX_WIDENED) {
      return s;
    }
    if (s.to < sentences.size() && sentences.get(s.to - 1).text().strip().endsWith(":")) {
      int to = s.to + 1; // what the colon introduces: a list set out one item a line is taken whole
      while (to < sentences.size() && to - s.to < MAX_LIST_LINES && isListLine(to - 1) && isListLine(to)) {
        to++;
      }
      return widen(new Span(s.from, to, s.score, s.coverage, s.typed));
    }
    if (s.from > 0 && !isHeadline(s.from - 1) && (ANAPHORA.matcher(sentences.get(s.from).text()).find()
        || POINTS_BACK.matcher(sentences.get(s.from).text()).find() || tooShort(s))) {
      return new Span(s.from - 1, s.to, s.score, s.coverage, s.typed);
    }
    if (s.to < sentences.size() && !isHeadline(s.to) && s.to - s.from < MAX_SPAN + 1 && opensAQuote(s)) {
      return widen(new Span(s.from, s.to + 1, s.score, s.coverage, s.typed)); // a quotation is quoted to its end
    }
    if (s.to < sentences.size() && !isHeadline(s.to) && s.to - s.from < MAX_SPAN && continues(sentences.get(s.to).text())) {
      return new Span(s.from, s.to + 1, s.score, s.coverage, s.typed); // "The unit also breached …" goes on with the list
    }
    if (s.to < sentences.size() && tooShort(s) && !isHeadline(s.to)) {
      return new Span(s.from, s.to + 1, s.score, s.coverage, s.typed);
    }
    return s;
  }

  /** Whether a window leaves a quotation open: it opens more straight or curly double quotes than it closes. */
  private boolean opensAQuote(Span s) {
    String text = text(s);
    int straight = 0;
    int open = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      straight += c == '"' ? 1 : 0;
      open += c == '\u201c' ? 1 : c == '\u201d' ? -1 : 0;
    }
    return straight % 2 == 1 || open > 0;
  }

  /** A sentence that goes on with the one before: it points back and adds ("The group also …", "It further …"). */
  private static boolean continues(String sentence) {
    return ANAPHORA.matcher(sentence).find() && ALSO.matcher(sentence).find();
  }

  /** A line of a list: short, on a line of its own, not ended as a sentence is. */
  private boolean isListLine(int i) {
    String text = sentences.get(i).text().strip();
    return text.length() <= MAX_LIST_LINE && !text.isEmpty() && ".!?:\"\u201d".indexOf(text.charAt(text.length() - 1)) < 0;
  }

  private boolean tooShort(Span span) {
    return sentences.get(span.to - 1).end() - sentences.get(span.from).start() < MIN_QUOTE;
  }

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

  String text(Span span) {
    if (!listAsked) {
      return statement.text().substring(sentences.get(span.from).start(), sentences.get(span.to - 1).end())
          .replaceAll("\\s*\\n\\s*", " ");
    }
    StringBuilder out = new StringBuilder();
    for (int i = span.from; i < span.to; i++) {
      Sentence s = sentences.get(i);
      String text = statement.text().substring(s.start(), s.end()).replaceAll("\\s*\\n\\s*", " ");
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(shortLeadIn(text));
    }
    return out.toString();
  }

  /**
   * A sentence that introduces a list after a long lead-in ("X, Y and the following partners are
   * releasing this advisory to warn …, which is based on …: A, B, C") keeps its first clause and
   * the list, the clauses between left out and marked, so the names asked for are not crowded out.
   */
  static String shortLeadIn(String sentence) {
    int colon = sentence.indexOf(": ");
    if (colon < 0 && sentence.endsWith(":")) {
      colon = sentence.length() - 1; // the list follows in the next lines
    }
    if (colon < LONG_LEAD_IN) {
      return sentence;
    }
    int cut = sentence.indexOf(", ", FIRST_CLAUSE);
    if (cut < 0 || cut + 2 >= colon - MIN_LEFT_OUT) {
      return sentence;
    }
    return sentence.substring(0, cut + 1) + " [\u2026]" + sentence.substring(colon);
  }

  /** How well this statement answers: its best window, then its coverage as a whole. */
  double rank() {
    return best.score() * 0.6 + coverage * 0.25 + recordCoverage * 0.15 + (speakerInRecord ? SPEAKER_BONUS : 0)
        + (speakerPublishes ? PUBLISHER_BONUS : 0);
  }

  /** Whether the statement names one of the entities the question names (under any name or relative). */
  boolean namesAnEntityAsked() {
    for (int t = 0; t < terms.size(); t++) {
      if (terms.get(t).isEntity() && !missingAnchors.contains(t) && terms.get(t).anchor()) {
        return true;
      }
    }
    return false;
  }

  /** "What sanctions …", "which companies …": the thing a what-question asks about. */
  private static final Pattern FOCUS = Pattern.compile("^\\W*(?:what|which)\\s+(?:other\\s+)?([a-z]+)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Whether the statement says the thing a what-question asks about ("what sanctions": a
   * sanction), when that thing is a plain word: a statement that never says it cannot answer.
   */
  /** Nouns that name no thing of their own ("what names", "what kind"): a text answers them without saying them. */
  private static final Set<String> LIGHT_NOUNS = Set.of("name", "names", "kind", "kinds", "type", "types", "sort", "way", "ways",
      "part", "role", "happened", "else", "details", "information", "evidence", "reason", "reasons");

  boolean saysTheFocus(Question question) {
    java.util.regex.Matcher m = FOCUS.matcher(question.text());
    if (!m.find() || question.answerType() != AnswerType.OTHER) {
      return true;
    }
    String focus = m.group(1).toLowerCase(java.util.Locale.ROOT);
    if (LIGHT_NOUNS.contains(focus)) {
      return true;
    }
    for (int t = 0; t < terms.size(); t++) {
      if (terms.get(t).surface().equals(focus) && !terms.get(t).anchor() && !terms.get(t).isEntity()) {
        if (inRecord[t]) {
          return true;
        }
        for (double[] sentence : matches) {
          if (sentence[t] > 0) {
            return true;
          }
        }
        return false;
      }
    }
    return true;
  }

  /** Whether the title or publisher names the one whose statement the question asks about. */
  boolean speakerInRecord() {
    return speakerInRecord;
  }

  Set<Integer> missingAnchors() {
    return missingAnchors;
  }

  /** Indexes of the question terms a window names (under any name or relative). */
  Set<Integer> terms(Span span) {
    Set<Integer> out = new HashSet<>();
    for (int t = 0; t < terms.size(); t++) {
      for (int i = span.from; i < span.to; i++) {
        if (matches[i][t] > 0) {
          out.add(t);
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return statement.id() + (best == null ? "" : String.format(" rank=%.3f speaker=%s", rank(), speakerInRecord))
        + " coverage=" + String.format("%.2f", coverage) + " anchors=" + anchorsCovered
        + (missingAnchors.isEmpty() ? "" : " missing=" + missingAnchors.stream().map(t -> terms.get(t).surface()).toList())
        + (best == null ? " no span" : " best=" + String.format("%.2f", best.score()) + " \"" + text(best) + "\"");
  }

  private static boolean contains(List<ReadStatement.Word> words, Term term) {
    boolean prefix = term.anchor() && LETTERS_2_4.matcher(term.surface()).matches();
    for (ReadStatement.Word w : words) {
      if (term.matches(w.stem()) || (prefix && DESIGNATOR.matcher(w.raw()).matches()
          && w.raw().regionMatches(true, 0, term.surface(), 0, term.surface().length())
          && Character.isDigit(w.raw().charAt(term.surface().length())))) {
        return true;
      }
    }
    return term.anchor() && LETTERS_3_5.matcher(term.surface()).matches() && spelledOut(words, term.surface());
  }

  /** Small words a spelled-out name may hold that its acronym leaves out ("Railway Authority of the North"). */
  private static final Set<String> NAME_GLUE = Set.of("of", "the", "for", "and", "on", "in");

  /**
   * Whether the words spell out an acronym: as many capitalised words in a row (small words
   * between them aside) as it has letters, their initials its letters in any order
   * ("Railway Authority of the North" for "RAN"; an acronym from another language may order them otherwise).
   */
  private static boolean spelledOut(List<ReadStatement.Word> words, String acronym) {
    char[] wanted = acronym.toCharArray();
    java.util.Arrays.sort(wanted);
    for (int i = 0; i < words.size(); i++) {
      char[] initials = new char[wanted.length];
      int found = 0;
      for (int j = i; j < words.size() && found < wanted.length; j++) {
        String raw = words.get(j).raw();
        if (raw.length() > 1 && Character.isUpperCase(raw.charAt(0)) && Character.isLowerCase(raw.charAt(1))) {
          initials[found++] = Character.toLowerCase(raw.charAt(0));
        } else if (found == 0 || !NAME_GLUE.contains(raw)) {
          break;
        }
      }
      java.util.Arrays.sort(initials);
      if (found == wanted.length && java.util.Arrays.equals(initials, wanted)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern LETTERS_2_4 = Pattern.compile("[a-z]{2,4}");
  private static final Pattern LETTERS_3_5 = Pattern.compile("[a-z]{3,5}");

  /** A designator of letters and a number ("APT40", "UNC3236"): the letters alone ("APT groups") name its kind. */
  private static final Pattern DESIGNATOR = Pattern.compile("[A-Za-z]{2,4}\\d+");

  /** Sentences {@code [from, to)}; score ranks windows; coverage is the weighted share of terms in it; typed the answer cue. */
  record Span(int from, int to, double score, double coverage, double typed) {
    boolean overlaps(Span o) {
      return from < o.to && o.from < to;
    }
  }
}
