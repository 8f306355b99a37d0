package org.attribot.actorcard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.attribot.actor.Entity;
import org.attribot.claim.Claim;
import org.attribot.statement.StoredStatement;

/**
 * What attribot knows of an actor: the entity, its sponsor (if known), the statements that name
 * it, newest first, and the attribution claims about it: one per attributor (and per
 * attribution or denial), newest statement first.
 */
public record ActorCard(Entity entity, Entity sponsor, List<StoredStatement> statements, List<Claim> claims) {
  public ActorCard {
    statements = List.copyOf(statements);
    claims = List.copyOf(claims);
  }

  /** A card without claims. */
  public ActorCard(Entity entity, Entity sponsor, List<StoredStatement> statements) {
    this(entity, sponsor, statements, List.of());
  }

  /** Who attributed the actor (made or recalled an attribution), one claim per attributor, newest first. */
  public List<Claim> attributedBy() {
    return claims.stream().filter(c -> !c.stance().isDenial()).toList();
  }

  /** Who denied or rejected an attribution to the actor, newest first. */
  public List<Claim> deniedBy() {
    return claims.stream().filter(c -> c.stance().isDenial()).toList();
  }

  /** "Attributed by: …" and "Denied by: …", each when there is someone to name. */
  public List<String> attributionLines() {
    List<String> out = new ArrayList<>(2);
    if (!attributedBy().isEmpty()) {
      out.add("Attributed by: " + describe(attributedBy()));
    }
    if (!deniedBy().isEmpty()) {
      out.add("Denied by: " + describe(deniedBy()));
    }
    return out;
  }

  /** {@code United Kingdom (2025, attributes) [statement id], NATO (recalls) [statement id]}: who, when, how and where. */
  static String describe(List<Claim> claims) {
    return claims.stream()
        .map(c -> c.attributor() + " (" + (c.when() == null ? "" : c.when() + ", ") + c.stance().wire() + ") [" + c.statementId() + "]")
        .collect(Collectors.joining(", "));
  }
}
