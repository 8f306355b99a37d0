package org.attribot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.attribot.StoreContract;
import org.attribot.statement.TextSplitter;
import org.junit.jupiter.api.Test;

/** What every engine's {@link VectorWrites} does: a change of model re-embeds every passage, once. */
public abstract class VectorWritesContract extends StoreContract {
  @Test
  void aChangeOfModelDropsTheOldVectorsAndListsEveryPassageToEmbed() {
    String text = "NATO blamed the GRU.\n" + "APT 28 targeted Romania, the Council said, in a long paragraph. ".repeat(20);
    int passages = TextSplitter.passages(text).size();
    store.statementWrites().save(statement("a", null, text),
        new StatementWrites.Embedded("old", Collections.nCopies(passages, new float[] {1, 0})), List.of());
    VectorWrites vectors = store.vectorWrites();
    assertEquals(passages, vectors.count());
    assertEquals(List.of(), vectors.missing("old", 100));
    assertEquals(passages, vectors.dropOtherModels("new"));
    assertEquals(0, vectors.count());
    List<VectorWrites.PassageText> missing = vectors.missing("new", 100);
    assertEquals(passages, missing.size());
    assertEquals("Title a", missing.get(0).title());
    assertEquals(TextSplitter.passages(text).get(0).text(), missing.get(0).text());
    assertEquals(missing.subList(0, 1), vectors.missing("new", 1), "the first ones, at most the limit");
    vectors.replace(missing, Collections.nCopies(passages, new float[] {0, 1, 0}), "new");
    assertEquals("new", store.vectors().model());
    assertEquals(passages, vectors.count());
    assertEquals(List.of(), vectors.missing("new", 100));
    assertEquals(passages, store.vectors().search(new float[] {0, 1, 0}, 100, null).size());
  }

  @Test
  void aRefusedReplaceWritesNoVector() {
    store.statementWrites().save(statement("a", null, "APT 28 targeted Romania."));
    List<VectorWrites.PassageText> missing = store.vectorWrites().missing("m", 10);
    assertEquals(1, missing.size());
    assertThrows(RuntimeException.class, () -> store.vectorWrites().replace(missing, List.of(), "m"), "one vector short");
    assertEquals(0, store.vectorWrites().count());
    assertNull(store.vectors().model(), "nor the model");
    assertEquals(missing, store.vectorWrites().missing("m", 10));
  }
}
