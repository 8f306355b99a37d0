// Over 300 lines: every intent of the claims route (who attributed, whom, targets, denials, what for, when) and the lines it writes.
package org.attribot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.answer.AttributionQuestion.Intent;
import org.attribot.claim.Claim;
import org.attribot.claim.Stance;
import org.attribot.retrieve.AnswerType;
import org.attribot.retrieve.Candidate;
import org.attribot.retrieve.Question;
import org.attribot.retrieve.Term;
import org.attribot.retrieve.Retrieval;
import org.attribot.statement.Statement;
import org.attribot.claim.Claims;
import org.attribot.claim.StoredClaim;
import org.attribot.statement.Statements;
import org.attribot.statement.StoredStatement;

/**
 * Answers questions about attributions themselves — who blamed X, whom did Y blame, which
 * countries did X target according to Y, did anyone deny it — from the claims table, across
 * every statement: one line per attributor (its newest claim), each cited. Returns null when
 * the question is of another kind or the claims do not cover it, so the passage path answers.
 */
public final class ClaimAnswers {

  private static final int MAX_LINES = 12;
  /** "Which countries / allies / states …": the targets asked for are states. */
  private static final Pattern STATES_ASKED = Pattern.compile("(?i)\\b(which|what) (other )?(\\w+ )?(countries|allies|states|nations)\\b");
  /** A sentence that denies, or says what evidence is missing: quoted after a denial's evidence. */
  private static final Pattern DENYING_SENTENCE = Pattern.compile(
      "[^.!?]*\\b(reject\\w*|den(y|ied|ies)|oppose|evidence|groundless|baseless|fabricat\\w*)\\b[^.!?]*[.!?]");
  /** How many of the best-ranked statements a question that names no accused looks at. */
  private static final int SCOPE = 3;
  /** The kinds of answer a claim can give: who, which states, when, a response, or what was blamed. */
  private static final Set<AnswerType> CLAIM_TYPES = Set.of(AnswerType.ACTOR, AnswerType.AGENCY, AnswerType.PLACES, AnswerType.TIME,
      AnswerType.RESPONSE, AnswerType.OTHER);

  private final Statements statements;
  private final Claims claims;
  private final Gazetteer gazetteer;

  public ClaimAnswers(Statements statements, Claims claims, Gazetteer gazetteer) {
    this.statements = statements;
    this.claims = claims;
    this.gazetteer = gazetteer;
  }

  /**
   * The answer from the claims, or null. Only the statements judged able to answer the question
   * are read, so a claim about another operation, target or year than the one asked never answers;
   * a question asking for a person, a name, a number or a sum is left to the sentences.
   */
  Answer answer(AttributionQuestion read, ExtractiveComposer.Judged judged) {
    Retrieval retrieval = judged.retrieval();
    String question = retrieval.question().text();
    if (read == null || judged.keys().isEmpty() || !CLAIM_TYPES.contains(retrieval.question().answerType())) {
      return null;
    }
    Intent intent = read.intent();
    boolean narrowed = namesMore(retrieval.question(), read);
    List<StoredClaim> pool = new ArrayList<>();
    for (StoredClaim c : candidates(intent, read, retrieval)) {
      if (narrowed && !judged.keys().contains(c.statementKey())) {
        continue; // a claim about another operation, target or year than the one asked
      }
      StoredStatement s = statements.statement(c.statementKey());
      if (retrieval.narrowing().admits(s.statement().published(), s.statement().publisher()) && read.when().test(c.claim())
          && (intent == Intent.DENIALS) == c.claim().stance().isDenial() && c.claim().stance() != Stance.DOES_NOT_ATTRIBUTE) {
        pool.add(c);
      }
    }
    List<StoredClaim> mates = intent == Intent.DENIALS && !read.attributors().isEmpty() ? sameStatements(pool) : List.of();
    List<StoredClaim> bySpeakers = read.speakers().isEmpty() ? List.of() : claims.by(read.speakers());
    List<StoredClaim> chosen = switch (intent) {
      case DENIALS -> pool.stream().filter(c -> read.accused().isEmpty() || accuses(c, read.accused(), pool))
          .filter(c -> read.attributors().isEmpty() || answers(c, read.attributors(), mates)).toList();
      case WHO_ATTRIBUTED -> pool.stream().filter(c -> read.accused().isEmpty() ? inScope(c, retrieval) : accuses(c, read.accused(), pool))
          .filter(c -> read.speakers().isEmpty() || saidBy(c, read.speakers(), bySpeakers))
          .filter(c -> !read.governments() || isState(c.claim().attributor()) || stateOf(c.claim().attributor()) != null)
          .filter(c -> !read.excluded().contains(c.claim().attributor())).toList();
      case WHOM_BLAMED -> ownFirst(pool.stream().filter(c -> read.attributors().contains(c.claim().attributor()))
          .filter(c -> read.accused().isEmpty() || accuses(c, read.accused(), pool)).toList());
      case WHEN -> ownFirst(pool.stream().filter(c -> read.accused().isEmpty() || accuses(c, read.accused(), pool))
          .filter(c -> saidByOneOf(c, read.attributors(), read.speakers())).toList());
      case ACCUSED_OF -> ownFirst(pool.stream().filter(c -> accuses(c, read.accused(), pool))
          .filter(c -> saidByOneOf(c, read.attributors(), read.speakers())).toList());
      case TARGETS -> pool.stream().filter(c -> accuses(c, read.accused(), pool) && !c.claim().targets().isEmpty())
          .filter(c -> read.speakers().isEmpty() ? read.attributors().isEmpty() || read.attributors().contains(c.claim().attributor())
              : read.speakers().contains(c.claim().attributor())).toList();
    };
    if (intent == Intent.WHO_ATTRIBUTED && read.governments()) {
      Set<String> states = new LinkedHashSet<>();
      chosen.stream().map(c -> c.claim().attributor()).filter(this::isState).forEach(states::add);
      chosen = chosen.stream().filter(c -> isState(c.claim().attributor()) || !states.contains(stateOf(c.claim().attributor())))
          .toList(); // a state's own agency adds nothing to a list of states that names the state
    }
    if (chosen.isEmpty()) {
      return null;
    }
    return intent == Intent.TARGETS ? targets(question, chosen, read) : list(question, intent, chosen, read.oldestFirst());
  }

  /**
   * Whether the question names more than who accused whom — an operation, a target, a number or
   * year — so that only the statements that speak of it may answer.
   */
  private static boolean namesMore(Question question, AttributionQuestion read) {
    for (Term t : question.terms()) {
      if (!t.anchor() || AttributionQuestion.isAttributionWord(t.surface())) {
        continue;
      }
      if (!t.isEntity()) {
        return true;
      }
      boolean party = t.entities().stream().anyMatch(e -> read.accused().contains(e) || read.attributors().contains(e)
          || read.speakers().contains(e));
      if (!party) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claims that can answer: read from the store by what the question names (the accused and
   * the agencies behind them, the attributors, denials, or the best-ranked statements), never
   * the whole table.
   */
  private List<StoredClaim> candidates(Intent intent, AttributionQuestion read, Retrieval retrieval) {
    Set<String> accused = new LinkedHashSet<>(read.accused());
    for (String name : read.accused()) {
      gazetteer.lookup(name, Entity.Kind.ACTOR).forEach(e -> {
        if (e.sponsor() != null) {
          accused.add(e.sponsor());
        }
      });
    }
    return switch (intent) {
      case DENIALS -> claims.withStance(List.of(Stance.DENIES, Stance.REJECTS));
      case WHOM_BLAMED -> claims.by(read.attributors());
      case TARGETS, ACCUSED_OF -> claims.about(accused);
      case WHEN -> read.accused().isEmpty() ? claims.by(read.attributors()) : claims.about(accused);
      case WHO_ATTRIBUTED -> read.accused().isEmpty()
          ? claims.ofStatements(retrieval.candidates().stream().limit(SCOPE).map(c -> c.statement().key()).toList())
          : claims.about(accused);
    };
  }

  /** Every claim of the statements {@code claims} come from. */
  private List<StoredClaim> sameStatements(List<StoredClaim> claims) {
    return this.claims.ofStatements(claims.stream().map(StoredClaim::statementKey).distinct().toList());
  }

  /** Whether a claim accuses one of {@code names}: as the group, or as the agency behind a group the same statement names. */
  private static boolean accuses(StoredClaim c, Set<String> names, List<StoredClaim> pool) {
    Claim claim = c.claim();
    if (names.contains(claim.actorCanonical()) || names.contains(claim.sponsor()) || names.contains(claim.sponsorState())) {
      return true;
    }
    return claim.actorCanonical() == null && claim.sponsor() != null && pool.stream().anyMatch(o -> o.statementKey() == c.statementKey()
        && names.contains(o.claim().actorCanonical()) && claim.sponsor().equals(o.claim().sponsor()));
  }

  /** No one named, or the claim is made by one named (or by a body of a state named: the DOJ for "the US"). */
  private boolean saidByOneOf(StoredClaim c, Set<String> attributors, Set<String> speakers) {
    Set<String> named = new LinkedHashSet<>(attributors);
    named.addAll(speakers);
    String by = c.claim().attributor();
    return named.isEmpty() || named.contains(by)
        || gazetteer.lookup(by, Entity.Kind.ORGANISATION).stream().anyMatch(e -> named.contains(e.state()));
  }

  /** Among the statements retrieval ranked best for the question. */
  private static boolean inScope(StoredClaim c, Retrieval retrieval) {
    return retrieval.candidates().stream().limit(SCOPE).map(Candidate::statement).anyMatch(st -> st.key() == c.statementKey());
  }

  /** A claim from a statement in which one of {@code speakers} makes a claim too (the statement they said it in). */
  private static boolean saidBy(StoredClaim c, Set<String> speakers, List<StoredClaim> all) {
    return all.stream().anyMatch(o -> o.statementKey() == c.statementKey() && speakers.contains(o.claim().attributor())
        && o.claim().stance() == Stance.ATTRIBUTES);
  }

  /** An attributor's own attributions; what statements recall of it only when it has none. */
  private static List<StoredClaim> ownFirst(List<StoredClaim> claims) {
    Set<String> own = new LinkedHashSet<>();
    claims.stream().filter(c -> c.claim().stance() == Stance.ATTRIBUTES).forEach(c -> own.add(c.claim().attributor()));
    return claims.stream().filter(c -> c.claim().stance() == Stance.ATTRIBUTES || !own.contains(c.claim().attributor())).toList();
  }

  /** A denial by one of {@code names}, or one answering an attribution by one of them in the same statement. */
  private static boolean answers(StoredClaim denial, Set<String> names, List<StoredClaim> all) {
    return names.contains(denial.claim().attributor()) && all.stream()
        .anyMatch(o -> o.statementKey() == denial.statementKey() && !o.claim().stance().isDenial()
            && (names.size() == 1 || names.contains(o.claim().attributor())));
  }

  /**
   * How surely the statement is the attributor's own: 0 when its publisher is the attributor,
   * 1 when its headline names the attributor, 2 otherwise.
   */
  private int ownness(StoredClaim c) {
    Statement s = statements.statement(c.statementKey()).statement();
    return names(s.publisher().replaceAll("\\(.*", ""), c.claim().attributor()) ? 0 : names(s.title(), c.claim().attributor()) ? 1 : 2;
  }

  private LocalDate published(StoredClaim c) {
    return statements.statement(c.statementKey()).statement().published();
  }

  private boolean names(String text, String canonical) {
    return gazetteer.find(text).stream().anyMatch(m -> m.entities().stream().anyMatch(e -> e.canonical().equals(canonical)));
  }

  /** The state a national body (an agency, a ministry) belongs to, or null. */
  private String stateOf(String name) {
    return gazetteer.lookup(name, Entity.Kind.ORGANISATION).stream().map(Entity::state).filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
  }

  /** A national body named with its state ("Australian Signals Directorate (Australia)"), so a list of states reads whole. */
  private String withState(String attributor) {
    String state = isState(attributor) ? null : stateOf(attributor);
    return state == null || attributor.contains(state) ? attributor : attributor + " (" + state + ")";
  }

  private boolean isState(String name) {
    return !gazetteer.lookup(name, Entity.Kind.COUNTRY).isEmpty();
  }

  /** One line per attributor, newest claim first, attributors of one statement together. */
  private Answer list(String question, Intent intent, List<StoredClaim> chosen, boolean oldestFirst) {
    Map<String, StoredClaim> newest = new LinkedHashMap<>();
    List<StoredClaim> ordered = new ArrayList<>(chosen);
    Map<StoredClaim, Integer> own = new java.util.HashMap<>(); // computed once a claim: it reads the actor list
    chosen.forEach(c -> own.put(c, ownness(c)));
    // own attributions before recalled ones, then statements headlined by their attributor; stable: newest first within
    ordered.sort(java.util.Comparator.comparing((StoredClaim c) -> c.claim().stance() == Stance.RECALLS)
        .thenComparing(own::get));
    if (intent == Intent.WHOM_BLAMED) {
      Map<String, Integer> best = new LinkedHashMap<>();
      ordered.forEach(c -> best.merge(c.claim().attributor(), own.get(c), Math::min));
      ordered.removeIf(c -> own.get(c) > best.get(c.claim().attributor()));
    }
    for (StoredClaim c : ordered) {
      String key = intent == Intent.WHOM_BLAMED ? c.claim().attributor() + "\u0000" + c.claim().accused() : c.claim().attributor();
      newest.putIfAbsent(key, c);
    }
    Citations citations = new Citations(statements);
    Map<String, List<StoredClaim>> byLine = new LinkedHashMap<>();
    for (StoredClaim c : newest.values()) {
      byLine.computeIfAbsent(c.statementKey() + "\u0000" + c.claim().accused() + "\u0000" + c.claim().stance().comparable(),
          k -> new ArrayList<>()).add(c);
    }
    List<List<StoredClaim>> groups = new ArrayList<>(byLine.values());
    groups.sort(java.util.Comparator.comparing((List<StoredClaim> g) -> published(g.get(0)),
        java.util.Comparator.nullsLast(oldestFirst ? java.util.Comparator.<LocalDate>naturalOrder()
            : java.util.Comparator.<LocalDate>reverseOrder())));
    StringBuilder text = new StringBuilder(switch (intent) {
      case DENIALS -> "Denials in the statements";
      case WHOM_BLAMED -> "Whom they blamed";
      case ACCUSED_OF -> "What it is accused of, by whom";
      case WHEN -> "When it was attributed";
      default -> "Who attributed it";
    }).append(oldestFirst ? ", oldest first:" : ", newest first:");
    int lines = 0;
    for (List<StoredClaim> group : groups) {
      if (lines++ == MAX_LINES) {
        text.append("\n(and ").append(byLine.size() - MAX_LINES).append(" more)");
        break;
      }
      Claim first = group.get(0).claim();
      int n = citations.cite(group.get(0), quote(group.get(0), intent));
      List<String> names = group.stream().map(c -> withState(c.claim().attributor())).toList();
      text.append("\n- ").append(String.join(", ", names)).append(' ').append(verb(first.stance(), names.size()))
          .append(' ').append(accusedPhrase(first));
      LocalDate date = published(group.get(0));
      if (intent == Intent.WHEN) {
        text.append(date != null ? " on " + date + " (the statement's date)"
            : first.when() != null ? " in " + first.when() + " (the statement itself is undated)" : " (the statement is undated)");
      } else if (first.when() != null) {
        text.append(" (").append(first.when()).append(')');
      }
      text.append(" [").append(n).append("]");
      if (intent != Intent.WHO_ATTRIBUTED) {
        text.append(": “").append(quote(group.get(0), intent)).append('”');
        group.stream().skip(1).map(c -> c.claim().evidence()).filter(e -> !e.equals(first.evidence())).distinct().limit(1)
            .forEach(e -> text.append(" “").append(e).append('”'));
      }
      if ((intent == Intent.WHOM_BLAMED || intent == Intent.ACCUSED_OF) && lines <= 2) {
        for (String more : nextAbout(group.get(0), 3 - lines)) {
          text.append(" “").append(more).append('”');
        }
      }
    }
    return new Answer(question, text.toString(), false, citations.list(), 0);
  }

  /**
   * Whether a target is one the question asks for: a state when it asks "which countries / allies"
   * (not "government institutions"), and none it set aside ("apart from Norway …").
   */
  private boolean asked(String target, AttributionQuestion read, boolean states) {
    List<Entity> named = gazetteer.find(target).stream().flatMap(m -> m.entities().stream()).toList();
    if (named.stream().anyMatch(e -> read.excluded().contains(e.canonical()))) {
      return false;
    }
    return !states || named.stream().anyMatch(e -> e.kind() == Entity.Kind.COUNTRY);
  }

  /** Every target named for the accused, with the statements that name them. */
  private Answer targets(String question, List<StoredClaim> chosen, AttributionQuestion read) {
    Citations citations = new Citations(statements);
    Map<String, Set<Integer>> targets = new LinkedHashMap<>();
    boolean states = STATES_ASKED.matcher(question).find();
    for (StoredClaim c : chosen) {
      List<String> kept = c.claim().targets().stream().filter(t -> asked(t, read, states)).toList();
      if (kept.isEmpty()) {
        continue;
      }
      int n = citations.cite(c, c.claim().evidence());
      kept.forEach(t -> targets.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(n));
    }
    String accused = String.join(", ", read.accused());
    StringBuilder text = new StringBuilder("Targets named for ")
        .append(read.askedAs() == null || read.accused().contains(read.askedAs()) ? accused : read.askedAs() + " (" + accused + ")");
    if (!read.attributors().isEmpty()) {
      text.append(" according to ").append(String.join(", ", read.attributors()));
    }
    text.append(": ");
    List<String> parts = new ArrayList<>();
    targets.forEach((t, ns) -> parts.add(t + " " + ns.stream().map(n -> "[" + n + "]").reduce("", String::concat)));
    text.append(String.join(", ", parts)).append('.');
    return new Answer(question, text.toString(), false, citations.list(), 0);
  }

  private static String verb(Stance stance, int who) {
    return switch (stance) {
      case ATTRIBUTES -> who == 1 ? "attributes it to" : "attribute it to";
      case RECALLS -> "attributed it (as the statement recalls) to";
      case DENIES -> who == 1 ? "denies the accusation against" : "deny the accusation against";
      case REJECTS -> who == 1 ? "rejects the accusation against" : "reject the accusation against";
      case DOES_NOT_ATTRIBUTE -> "does not attribute it";
    };
  }

  private static String accusedPhrase(Claim c) {
    if (c.stance().isDenial()) {
      return c.actorCanonical() != null ? c.actorCanonical() : c.attributor();
    }
    String named = c.actor() != null ? c.actor() : c.accused() != null ? c.accused() : "an unnamed actor";
    List<String> more = new ArrayList<>();
    if (c.actorCanonical() != null && !c.actorCanonical().equalsIgnoreCase(named.replace(" ", ""))) {
      more.add(c.actorCanonical());
    }
    if (c.sponsor() != null && !c.sponsor().equalsIgnoreCase(named) && !named.contains(c.sponsor())) {
      more.add(c.sponsor());
    }
    return more.isEmpty() ? named : named + " (" + String.join(", ", more) + ")";
  }

  /** The evidence; for a denial, with the statement's next sentence that denies too. */
  private String quote(StoredClaim c, Intent intent) {
    Claim claim = c.claim();
    if (intent != Intent.DENIALS) {
      return claim.evidence();
    }
    String text = statements.statement(c.statementKey()).statement().text();
    int from = claim.evidenceEnd();
    // searched only in a bounded stretch after the evidence: a long text cannot make the search slow
    Matcher more = DENYING_SENTENCE.matcher(text).region(from, Math.min(text.length(), from + 1500));
    if (more.find() && more.start() - from < 600) {
      return claim.evidence() + " … " + more.group().strip();
    }
    return claim.evidence();
  }

  /** The next sentences of the statement that name the same accused: what it is accused of, in more detail. */
  private List<String> nextAbout(StoredClaim c, int limit) {
    List<String> out = new ArrayList<>();
    Claim claim = c.claim();
    String text = statements.statement(c.statementKey()).statement().text();
    for (var sentence : org.attribot.statement.TextSplitter.sentences(text)) {
      if (sentence.start() < claim.evidenceEnd() || sentence.start() - claim.evidenceEnd() > 1500) {
        continue;
      }
      boolean same = gazetteer.find(sentence.text()).stream().anyMatch(m -> m.entities().stream()
          .anyMatch(e -> e.canonical().equals(claim.actorCanonical()) || e.canonical().equals(claim.sponsor())));
      if (same && out.size() < limit) {
        out.add(sentence.text().strip());
      }
    }
    return out;
  }

  /** Numbers statements in the order they are first cited. */
  private static final class Citations {
    private final Statements statements;
    private final Map<Long, Citation> byStatement = new LinkedHashMap<>();

    Citations(Statements statements) {
      this.statements = statements;
    }

    int cite(StoredClaim c, String quote) {
      Citation existing = byStatement.get(c.statementKey());
      if (existing != null) {
        return existing.n();
      }
      Statement s = statements.statement(c.statementKey()).statement();
      LocalDate published = s.published();
      Citation citation = new Citation(byStatement.size() + 1, s.id(), s.title(), s.publisher(), s.author(), published, s.url(), quote);
      byStatement.put(c.statementKey(), citation);
      return citation.n();
    }

    List<Citation> list() {
      return List.copyOf(byStatement.values());
    }
  }
}
