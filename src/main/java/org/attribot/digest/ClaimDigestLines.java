package org.attribot.digest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attribot.claim.Claim;
import org.attribot.claim.Stance;
import org.attribot.statement.Statement;
import org.attribot.claim.Claims;
import org.attribot.claim.StoredClaim;
import org.attribot.statement.Statements;
import org.attribot.statement.StoredStatement;

/**
 * Digest lines from the attribution claims: per statement, one line per accused and stance —
 * who attributed (or denied) it, to whom, with the evidence quoted. A statement's own
 * attributions and denials are shown; what it only recalls is shown when it makes none of its
 * own. A statement without claims gets the extractive line.
 */
public final class ClaimDigestLines implements DigestLines {
  /** Lines one statement may take, so a long joint advisory does not flood the digest. */
  static final int PER_STATEMENT = 2;
  /** Attributors named on one line before "and N more". */
  static final int NAMES = 4;

  private final Statements statements;
  private final Claims claims;
  private final ExtractiveDigestLines fallback;

  public ClaimDigestLines(Statements statements, Claims claims, ExtractiveDigestLines fallback) {
    this.statements = statements;
    this.claims = claims;
    this.fallback = fallback;
  }

  @Override
  public List<DigestLine> between(Instant from, Instant to, int limit) {
    List<DigestLine> out = new ArrayList<>();
    for (StoredStatement stored : statements.ingestedBetween(from, to, limit)) {
      List<Claim> claims = this.claims.ofStatements(List.of(stored.key())).stream().map(StoredClaim::claim)
          .filter(c -> c.stance() != Stance.DOES_NOT_ATTRIBUTE).toList();
      List<Claim> own = claims.stream().filter(c -> c.stance() != Stance.RECALLS).toList();
      List<Claim> shown = own.isEmpty() ? claims : own;
      if (shown.isEmpty()) {
        out.add(fallback.line(stored.statement()));
        continue;
      }
      Map<String, List<Claim>> byAccused = new LinkedHashMap<>();
      for (Claim c : shown) {
        byAccused.computeIfAbsent(c.accused() + "\u0000" + c.stance().comparable(), k -> new ArrayList<>()).add(c);
      }
      byAccused.values().stream().limit(PER_STATEMENT).forEach(group -> out.add(line(stored.statement(), group)));
    }
    return out;
  }

  private static String over(Claim denial) {
    return denial.actorCanonical() == null ? "" : " over " + denial.actorCanonical();
  }

  private static DigestLine line(Statement s, List<Claim> group) {
    Claim first = group.get(0);
    List<String> names = group.stream().map(Claim::attributor).distinct().toList();
    String who = names.size() <= NAMES ? String.join(", ", names)
        : String.join(", ", names.subList(0, NAMES)) + " and " + (names.size() - NAMES) + " more";
    String accused = first.accused() == null ? "an unnamed actor" : first.accused();
    String verb = switch (first.stance()) {
      case ATTRIBUTES -> "attribute" + (names.size() == 1 ? "s" : "") + " it to " + accused;
      case RECALLS -> "had attributed it to " + accused;
      case DENIES -> (names.size() == 1 ? "denies" : "deny") + " the accusation" + over(first);
      case REJECTS -> (names.size() == 1 ? "rejects" : "reject") + " the accusation" + over(first);
      case DOES_NOT_ATTRIBUTE -> "name no one";
    };
    String actor = first.stance().isDenial() ? first.actorCanonical() : first.accused();
    // a summary's sentence is attribot's words, not the publisher's: no quotation marks
    String evidence = s.summary() ? first.evidence() : "“" + first.evidence() + "”";
    return new DigestLine(actor, who, ExtractiveDigestLines.shorten(verb + ": " + evidence), s.id(), s.title(),
        s.publisher(), s.published(), s.url(), s.summary());
  }
}
