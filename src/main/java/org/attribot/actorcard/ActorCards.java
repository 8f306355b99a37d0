package org.attribot.actorcard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.claim.Claim;
import org.attribot.claim.ClaimFilter;
import org.attribot.claim.Claims;
import org.attribot.claim.Stance;
import org.attribot.retrieve.PassageHit;
import org.attribot.retrieve.PassageSearch;
import org.attribot.claim.StoredClaim;
import org.attribot.statement.Statements;
import org.attribot.statement.StoredStatement;

/**
 * Builds actor cards: looks a name up in the gazetteer (every entity that has it — an
 * ambiguous alias gives several cards) and finds the statements that name each entity under
 * any of its names and the attribution claims about it.
 */
public final class ActorCards {
  /** Passages searched per card; enough for every statement about a busy actor in a large store. */
  static final int PASSAGES = 2000;

  private final Gazetteer gazetteer;
  private final Statements statements;
  private final PassageSearch passages;
  private final Claims claims;

  public ActorCards(Gazetteer gazetteer, Statements statements, PassageSearch passages, Claims claims) {
    this.gazetteer = gazetteer;
    this.statements = statements;
    this.passages = passages;
    this.claims = claims;
  }

  public List<ActorCard> cards(String name) {
    List<ActorCard> out = new ArrayList<>();
    for (Entity e : gazetteer.lookup(name)) {
      out.add(new ActorCard(e, gazetteer.sponsorOf(e).orElse(null), statementsNaming(e), claimsAbout(e)));
    }
    return out;
  }

  /**
   * The claims that accuse {@code e} (a group or agency as the accused or its sponsor; a state as
   * the sponsor or its state), newest statement first, the newest kept per attributor and per
   * attribution or denial.
   */
  private List<Claim> claimsAbout(Entity e) {
    ClaimFilter filter = e.kind() == Entity.Kind.COUNTRY
        ? new ClaimFilter(null, null, e.canonical(), null) : new ClaimFilter(e.canonical(), null, null, null);
    Map<String, Claim> newest = new LinkedHashMap<>();
    for (StoredClaim sc : claims.list(filter)) {
      Claim c = sc.claim();
      if (c.stance() != Stance.DOES_NOT_ATTRIBUTE) {
        newest.putIfAbsent(c.attributor() + (c.stance().isDenial() ? "\u0000denies" : ""), c);
      }
    }
    return List.copyOf(newest.values());
  }

  private List<StoredStatement> statementsNaming(Entity e) {
    String match = e.names().stream().map(n -> '"' + n.toLowerCase(Locale.ROOT).replace("\"", "") + '"')
        .distinct().collect(Collectors.joining(" OR "));
    Map<Long, StoredStatement> found = new LinkedHashMap<>();
    for (PassageHit hit : passages.search(match, PASSAGES)) {
      if (found.containsKey(hit.statementKey())) {
        continue;
      }
      boolean names = gazetteer.find(hit.text()).stream()
          .anyMatch(m -> m.entities().stream().anyMatch(x -> x.canonical().equals(e.canonical()) && x.kind() == e.kind()));
      if (names) {
        found.put(hit.statementKey(), statements.statement(hit.statementKey()));
      }
    }
    List<StoredStatement> list = new ArrayList<>(found.values());
    list.sort(Comparator.comparing((StoredStatement s) -> s.statement().published(),
        Comparator.nullsLast(Comparator.reverseOrder())));
    return list;
  }
}
