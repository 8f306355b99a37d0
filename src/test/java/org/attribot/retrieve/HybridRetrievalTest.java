package org.attribot.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.attribot.actor.Gazetteer;
import org.attribot.embed.MiniLmEmbedder;
import org.attribot.ingest.IngestService;
import org.attribot.statement.Parsed;
import org.attribot.statement.Statement;
import org.attribot.statement.StatementReader;
import org.attribot.StorePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HybridRetrievalTest {
  @TempDir Path dir;

  static Parsed ok(String id, LocalDate date, String text) {
    return new Parsed.Ok(id, new Statement(id, "Report " + id, "Wire", null, date, null, "en", text));
  }

  @Test
  void vectorsFindAParaphraseThatSharesNoWordWithTheQuestionAndLimitsNarrow() {
    try (StorePorts store = StorePorts.sqlite(dir.resolve("s.db"), 1000, Clock.systemUTC())) {
      MiniLmEmbedder embedder = new MiniLmEmbedder();
      new IngestService(store.statementWrites(), new StatementReader(1_000_000), embedder, s -> List.of()).ingestParsed(List.of(
          ok("bakery", LocalDate.of(2023, 6, 1), "Bakers in Lyon received an award for their bread and croissants."),
          ok("gru", LocalDate.of(2025, 2, 1), "The GRU compromised e-mail servers of Romanian ministries."),
          ok("undated", null, "Moscow's military spies broke into mailboxes of a German political party.")));
      Retriever hybrid = new Retriever(store.statements(), store.passages(), store.vectors(), Gazetteer.loadDefault(), embedder, 40, 40, 8, Clock.systemUTC());
      Retriever keywordOnly = new Retriever(store.statements(), store.passages(), store.vectors(), Gazetteer.loadDefault(), null, 40, 0, 8, Clock.systemUTC());
      String question = "pastry chefs honoured";
      assertTrue(ids(keywordOnly.retrieve(question, Narrowing.NONE)).isEmpty(), "no shared word");
      assertEquals("bakery", ids(hybrid.retrieve(question, Narrowing.NONE)).get(0));

      List<String> since2024 = ids(hybrid.retrieve("Russian intelligence hacking e-mail", new Narrowing(LocalDate.of(2024, 1, 1), null, null)));
      assertTrue(since2024.contains("gru") && since2024.contains("undated"), since2024.toString());
      assertTrue(!since2024.contains("bakery"), "2023 is before the limit");
    }
  }

  static List<String> ids(Retrieval r) {
    return r.candidates().stream().map(c -> c.statement().statement().id()).toList();
  }
}
