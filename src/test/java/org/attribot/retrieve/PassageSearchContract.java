package org.attribot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.attribot.StoreContract;
import org.junit.jupiter.api.Test;

/** What every engine's {@link PassageSearch} does: passages found by their words, within the limits asked. */
public abstract class PassageSearchContract extends StoreContract {
  @Test
  void passagesPointIntoTheStatementTextAndTheTitleIsSearchedToo() {
    String text = "Headline\nNATO blamed the GRU for attacks on several Allies and on Ukraine, in a long statement.\n"
        + "The Council recalled that Germany and the Czech Republic had attributed activity to APT 28 in 2024.";
    long key = save(statement("a", null, text));
    List<PassageHit> hits = store.passages().search("\"czech\"", 5);
    assertEquals(1, hits.size());
    PassageHit hit = hits.get(0);
    assertEquals(key, hit.statementKey());
    assertEquals(hit.text(), text.substring(hit.start(), hit.end()));
    assertTrue(hit.score() > 0, "higher is better");
    assertFalse(store.passages().search("\"headline\"", 5).isEmpty());
    assertFalse(store.passages().search("\"title\"", 5).isEmpty(), "the title is indexed with the passages");
    assertNull(store.statements().statement(hit.statementKey()).statement().author());
  }

  @Test
  void narrowingKeepsTheDatesAndPublisherAskedAndTheUndated() {
    save(statement("old", LocalDate.of(2020, 1, 1), "Ministry of Foreign Affairs", "APT 28 targeted Romania."));
    save(statement("new", LocalDate.of(2025, 1, 1), "NATO", "APT 28 targeted Romania again."));
    save(statement("undated", null, "NATO", "APT 28 targeted Romania once more."));
    assertEquals(3, store.passages().search("\"romania\"", 10).size());
    assertEquals(List.of("new", "undated"), ids(store.passages().search("\"romania\"", 10,
        new Narrowing(LocalDate.of(2024, 1, 1), null, null))));
    assertEquals(List.of("old", "undated"), ids(store.passages().search("\"romania\"", 10,
        new Narrowing(null, LocalDate.of(2021, 1, 1), null))));
    assertEquals(List.of("old"), ids(store.passages().search("\"romania\"", 10, new Narrowing(null, null, "foreign"))));
    assertEquals(1, store.passages().search("\"romania\"", 1).size(), "at most the limit");
  }

  @Test
  void frequenciesAndCountsFollowEveryWrite() {
    assertEquals(0, store.passages().passageCount());
    save(statement("a", null, "APT 28 targeted Romania."));
    assertEquals(1, store.passages().documentFrequency("\"romania\""));
    assertEquals(0, store.passages().documentFrequency("\"bybit\""));
    assertEquals(1, store.passages().passageCount());
    save(statement("b", null, "Lazarus robbed Bybit, then targeted Romania."));
    assertEquals(2, store.passages().documentFrequency("\"romania\""));
    assertEquals(1, store.passages().documentFrequency("\"bybit\""));
    assertEquals(2, store.passages().passageCount());
  }

  private List<String> ids(List<PassageHit> hits) {
    return hits.stream().map(h -> store.statements().statement(h.statementKey()).statement().id()).sorted().toList();
  }
}
