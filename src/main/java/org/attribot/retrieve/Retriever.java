package org.attribot.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attribot.actor.Gazetteer;
import org.attribot.embed.Embedder;
import org.attribot.statement.Statements;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Hybrid retrieval: the question's terms (names expanded to every alias), OR-ed, against the
 * FTS5 index (BM25 over passage text and title), and the question's embedding against the
 * passage vectors; the two ranked lists are fused by reciprocal rank and grouped by
 * statement. Also counts each term's passages, so rare words weigh more as evidence.
 */
public final class Retriever {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Retriever.class);
  private final Statements statements;
  private final PassageSearch passages;
  private final VectorSearch vectors;
  private final Gazetteer gazetteer;
  private final Embedder embedder;
  private final int passageLimit;
  private final int vectorLimit;
  private final int statementLimit;
  private final Clock clock;

  /**
   * @param embedder null for keyword search only
   * @param passageLimit passages taken from the keyword search
   * @param vectorLimit passages taken from the vector search (0: none)
   * @param statementLimit statements handed on, best first
   */
  public Retriever(Statements statements, PassageSearch passages, VectorSearch vectors, Gazetteer gazetteer,
      Embedder embedder, int passageLimit, int vectorLimit, int statementLimit, Clock clock) {
    if (passageLimit < 1 || statementLimit < 1 || vectorLimit < 0) {
      throw new IllegalArgumentException("bad limits: " + passageLimit + ", " + vectorLimit + ", " + statementLimit);
    }
    this.statements = statements;
    this.passages = passages;
    this.vectors = vectors;
    this.gazetteer = gazetteer;
    this.embedder = embedder;
    this.passageLimit = passageLimit;
    this.vectorLimit = embedder == null ? 0 : vectorLimit;
    this.statementLimit = statementLimit;
    this.clock = clock;
  }

  /** Reads the question (names through the gazetteer, date limits in its words) and retrieves for it. */
  public Retrieval retrieve(String question, Narrowing asked) {
    Narrowing narrowing = asked.and(DateWords.read(question, LocalDate.now(clock)));
    return retrieve(Question.of(question, gazetteer), narrowing);
  }

  public Retrieval retrieve(Question question, Narrowing narrowing) {
    if (question.terms().isEmpty()) {
      return new Retrieval(question, List.of(), Map.of(), 0, narrowing);
    }
    long t0 = System.nanoTime();
    Map<String, Integer> df = new HashMap<>();
    for (Term term : question.terms()) {
      df.put(term.surface(), passages.documentFrequency(Question.quote(term.surface())));
    }
    Map<Long, List<PassageHit>> byStatement = new LinkedHashMap<>();
    long t1 = System.nanoTime();
    List<PassageHit> keyword = passages.search(selectiveExpression(question), passageLimit, narrowing);
    long t2 = System.nanoTime();
    List<PassageHit> vector = vectorHits(question.text(), narrowing);
    long t3 = System.nanoTime();
    for (PassageHit hit : Fusion.reciprocalRank(keyword, vector)) {
      if (byStatement.size() >= statementLimit && !byStatement.containsKey(hit.statementKey())) {
        continue;
      }
      byStatement.computeIfAbsent(hit.statementKey(), k -> new ArrayList<>()).add(hit);
    }
    List<Candidate> candidates = new ArrayList<>();
    byStatement.forEach((key, hits) -> candidates.add(new Candidate(statements.statement(key), hits, hits.get(0).score())));
    if (LOG.isDebugEnabled()) {
      LOG.debug("terms {}", question.terms());
      LOG.debug("retrieval ms: counts {}, keyword {}, vectors {}, statements {}", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
          (t3 - t2) / 1e6, (System.nanoTime() - t3) / 1e6);
    }
    return new Retrieval(question, candidates, df, Math.max(1, passages.passageCount()), narrowing);
  }

  /** The passages nearest the question's embedding, best first, scored by cosine similarity. */
  private List<PassageHit> vectorHits(String text, Narrowing narrowing) {
    if (vectorLimit == 0 || embedder == null || !embedder.model().equals(vectors.model())) {
      return List.of();
    }
    List<PassageHit> out = new ArrayList<>();
    int asked = narrowing.isNone() ? vectorLimit : vectorLimit * 4;
    float[] query = embedder.embed(text);
    long t = System.nanoTime();
    List<VectorHit> nearest = vectors.search(query, asked, null);
    LOG.debug("vector scan ms {}", (System.nanoTime() - t) / 1e6);
    Map<Long, PassageHit> passages = vectors.passagesOf(nearest.stream().map(VectorHit::key).toList());
    for (VectorHit v : nearest) {
      PassageHit p = passages.get(v.key());
      if (p == null) {
        continue; // a free segment, not a passage
      }
      if (!narrowing.isNone()) {
        var s = statements.statement(p.statementKey()).statement();
        if (!narrowing.admits(s.published(), s.publisher())) {
          continue;
        }
      }
      if (out.size() < vectorLimit) {
        out.add(new PassageHit(p.passageId(), p.statementKey(), p.ordinal(), p.start(), p.end(), p.text(), v.score()));
      }
    }
    return out;
  }

  /**
   * The FTS5 expression over the forms that narrow the search best. BM25 scores every
   * passage that matches, so the cost of a search is the number of postings it reads: forms
   * are taken rarest first until {@link #POSTINGS} are spent. A form too common to afford
   * tells little anyway, and the evidence check still looks for it. Anchors too common to
   * afford are searched together, AND-ed, which reads their postings without scoring them all.
   */
  String selectiveExpression(Question question) {
    record Form(String text, int df) {}
    List<Form> all = new ArrayList<>();
    List<Form> costlyAnchors = new ArrayList<>();
    for (Term term : question.terms()) {
      Form rarest = null;
      for (String form : term.forms()) {
        Form f = new Form(form, passages.documentFrequency(Question.quote(form)));
        all.add(f);
        rarest = rarest == null || f.df() < rarest.df() ? f : rarest;
      }
      if (term.anchor() && rarest != null && rarest.df() > POSTINGS) {
        costlyAnchors.add(rarest);
      }
    }
    all.sort(java.util.Comparator.comparingInt(Form::df));
    java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
    long spent = 0;
    for (Form f : all) {
      if (!chosen.contains(f.text()) && (chosen.isEmpty() || spent + f.df() <= POSTINGS)) {
        chosen.add(f.text());
        spent += f.df();
      }
    }
    List<String> clauses = new ArrayList<>();
    chosen.forEach(f -> clauses.add(Question.quote(f)));
    boolean anotherAnchor = question.terms().stream().filter(Term::anchor).count() > costlyAnchors.size();
    if (anotherAnchor) {
      // a rarer anchor is searched already; the evidence check will ask for the common one too
    } else if (costlyAnchors.size() == 1) {
      clauses.add(Question.quote(costlyAnchors.get(0).text()));
    } else if (costlyAnchors.size() > 1) {
      // names that are common on their own ("Rapid", "Sandstorm") are rare together
      clauses.add(costlyAnchors.stream().map(f -> Question.quote(f.text()))
          .collect(java.util.stream.Collectors.joining(" AND ", "(", ")")));
    }
    return String.join(" OR ", clauses);
  }

  /** Postings one keyword search may read: a few milliseconds of BM25 on this kind of machine. */
  static final int POSTINGS = 8_000;
}
