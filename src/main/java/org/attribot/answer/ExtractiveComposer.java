package org.attribot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.attribot.actor.Gazetteer;
import org.attribot.retrieve.Candidate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.attribot.retrieve.Retrieval;
import org.attribot.statement.Statement;

/**
 * The offline composer: quotes the sentences that answer the question from the statements
 * retrieval found, each followed by the marker of its statement. A statement counts as
 * evidence only when it covers every anchor of the question (names, numbers) and enough of
 * its weighted terms; with none, the answer abstains and names the closest statements.
 */
public final class ExtractiveComposer {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractiveComposer.class);
  private final ReadStatement.Cache cache = new ReadStatement.Cache(1024);
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
  public ExtractiveComposer(Gazetteer gazetteer, double minCoverage, double companionRatio, int maxStatements, int maxChars) {
    if (minCoverage < 0 || minCoverage > 1 || companionRatio <= 0 || companionRatio > 1 || maxStatements < 1 || maxChars < 100) {
      throw new IllegalArgumentException("bad composer settings");
    }
    this.gazetteer = gazetteer;
    this.minCoverage = minCoverage;
    this.companionRatio = companionRatio;
    this.maxStatements = maxStatements;
    this.maxChars = maxChars;
  }

  public Answer compose(Retrieval found) {
    List<ReadStatement> read = new ArrayList<>();
    for (Candidate c : found.candidates()) {
      read.add(cache.get(c.statement().contentHash(), c.statement().statement(), gazetteer));
    }
    Retrieval retrieval = found.withQuestion(ProperNouns.promote(found.question(), read));
    String question = retrieval.question().text();
    List<Evidence> usable = new ArrayList<>();
    for (ReadStatement r : read) {
      Evidence e = new Evidence(r, retrieval);
      LOG.debug("{}", e);
      if (e.anchorsCovered && e.coverage >= minCoverage && e.best != null) {
        usable.add(e);
      }
    }
    if (usable.isEmpty()) {
      return Answer.abstain(question, abstention(retrieval));
    }
    usable.sort(Comparator.comparingDouble(Evidence::rank).reversed());
    double top = usable.get(0).rank();
    StringBuilder body = new StringBuilder();
    List<Citation> citations = new ArrayList<>();
    java.util.Set<Integer> said = new java.util.HashSet<>();
    for (Evidence e : usable) {
      if (citations.size() >= maxStatements || e.rank() < companionRatio * top) {
        break;
      }
      if (!citations.isEmpty() && !addsAnAnchor(retrieval, said, e.spanTerms())) {
        continue; // names nothing the question asks about that the answer does not already name
      }
      said.addAll(e.spanTerms());
      String span = e.spanText();
      if (!citations.isEmpty() && body.length() + span.length() > maxChars) {
        continue;
      }
      int n = citations.size() + 1;
      Statement s = e.statement;
      citations.add(new Citation(n, s.id(), s.title(), s.publisher(), s.author(), s.published(), s.url(), span));
      if (body.length() > 0) {
        body.append(' ');
      }
      body.append(span).append(" [").append(n).append(']');
    }
    String notes = AliasNotes.notes(retrieval.question(), body.toString(), gazetteer);
    if (retrieval.narrowing().byDate()) {
      String undated = citations.stream().filter(c -> c.published() == null).map(c -> "[" + c.n() + "]")
          .collect(Collectors.joining(", "));
      if (!undated.isEmpty()) {
        notes = (notes + " (" + undated + " has no date, so the date limit could not rule it out.)").strip();
      }
    }
    if (!notes.isEmpty()) {
      body.append(' ').append(notes);
    }
    return new Answer(question, body.toString(), false, citations, 0);
  }

  private static boolean addsAnAnchor(Retrieval retrieval, java.util.Set<Integer> said, java.util.Set<Integer> more) {
    for (int t : more) {
      if (!said.contains(t) && retrieval.question().terms().get(t).anchor()) {
        return true;
      }
    }
    return false;
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
