package org.attribot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.attribot.Shared;
import org.attribot.embed.MiniLmEmbedder;
import org.attribot.ingest.IngestReport.Outcome;
import org.attribot.statement.StatementReader;
import org.attribot.StorePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceTest {
  @TempDir Path dir;
  @TempDir Path storeDir;

  @Test
  void ingestsTheDevFolderOnceAndSkipsWhatIsNotAStatement() {
    try (StorePorts store = StorePorts.sqlite(dir.resolve("s.db"), 1000, Clock.systemUTC())) {
      IngestService ingest = new IngestService(store.statementWrites(), new StatementReader(16_000_000), new MiniLmEmbedder(), s -> List.of());
      List<String> progress = new ArrayList<>();
      IngestReport first = ingest.ingest(List.of(Shared.devSet()), (done, total, file) -> progress.add(done + "/" + total));
      assertEquals(14, first.count(Outcome.NEW), first.summary());
      assertEquals(3, first.count(Outcome.SKIPPED), "questions.jsonl, claims.jsonl and README.md");
      assertTrue(first.ok());
      assertEquals("14/14", progress.get(progress.size() - 1));
      IngestReport second = ingest.ingest(List.of(Shared.devSet()), Progress.NONE);
      assertEquals(14, second.count(Outcome.UNCHANGED), second.summary());
      assertEquals(14, store.statements().statementCount());
      assertEquals(store.passages().passageCount(), store.vectors().count(), "every passage has its vector");
      assertEquals(MiniLmEmbedder.MODEL, store.vectors().model());
    }
  }

  @Test
  void progressCountsStatementsAndIsToldOnlyOnceTheyAreCommitted() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      lines.append("{\"id\": \"s").append(i).append("\", \"text\": \"Statement ").append(i).append(" blames APT28.\"}\n");
    }
    Path file = Files.writeString(dir.resolve("many.jsonl"), lines);
    try (StorePorts store = StorePorts.sqlite(storeDir.resolve("p.db"), 1000, Clock.systemUTC())) {
      IngestService ingest = new IngestService(store.statementWrites(), new StatementReader(16_000_000), null, s -> List.of());
      List<String> told = new ArrayList<>();
      ingest.ingest(List.of(file), (done, total, current) -> told.add(done + " " + current + " stored " + store.statements().statementCount()));
      String where = file + " (file 1 of 1)";
      assertEquals(List.of("128 " + where + " stored 128", "256 " + where + " stored 256", "300 " + where + " stored 300"), told);
    }
  }

  @Test
  void aBadFileCostsOnlyItselfAndIsReportedWithItsFault() throws IOException {
    Files.writeString(dir.resolve("good.json"), "{\"id\":\"g\",\"title\":\"Good\",\"text\":\"APT 28 targeted Romania.\"}");
    Files.writeString(dir.resolve("mixed.jsonl"),
        "{\"id\":\"m1\",\"title\":\"M1\",\"text\":\"GRU blamed.\"}\n{\"id\":\"m2\",\"title\":\"M2\",\"published\":\"2024-13-45\",\"text\":\"x\"}\n");
    Files.writeString(dir.resolve("README.md"), "# not a statement");
    Files.writeString(dir.resolve("notes.csv"), "a,b");
    try (StorePorts store = StorePorts.sqlite(storeDir.resolve("s.db"), 1000, Clock.systemUTC())) {
      IngestReport report = new IngestService(store.statementWrites(), new StatementReader(16_000_000), null, s -> List.of())
          .ingest(List.of(dir, dir.resolve("missing.json")), Progress.NONE);
      assertFalse(report.ok());
      assertEquals(2, report.count(Outcome.NEW), report.summary());
      assertEquals(2, report.count(Outcome.FAILED), report.summary());
      assertEquals(2, report.count(Outcome.SKIPPED), report.summary());
      assertTrue(report.lines().stream().anyMatch(l -> l.where().endsWith("mixed.jsonl:2")
          && l.detail().contains("\"published\" is not a date")), report.lines().toString());
      assertTrue(report.lines().stream().anyMatch(l -> l.where().endsWith("missing.json") && l.detail().equals("no such file or folder")));
      assertEquals(2, store.statements().statementCount(), "nothing of the failed statement was written");
    }
  }
}
