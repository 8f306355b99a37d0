package org.attribot.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.attribot.store.PassageHit;
import org.attribot.store.Store;
import org.attribot.store.StoredStatement;

/**
 * Builds actor cards: looks a name up in the gazetteer (every entity that has it — an
 * ambiguous alias gives several cards) and finds the statements that name each entity under
 * any of its names.
 */
public final class ActorCards {
  /** Passages searched per card; enough for every statement about a busy actor in a large store. */
  static final int PASSAGES = 2000;

  private final Gazetteer gazetteer;
  private final Store store;

  public ActorCards(Gazetteer gazetteer, Store store) {
    this.gazetteer = gazetteer;
    this.store = store;
  }

  public List<ActorCard> cards(String name) {
    List<ActorCard> out = new ArrayList<>();
    for (Entity e : gazetteer.lookup(name)) {
      out.add(new ActorCard(e, gazetteer.sponsorOf(e).orElse(null), statementsNaming(e)));
    }
    return out;
  }

  private List<StoredStatement> statementsNaming(Entity e) {
    String match = e.names().stream().map(n -> '"' + n.toLowerCase(Locale.ROOT).replace("\"", "") + '"')
        .distinct().collect(Collectors.joining(" OR "));
    Map<Long, StoredStatement> found = new LinkedHashMap<>();
    for (PassageHit hit : store.search(match, PASSAGES)) {
      if (found.containsKey(hit.statementKey())) {
        continue;
      }
      boolean names = gazetteer.find(hit.text()).stream()
          .anyMatch(m -> m.entities().stream().anyMatch(x -> x.canonical().equals(e.canonical()) && x.kind() == e.kind()));
      if (names) {
        found.put(hit.statementKey(), store.statement(hit.statementKey()));
      }
    }
    List<StoredStatement> list = new ArrayList<>(found.values());
    list.sort(Comparator.comparing((StoredStatement s) -> s.statement().published(),
        Comparator.nullsLast(Comparator.reverseOrder())));
    return list;
  }
}
