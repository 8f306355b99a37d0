package org.attribot.cli;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attribot.App;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.claim.ClaimFilter;
import org.attribot.claim.StoredClaim;
import org.attribot.statement.StoredStatement;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that pick claims ({@code claims}, {@code export}): names any way the actor list knows them, a date, the store. */
final class ClaimOptions {
  @Option(names = "--actor", paramLabel = "NAME", description = "Claims about this group, agency or state, by any of its names (Fancy Bear = APT28).")
  String actor;

  @Option(names = "--attributor", paramLabel = "NAME", description = "Claims made by this state or body (Czechia = Czech Republic, UK, NATO).")
  String attributor;

  @Option(names = "--sponsor", paramLabel = "NAME", description = "Claims naming this sponsoring agency or state (GRU, Russia).")
  String sponsor;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only statements published on or after DATE (YYYY-MM-DD); undated ones are kept.")
  LocalDate since;

  @Mixin
  ReadStoreOption store;

  /** The claims these options pick, newest statement first, and the statements they come from by key. */
  record Selection(List<StoredClaim> claims, Map<Long, StoredStatement> statements) {}

  Selection select(App app) {
    List<StoredClaim> claims = app.store().claims().list(filter(app.gazetteer()));
    Map<Long, StoredStatement> statements = new HashMap<>();
    claims.forEach(c -> statements.computeIfAbsent(c.statementKey(), app.store().statements()::statement));
    return new Selection(claims, statements);
  }

  /** The filter, each name resolved to its canonical form in the actor list (an unknown name is used as typed). */
  ClaimFilter filter(Gazetteer gazetteer) {
    return new ClaimFilter(
        canonical("--actor", actor, gazetteer, Entity.Kind.ACTOR, Entity.Kind.ORGANISATION, Entity.Kind.COUNTRY),
        canonical("--attributor", attributor, gazetteer, Entity.Kind.COUNTRY, Entity.Kind.ORGANISATION, Entity.Kind.ACTOR),
        canonical("--sponsor", sponsor, gazetteer, Entity.Kind.ORGANISATION, Entity.Kind.COUNTRY, Entity.Kind.ACTOR),
        since);
  }

  /** The canonical name of the first kind that has {@code name}; an error when several entries of that kind share it. */
  static String canonical(String option, String name, Gazetteer gazetteer, Entity.Kind... kinds) {
    if (name == null || name.isBlank()) {
      return null;
    }
    for (Entity.Kind kind : kinds) {
      List<String> found = gazetteer.lookup(name, kind).stream().map(Entity::canonical).distinct().toList();
      if (found.size() == 1) {
        return found.get(0);
      }
      if (found.size() > 1) {
        throw new IllegalArgumentException(option + " \"" + name + "\" names " + found.size() + " entries in the actor list ("
            + String.join(", ", found) + "); give one of those names");
      }
    }
    return name.strip();
  }
}
