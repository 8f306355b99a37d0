package org.attribot.claim;

import java.util.List;
import java.util.Objects;

/**
 * One attribution claim made or reported by a statement: who ({@code attributor}) attributed
 * what ({@code activity}, against {@code targets}) to whom ({@code actor} as the text names
 * it, {@code actorCanonical} the known group, {@code sponsor} and {@code sponsorState}), when
 * ({@code when}, a year) and how ({@code stance}), with the exact evidence: characters
 * {@code evidenceStart}..{@code evidenceEnd} of the statement's text.
 *
 * <p>Contract: statementId, attributor, stance and evidence are never null; evidence is never
 * blank and its span is well formed; targets is an unmodifiable list (null reads as empty).
 */
public record Claim(
    String statementId,
    String attributor,
    String actor,
    String actorCanonical,
    String sponsor,
    String sponsorState,
    List<String> targets,
    String activity,
    String when,
    Stance stance,
    int evidenceStart,
    int evidenceEnd,
    String evidence) {

  public Claim {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(attributor, "attributor");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(evidence, "evidence");
    if (attributor.isBlank() || evidence.isBlank()) {
      throw new IllegalArgumentException("a claim needs an attributor and evidence");
    }
    if (evidenceStart < 0 || evidenceEnd - evidenceStart != evidence.length()) {
      throw new IllegalArgumentException("bad evidence span " + evidenceStart + ".." + evidenceEnd);
    }
    targets = targets == null ? List.of() : List.copyOf(targets);
    actor = blankToNull(actor);
    actorCanonical = blankToNull(actorCanonical);
    sponsor = blankToNull(sponsor);
    sponsorState = blankToNull(sponsorState);
    activity = blankToNull(activity);
    when = blankToNull(when);
  }

  /** Who is accused, as specifically as known: the canonical group, else the sponsor, else the actor as named. */
  public String accused() {
    return actorCanonical != null ? actorCanonical : sponsor != null ? sponsor : actor;
  }

  /** The same claim with another statement id (claims are extracted before the id is final). */
  public Claim withStatementId(String id) {
    return new Claim(id, attributor, actor, actorCanonical, sponsor, sponsorState, targets, activity, when, stance,
        evidenceStart, evidenceEnd, evidence);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
