package org.attribot.answer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attribot.actor.Gazetteer;
import org.attribot.retrieve.AnswerType;
import org.attribot.retrieve.Candidate;
import org.attribot.retrieve.Retrieval;
import org.attribot.statement.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline composer: quotes the windows of sentences that answer the question from the
 * statements retrieval found, each followed by the marker of its statement. A statement counts
 * as evidence only when it names every anchor of the question (names under any alias or
 * relative, numbers) and enough of its weighted terms, and — for a question that asks for a
 * date, a number, a sum or a response — holds such an answer; with none, the answer abstains
 * and names the closest statements.
 */
public final class ExtractiveComposer {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractiveComposer.class);
  /** A further window of the best statement is quoted when it scores at least this share of its best one. */
  private static final double SECOND_RATIO = 0.75;
  /** How many further windows of the best statement may follow its best one, room permitting. */
  private static final int MORE_WINDOWS = 2;
  /** For a question asking for several things, another statement is quoted at this share of the best rank. */
  private static final double MANY_RATIO = 0.6;
  /** A question asking for many things is answered by statements naming its anchors and this share of the coverage asked of one. */
  private static final double MANY_COVERAGE = 0.5;
  /** How a statement's date heads its quotes in a timeline: "19 December 2017". */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private final ReadStatement.Cache cache;
  private final Gazetteer gazetteer;
  private final double minCoverage;
  private final double companionRatio;
  private final int maxStatements;
  private final int maxChars;

  /**
   * @param gazetteer the names of actors, agencies and countries, to see which a sentence names
   * @param minCoverage weighted share of question terms a statement must cover (0..1)
   * @param companionRatio a further statement is quoted when its span scores at least this share of the best
   * @param maxStatements most statements quoted in one answer
   * @param maxChars soft cap on the answer body
   */
  public ExtractiveComposer(Gazetteer gazetteer, double minCoverage, double companionRatio, int maxStatements,
      int maxChars) {
    if (minCoverage < 0 || minCoverage > 1 || companionRatio <= 0 || companionRatio > 1 || maxStatements < 1 || maxChars < 100) {
      throw new IllegalArgumentException("bad composer settings");
    }
    this.gazetteer = gazetteer;
    this.cache = new ReadStatement.Cache(1024, gazetteer);
    this.minCoverage = minCoverage;
    this.companionRatio = companionRatio;
    this.maxStatements = maxStatements;
    this.maxChars = maxChars;
  }


  /** The statements that can answer, best first, and the question as read against them. */
  record Judged(Retrieval retrieval, List<Evidence> usable, Set<Long> keys) {}

  public Answer compose(Retrieval found) {
    return compose(judge(found), "");
  }

  /** Judges every retrieved statement as evidence: which can answer the question, best first. */
  Judged judge(Retrieval found) {
    List<ReadStatement> read = new ArrayList<>();
    for (Candidate c : found.candidates()) {
      read.add(cache.get(c.statement().contentHash(), c.statement().statement()));
    }
    Retrieval retrieval = found.withQuestion(ProperNouns.promote(found.question(), read));
    List<Evidence> all = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      ReadStatement r = read.get(i);
      Evidence e = new Evidence(r, retrieval, gazetteer);
      LOG.debug("{}", e);
      all.add(e);
    }
    List<Evidence> usable = new ArrayList<>();
    Set<Long> keys = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      Evidence e = all.get(i);
      double needed = retrieval.question().many() ? minCoverage * MANY_COVERAGE : minCoverage;
      if (e.coverage >= needed && e.best != null && answersTheKind(retrieval, e)
          && (e.anchorsCovered || coveredTogether(retrieval, e, all))) {
        usable.add(e);
        keys.add(found.candidates().get(i).statement().key());
      }
    }
    usable.sort(Comparator.comparingDouble(Evidence::rank).reversed());
    return new Judged(retrieval, usable, keys);
  }

  /**
   * For a question about several parties ("has the Netherlands blamed both China and Russia"),
   * a statement that names all but one of its anchors counts when another statement names that one.
   */
  private static boolean coveredTogether(Retrieval retrieval, Evidence e, List<Evidence> all) {
    if (!retrieval.question().many() || e.missingAnchors().size() != 1 || !e.namesAnEntityAsked()) {
      return false;
    }
    int missing = e.missingAnchors().iterator().next();
    return all.stream().anyMatch(o -> o != e && o.anchorsCovered || o != e && !o.missingAnchors().contains(missing)
        && o.missingAnchors().size() == 1);
  }

  /**
   * The answer from the judged statements. {@code said}: the answer a follow-up follows (empty
   * for none): a window it already quoted is not quoted again, so "and who else?" gets something new.
   */
  Answer compose(Judged judged, String said) {
    Retrieval retrieval = judged.retrieval();
    String question = retrieval.question().text();
    List<Evidence> usable = new ArrayList<>();
    for (Evidence e : judged.usable()) {
      Evidence fresh = said.isEmpty() ? e : e.without(said);
      if (fresh != null) {
        usable.add(fresh);
      }
    }
    usable.sort(Comparator.comparingDouble(Evidence::rank).reversed());
    if (usable.isEmpty()) {
      return Answer.abstain(question, said.isEmpty() ? abstention(retrieval)
          : "The statements say nothing more on this than the answer before.");
    }
    Quote quote = new Quote(retrieval);
    Evidence top = usable.get(0);
    quote.add(top, top.best);
    boolean many = retrieval.question().many();
    for (Evidence e : usable.subList(1, usable.size())) {
      if (quote.statements() >= maxStatements || e.rank() < (many ? MANY_RATIO : companionRatio) * top.rank()) {
        break;
      }
      if (top.speakerInRecord() && !e.speakerInRecord()) {
        continue; // the question asks what one party said, and this statement is not that party's
      }
      if (quote.addsSomething(e, e.best, many) && quote.fits(e, e.best)) {
        quote.add(e, e.best);
      }
    }
    for (Evidence.Span next : top.others.subList(0, Math.min(MORE_WINDOWS, top.others.size()))) {
      if (next.score() >= SECOND_RATIO * top.best.score() && quote.fits(top, next)) {
        quote.add(top, next);
      }
    }
    return quote.answer(question);
  }

  /**
   * For a question that asks for the accused's response or for a person, a statement that holds
   * none does not answer; nor, for "what sanctions …", one that never says what is asked about.
   */
  private static boolean answersTheKind(Retrieval retrieval, Evidence e) {
    AnswerType type = retrieval.question().answerType();
    boolean typed = (type != AnswerType.RESPONSE && type != AnswerType.PERSON) || e.best.typed() > 0
        || e.others.stream().anyMatch(s -> s.typed() > 0);
    return typed && e.saysTheFocus(retrieval.question());
  }

  /**
   * The answer being built: windows in order of choice — or, for a question about how something
   * changed, in the order their statements were published, each headed by its date — each cited
   * by its statement's number.
   */
  private final class Quote {
    private final Retrieval retrieval;
    private final boolean timeline;
    private final List<Pick> picks = new ArrayList<>();
    private final Set<String> statements = new HashSet<>();
    private final Set<Integer> said = new HashSet<>();
    private int length;

    private record Pick(Statement statement, String text) {}

    Quote(Retrieval retrieval) {
      this.retrieval = retrieval;
      this.timeline = retrieval.question().asksHowItChanged();
    }

    int statements() {
      return statements.size();
    }

    boolean fits(Evidence e, Evidence.Span span) {
      return length + e.text(span).length() <= maxChars;
    }

    /**
     * Whether a window names a question anchor the answer does not name yet, or (for a list) more
     * of what is asked, or (for how something changed) a statement of another date.
     */
    boolean addsSomething(Evidence e, Evidence.Span span, boolean many) {
      for (int t : e.terms(span)) {
        if (!said.contains(t) && retrieval.question().terms().get(t).anchor()) {
          return true;
        }
      }
      if (timeline && e.statement.published() != null
          && picks.stream().noneMatch(p -> e.statement.published().equals(p.statement().published()))) {
        return true;
      }
      return many && span.typed() > 0;
    }

    void add(Evidence e, Evidence.Span span) {
      String text = e.text(span);
      picks.add(new Pick(e.statement, text));
      said.addAll(e.terms(span));
      boolean first = statements.add(e.statement.id());
      // the text, its " [n]" marker and, in a timeline, the date that heads a statement's first quote
      length += text.length() + 5 + (timeline && first ? 20 : 0);
    }

    Answer answer(String question) {
      List<Pick> ordered = new ArrayList<>(picks);
      if (timeline) {
        ordered.sort(Comparator.comparing((Pick p) -> p.statement().published(), Comparator.nullsLast(Comparator.naturalOrder())));
      }
      Map<String, Integer> numbers = new LinkedHashMap<>();
      List<Citation> citations = new ArrayList<>();
      StringBuilder body = new StringBuilder();
      for (Pick p : ordered) {
        Statement s = p.statement();
        Integer n = numbers.get(s.id());
        if (body.length() > 0) {
          body.append(' ');
        }
        if (n == null) {
          n = citations.size() + 1;
          numbers.put(s.id(), n);
          citations.add(new Citation(n, s.id(), s.title(), s.publisher(), s.author(), s.published(), s.url(), p.text()));
          if (timeline && s.published() != null) {
            body.append(s.published().format(DAY)).append(": ");
          }
        }
        body.append(p.text()).append(" [").append(n).append(']');
      }
      String notes = AliasNotes.notes(retrieval.question(), body.toString(), gazetteer);
      if (retrieval.narrowing().byDate()) {
        String undated = citations.stream().filter(c -> c.published() == null).map(c -> "[" + c.n() + "]")
            .collect(Collectors.joining(", "));
        if (!undated.isEmpty()) {
          notes = (notes + " (" + undated + " has no date, so the date limit could not rule it out.)").strip();
        }
      }
      String text = notes.isEmpty() ? body.toString() : body + " " + notes;
      return new Answer(question, text, false, citations, 0);
    }
  }

  private static String abstention(Retrieval retrieval) {
    StringBuilder text = new StringBuilder("The store has no statement that answers this.");
    List<Candidate> near = retrieval.candidates().stream().limit(3).toList();
    if (!near.isEmpty()) {
      text.append(" The closest statements are: ").append(near.stream()
          .map(c -> {
            Statement s = c.statement().statement();
            return "\u201c" + s.title() + "\u201d (" + s.publisher() + (s.published() == null ? "" : ", " + s.published()) + ")";
          })
          .collect(Collectors.joining("; "))).append('.');
    }
    return text.toString();
  }
}
