package org.attribot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.attribot.embed.MiniLmEmbedder;
import org.attribot.statement.Statement;
import org.attribot.statement.TextSplitter;
import org.attribot.StorePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexerTest {
  @TempDir Path dir;

  @Test
  void aChangeOfModelIsNoticedAndEveryPassageIsReEmbedded() {
    try (StorePorts store = StorePorts.sqlite(dir.resolve("s.db"), 1000, Clock.systemUTC())) {
      Statement s = new Statement("a", "NATO blames the GRU", "Wire", null, LocalDate.of(2025, 1, 1), null, "en",
          "NATO blamed the GRU.\n" + "APT 28 targeted Romania, the Council said, in a long paragraph about the attacks. ".repeat(12));
      int passages = TextSplitter.passages(s.text()).size();
      float[] old = new float[8];
      old[0] = 1;
      store.statementWrites().save(s, new org.attribot.ingest.StatementWrites.Embedded("old-model", java.util.Collections.nCopies(passages, old)), List.of());
      assertEquals("old-model", store.vectors().model());
      Reindexer.Result r = new Reindexer(store.passages(), store.vectorWrites(), new MiniLmEmbedder()).run(Progress.NONE);
      assertEquals(passages, r.dropped());
      assertEquals(passages, r.embedded());
      assertEquals(MiniLmEmbedder.MODEL, store.vectors().model());
      assertEquals(passages, store.vectors().count());
      assertEquals(List.of(), store.vectorWrites().missing(MiniLmEmbedder.MODEL, 10));
    }
  }
}
