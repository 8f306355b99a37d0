package org.attribot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.attribot.StoreContract;
import org.attribot.ingest.StatementWrites;
import org.junit.jupiter.api.Test;

/** What every engine's {@link VectorSearch} does: the nearest passages first, only committed vectors. */
public abstract class VectorSearchContract extends StoreContract {
  void save(String id, String text, float[] vector) {
    store.statementWrites().save(statement(id, null, text), new StatementWrites.Embedded("m", List.of(vector)), List.of());
  }

  @Test
  void withoutVectorsThereIsNoModelAndNothingNear() {
    save(statement("a", null, "APT 28 targeted Romania."));
    assertNull(store.vectors().model());
    assertEquals(0, store.vectors().count());
    assertEquals(List.of(), store.vectors().search(new float[] {1, 0, 0}, 3, null));
  }

  @Test
  void theNearestComeFirstWithThePassagesTheyEmbed() {
    save("a", "APT 28 targeted Romania.", new float[] {1, 0, 0});
    save("b", "Lazarus robbed Bybit.", new float[] {0, 1, 0});
    assertEquals("m", store.vectors().model());
    assertEquals(2, store.vectors().count());
    List<VectorHit> hits = store.vectors().search(new float[] {0.2f, 0.98f, 0}, 5, null);
    assertEquals(2, hits.size());
    Map<Long, PassageHit> passages = store.vectors().passagesOf(hits.stream().map(VectorHit::key).toList());
    PassageHit first = passages.get(hits.get(0).key());
    assertEquals("Lazarus robbed Bybit.", first.text());
    assertEquals(store.statements().statementById("b").orElseThrow().key(), first.statementKey());
    assertEquals(1.0, hits.get(0).score(), 0.05);
    assertEquals(1, store.vectors().search(new float[] {0, 1, 0}, 1, null).size(), "at most k");
    long other = hits.get(1).key();
    assertEquals(List.of(other), store.vectors().search(new float[] {0, 1, 0}, 5, key -> key == other).stream()
        .map(VectorHit::key).toList(), "only the keys accepted");
    assertEquals(Map.of(), store.vectors().passagesOf(List.of()));
  }

  @Test
  void aRolledBackSaveLeavesNoVectorToFind() {
    save("a", "APT 28 targeted Romania.", new float[] {1, 0, 0});
    assertEquals(1, store.vectors().search(new float[] {1, 0, 0}, 3, null).size());
    assertThrows(IllegalArgumentException.class, () -> store.statementWrites().save(statement("b", null, "Lazarus robbed Bybit."),
        new StatementWrites.Embedded("m", List.of(new float[] {0, 1, 0}, new float[] {0, 0, 1})), List.of()));
    assertEquals(1, store.vectors().search(new float[] {0, 1, 0}, 3, null).size());
    save("c", "GRU hacked Czechia.", new float[] {0, 0, 1});
    assertEquals(2, store.vectors().search(new float[] {0, 0, 1}, 3, null).size(), "a later save is found");
  }
}
