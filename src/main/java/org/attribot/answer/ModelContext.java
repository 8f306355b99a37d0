package org.attribot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attribot.actor.Gazetteer;
import org.attribot.llm.Prompts;
import org.attribot.llm.Tokens;
import org.attribot.retrieve.Candidate;
import org.attribot.retrieve.Retrieval;
import org.attribot.retrieve.Term;
import org.attribot.statement.Sentence;
import org.attribot.statement.Statement;

/**
 * What the chat model is sent for a question: the statements retrieval found, each read
 * sentence by sentence and scored against the question (the weighted share of the question's
 * terms it holds — names under any alias, weighted by rarity — and whether it carries an answer
 * of the type asked for), then given within a budget of tokens: first the best window of every
 * statement (the best sentence with its neighbours), so no statement that matched is left
 * out; then, best statement first, a short statement whole or a longer one's next windows (up
 * to the size of a short statement), while the budget lasts. Each statement is one numbered source, its windows in text order
 * with "…" between them.
 *
 * <p>Scoring sentences by their embedding similarity too was measured and left out: it added
 * nothing to context recall on either evaluation set at 2,500 tokens and lowered it at smaller
 * budgets.
 */
public final class ModelContext {
  /** Tokens of the passages block sent to the model (fences and record lines included). */
  public static final int BUDGET = 2_500;
  /** A statement up to this many tokens is sent whole when the budget allows; of a longer one, windows up to this many. */
  static final int WHOLE = 900;
  /** Sentences either side of a best sentence in its window. */
  static final int NEIGHBOURS = 1;
  /** Weight of carrying an answer of the type asked for (a person, a date, an amount, a response). */
  static final double TYPE = 0.3;
  /** What a term named only through its agency or state counts in a sentence, against naming it. */
  static final double RELATIVE = 0.5;
  /** A tag in a passage is written so that it closes nothing. */
  private static final String TAG = "passage";

  private final Gazetteer gazetteer;
  private final ReadStatement.Cache cache;

  public ModelContext(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.cache = new ReadStatement.Cache(1024, gazetteer);
  }

  /**
   * One numbered source: a statement, the text of it that is sent (whole, or windows joined by
   * "…"), and its best window, the quote a citation of it shows.
   */
  public record Source(int n, Statement statement, String text, String quote) {
    /** What a sentence citing this source rests on for its names and numbers: the record lines, then the text sent. */
    public String asCited() {
      return statement.title() + '\n' + statement.publisher() + '\n'
          + (statement.published() == null ? "" : statement.published().toString()) + '\n' + text;
    }

    /** What a sentence citing this source is compared with in meaning: the title, then the text sent. */
    public String titled() {
      return statement.title() + '\n' + text;
    }
  }

  /** Statement {@code s} sent whole as source {@code n}: its sentences on one line each, joined as the context joins them. */
  public static Source whole(int n, Statement s) {
    StringBuilder out = new StringBuilder();
    for (Sentence sentence : org.attribot.statement.TextSplitter.sentences(s.text())) {
      out.append(out.length() > 0 ? " " : "").append(sentence.text().strip().replaceAll("\\s*\\n\\s*", " "));
    }
    return new Source(n, s, out.toString(), "");
  }

  /** The sources, the passages block as sent, and its tokens. */
  public record Context(List<Source> sources, String fenced, int tokens) {
    public boolean isEmpty() {
      return sources.isEmpty();
    }
  }

  /** A statement read and scored for the question. */
  private final class Scored {
    final int rank;
    final Statement statement;
    final List<Sentence> sentences;
    final double[] score;
    final int[] tokens;
    final int wholeTokens;
    final Set<Integer> chosen = new TreeSet<>();
    double best;
    int header;

    Scored(int rank, Candidate c, Retrieval retrieval) {
      this.rank = rank;
      this.statement = c.statement().statement();
      ReadStatement read = cache.get(c.statement().contentHash(), statement);
      this.sentences = read.sentences();
      this.score = new double[sentences.size()];
      this.tokens = new int[sentences.size()];
      List<Term> terms = retrieval.question().terms();
      double total = 0;
      for (Term t : terms) {
        total += retrieval.weight(t);
      }
      Set<String> asked = new HashSet<>();
      terms.forEach(t -> asked.addAll(t.entities()));
      int sum = 0;
      for (int i = 0; i < sentences.size(); i++) {
        Set<String> named = ReadStatement.canonical(read.named().get(i));
        double covered = 0;
        for (Term t : terms) {
          double found = t.isEntity() ? (t.namedIn(named) ? 1 : t.relativeIn(named) ? RELATIVE : 0)
              : read.words().get(i).stream().anyMatch(w -> t.matches(w.stem())) ? 1 : 0;
          covered += found * retrieval.weight(t);
        }
        double lexical = total == 0 ? 0 : covered / total;
        double typed = TypeCues.fit(retrieval.question().answerType(), sentences.get(i).text(), read.named().get(i),
            read.mentions().get(i), asked, w -> TypeCues.asks(terms, w));
        score[i] = lexical + TYPE * Math.min(1, typed);
        tokens[i] = Tokens.count(sentences.get(i).text()) + 1;
        sum += tokens[i];
      }
      this.wholeTokens = sum;
      // a window's worth: its best sentence, helped a little by its neighbours
      for (int i = 0; i < sentences.size(); i++) {
        best = Math.max(best, window(i));
      }
    }

    double window(int i) {
      double around = 0;
      for (int j = Math.max(0, i - NEIGHBOURS); j <= Math.min(sentences.size() - 1, i + NEIGHBOURS); j++) {
        if (j != i) {
          around = Math.max(around, score[j]);
        }
      }
      return score[i] + 0.25 * around;
    }

    /** Sentence indexes by window score, best first. */
    List<Integer> centres() {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < sentences.size(); i++) {
        out.add(i);
      }
      out.sort(Comparator.comparingDouble(this::window).reversed());
      return out;
    }

    /** What adding {@code window} costs in tokens (sentences already chosen are free; the record lines with the first). */
    int cost(Set<Integer> window) {
      int c = chosen.isEmpty() ? header : 0;
      for (int i : window) {
        if (!chosen.contains(i)) {
          c += tokens[i] + 1;
        }
      }
      return c;
    }

    /** Tokens of what is chosen, record lines included. */
    int used() {
      int c = chosen.isEmpty() ? 0 : header;
      for (int i : chosen) {
        c += tokens[i] + 1;
      }
      return c;
    }

    Set<Integer> windowAround(int centre) {
      Set<Integer> w = new TreeSet<>();
      for (int j = Math.max(0, centre - NEIGHBOURS); j <= Math.min(sentences.size() - 1, centre + NEIGHBOURS); j++) {
        w.add(j);
      }
      return w;
    }

    Set<Integer> all() {
      Set<Integer> w = new TreeSet<>();
      for (int i = 0; i < sentences.size(); i++) {
        w.add(i);
      }
      return w;
    }

    /** The best window as written, on one line. */
    String quote() {
      StringBuilder out = new StringBuilder();
      for (int i : windowAround(centres().get(0))) {
        out.append(out.length() > 0 ? " " : "").append(sentences.get(i).text().strip().replaceAll("\\s*\\n\\s*", " "));
      }
      return out.toString();
    }

    /** The chosen sentences as text: runs of adjacent sentences as written, gaps as "…". */
    String text() {
      StringBuilder out = new StringBuilder();
      int previous = -2;
      for (int i : chosen) {
        Sentence s = sentences.get(i);
        if (out.length() > 0) {
          out.append(i == previous + 1 ? " " : " … ");
        } else if (i > 0) {
          out.append("… ");
        }
        out.append(s.text().strip().replaceAll("\\s*\\n\\s*", " "));
        previous = i;
      }
      if (previous >= 0 && previous < sentences.size() - 1) {
        out.append(" …");
      }
      return out.toString();
    }
  }

  /** The context for a question: empty when retrieval found nothing. */
  public Context build(Retrieval retrieval) {
    List<Candidate> candidates = retrieval.candidates();
    if (candidates.isEmpty()) {
      return new Context(List.of(), "", 0);
    }
    List<Scored> statements = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Scored s = new Scored(i, candidates.get(i), retrieval);
      if (!s.sentences.isEmpty()) {
        s.header = Tokens.count(header(0, s.statement)) + 8;
        statements.add(s);
      }
    }
    // best first: the best window, a little help from retrieval's own order
    statements.sort(Comparator.comparingDouble((Scored s) -> s.best + 0.05 / (1 + s.rank)).reversed());
    int left = BUDGET;
    for (Scored s : statements) { // breadth: every statement's best window
      Set<Integer> w = s.windowAround(s.centres().get(0));
      int cost = s.cost(w);
      if (cost <= left) {
        left -= cost;
        s.chosen.addAll(w);
      }
    }
    for (Scored s : statements) { // depth: best statement first, whole when short, else more windows
      if (s.chosen.isEmpty()) {
        continue;
      }
      if (s.wholeTokens <= WHOLE && s.cost(s.all()) <= left) {
        left -= s.cost(s.all());
        s.chosen.addAll(s.all());
        continue;
      }
      int used = s.used();
      for (int centre : s.centres()) {
        Set<Integer> w = s.windowAround(centre);
        int cost = s.cost(w);
        if (cost <= left && used + cost <= WHOLE) {
          left -= cost;
          used += cost;
          s.chosen.addAll(w);
        }
      }
    }
    List<Source> sources = new ArrayList<>();
    for (Scored s : statements) {
      if (!s.chosen.isEmpty()) {
        sources.add(new Source(sources.size() + 1, s.statement, s.text(), s.quote()));
      }
    }
    String fenced = fence(sources);
    return new Context(List.copyOf(sources), fenced, Tokens.count(fenced));
  }

  private static String header(int n, Statement s) {
    return "<passage n=\"" + n + "\">\ntitle: " + Prompts.defuse(s.title(), TAG) + "\npublisher: "
        + Prompts.defuse(s.publisher(), TAG) + (s.published() == null ? "" : " | date: " + s.published()) + "\ntext: ";
  }

  /** Each source between tags, with the facts of its statement; a tag inside the text is defused. */
  static String fence(List<Source> sources) {
    StringBuilder out = new StringBuilder();
    for (Source s : sources) {
      out.append(header(s.n(), s.statement())).append(Prompts.defuse(s.text(), TAG)).append("\n</passage>\n");
    }
    return out.toString();
  }
}
