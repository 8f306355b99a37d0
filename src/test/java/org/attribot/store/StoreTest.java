package org.attribot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.attribot.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  static Statement statement(String id, String url, String text) {
    return new Statement(id, "Title " + id, "Publisher", null, LocalDate.of(2024, 5, 3), url, "en", text);
  }

  @Test
  void schemaIsMigratedInWalModeAndSurvivesReopening() throws Exception {
    Path file = dir.resolve("s.db");
    try (Store store = Store.open(file, 1000, clock)) {
      store.save(statement("a", null, "APT 28 targeted Romania."));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet version = c.createStatement().executeQuery("PRAGMA user_version");
        ResultSet mode = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      assertEquals(Database.MIGRATIONS.size(), version.getInt(1));
      assertEquals("wal", mode.getString(1));
    }
    try (Store store = Store.open(file, 1000, clock)) {
      assertEquals(1, store.statementCount());
      assertEquals(Instant.parse("2026-01-02T03:04:05Z"), store.statementById("a").orElseThrow().ingestedAt());
    }
  }

  @Test
  void aStoreFromBeforeStatementKindsKeepsItsStatementsAsOriginalsAndASummaryIsKeptAsOne() throws Exception {
    Path file = dir.resolve("old.db");
    try (Store store = Store.open(file, 1000, clock)) {
      store.save(statement("old", null, "APT 28 targeted Romania."));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      // the store as the release before summaries left it
      c.createStatement().execute("ALTER TABLE statements DROP COLUMN kind");
      c.createStatement().execute("PRAGMA user_version = " + (Database.MIGRATIONS.size() - 1));
    }
    try (Store store = Store.open(file, 1000, clock)) {
      assertEquals(Statement.Kind.ORIGINAL, store.statementById("old").orElseThrow().statement().kind());
      Statement summary = new Statement("sum", "Title sum", "Publisher", null, null, null, "en",
          "NATO said APT 28 targeted Czechia.", Statement.Kind.SUMMARY);
      assertEquals(SaveOutcome.Kind.NEW, store.save(summary).kind());
      assertEquals(Statement.Kind.SUMMARY, store.statementById("sum").orElseThrow().statement().kind());
      assertEquals(java.util.Set.of("sum"), store.summaries(List.of("old", "sum", "unknown")));
      Statement sameTextAsOriginal = new Statement("orig", "Title sum", "Publisher", null, null, null, "en",
          "NATO said APT 28 targeted Czechia.");
      assertEquals(SaveOutcome.Kind.NEW, store.save(sameTextAsOriginal).kind(), "a summary and an original differ");
    }
  }

  @Test
  void sameContentIsUnchangedAndChangedTextIsANewVersionNotADuplicate() {
    try (Store store = Store.open(dir.resolve("s.db"), 1000, clock)) {
      assertEquals(SaveOutcome.Kind.NEW, store.save(statement("a", "https://x/a", "GRU hacked Romania.")).kind());
      assertEquals(SaveOutcome.Kind.UNCHANGED, store.save(statement("a", "https://x/a", "GRU hacked Romania.")).kind());
      SaveOutcome updated = store.save(statement("a", "https://x/a", "GRU Unit 26165 hacked Romania."));
      assertEquals(SaveOutcome.Kind.UPDATED, updated.kind());
      assertEquals(2, updated.version());
      SaveOutcome byUrl = store.save(statement("other-id", "https://x/a", "APT 28 hacked Romania in 2025."));
      assertEquals(SaveOutcome.Kind.UPDATED, byUrl.kind());
      assertEquals(1, store.statementCount());
      assertEquals(3, store.versionCount("other-id"));
      assertEquals(List.of(), store.search("\"26165\"", 10), "the old version's passages left the index");
      assertEquals(1, store.search("\"2025\"", 10).size());
    }
  }

  @Test
  void passagesPointIntoTheStatementText() {
    try (Store store = Store.open(null, 1000, clock)) {
      String text = "Headline\nNATO blamed the GRU for attacks on several Allies and on Ukraine, in a long statement.\n"
          + "The Council recalled that Germany and the Czech Republic had attributed activity to APT 28 in 2024.";
      store.save(statement("a", null, text));
      List<PassageHit> hits = store.search("\"czech\"", 5);
      assertEquals(1, hits.size());
      PassageHit hit = hits.get(0);
      assertEquals(hit.text(), text.substring(hit.start(), hit.end()));
      assertFalse(store.search("\"headline\"", 5).isEmpty());
      assertNull(store.statement(hit.statementKey()).statement().author());
    }
  }
}
