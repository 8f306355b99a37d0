package org.attribot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ATTRIBOT_RETRIEVE_EMBEDDING_MODEL switches the model; `reindex` re-embeds a store made with the other one, once. */
class EmbeddingModelProcessTest {
  @TempDir Path dir;

  @Test
  void reindexUnderTheOtherModelReEmbedsEveryPassageOnce() throws Exception {
    Files.writeString(dir.resolve("a.md"), "---\nid: a\ntitle: NATO blames the GRU\npublisher: Wire\npublished: 2025-01-01\n---\n"
        + "NATO blamed the GRU for the intrusions into Romanian ministries.\n");
    AttribotProcess.Result ingest = AttribotProcess.run(dir, Map.of(), List.of(), "ingest", "--db", "s.db", "a.md");
    assertEquals(0, ingest.code(), ingest.err());
    Map<String, String> bge = Map.of("ATTRIBOT_RETRIEVE_EMBEDDING_MODEL", "bge-small");
    AttribotProcess.Result first = AttribotProcess.run(dir, bge, List.of(), "reindex", "--db", "s.db");
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().matches("(?s)reindexed with bge-small-en-v1\\.5-q: [1-9]\\d* vectors of other models dropped, [1-9]\\d* passages embedded\\s*"),
        first.out());
    AttribotProcess.Result again = AttribotProcess.run(dir, bge, List.of(), "reindex", "--db", "s.db");
    assertEquals("reindexed with bge-small-en-v1.5-q: 0 vectors of other models dropped, 0 passages embedded", again.out().strip());
    AttribotProcess.Result back = AttribotProcess.run(dir, Map.of(), List.of(), "reindex", "--db", "s.db");
    assertTrue(back.out().startsWith("reindexed with all-minilm-l6-v2: ") && !back.out().contains(" 0 passages embedded"), back.out());
  }
}
