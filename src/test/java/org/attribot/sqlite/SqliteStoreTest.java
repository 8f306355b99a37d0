package org.attribot.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.attribot.ingest.SaveOutcome;
import org.attribot.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is SQLite's own: the schema, its migrations, WAL. What the ports do is in the contract suites. */
class SqliteStoreTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  static Statement statement(String id, String url, String text) {
    return new Statement(id, "Title " + id, "Publisher", null, LocalDate.of(2024, 5, 3), url, "en", text);
  }

  @Test
  void schemaIsMigratedInWalModeAndSurvivesReopening() throws Exception {
    Path file = dir.resolve("s.db");
    try (SqliteStore store = SqliteStore.open(file, 1000, clock)) {
      store.statementWrites().save(statement("a", null, "APT 28 targeted Romania."));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet version = c.createStatement().executeQuery("PRAGMA user_version");
        ResultSet mode = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      assertEquals(Database.MIGRATIONS.size(), version.getInt(1));
      assertEquals("wal", mode.getString(1));
    }
    try (SqliteStore store = SqliteStore.open(file, 1000, clock)) {
      assertEquals(1, store.statements().statementCount());
      assertEquals(Instant.parse("2026-01-02T03:04:05Z"), store.statements().statementById("a").orElseThrow().ingestedAt());
    }
  }

  @Test
  void aStoreFromBeforeStatementKindsKeepsItsStatementsAsOriginalsAndASummaryIsKeptAsOne() throws Exception {
    Path file = dir.resolve("old.db");
    try (SqliteStore store = SqliteStore.open(file, 1000, clock)) {
      store.statementWrites().save(statement("old", null, "APT 28 targeted Romania."));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      // the store as the release before summaries left it
      c.createStatement().execute("ALTER TABLE statements DROP COLUMN kind");
      c.createStatement().execute("PRAGMA user_version = " + (Database.MIGRATIONS.size() - 1));
    }
    try (SqliteStore store = SqliteStore.open(file, 1000, clock)) {
      assertEquals(Statement.Kind.ORIGINAL, store.statements().statementById("old").orElseThrow().statement().kind());
      Statement summary = new Statement("sum", "Title sum", "Publisher", null, null, null, "en",
          "NATO said APT 28 targeted Czechia.", Statement.Kind.SUMMARY);
      assertEquals(SaveOutcome.Kind.NEW, store.statementWrites().save(summary).kind());
      assertEquals(Statement.Kind.SUMMARY, store.statements().statementById("sum").orElseThrow().statement().kind());
      assertEquals(java.util.Set.of("sum"), store.statements().summaries(List.of("old", "sum", "unknown")));
      Statement sameTextAsOriginal = new Statement("orig", "Title sum", "Publisher", null, null, null, "en",
          "NATO said APT 28 targeted Czechia.");
      assertEquals(SaveOutcome.Kind.NEW, store.statementWrites().save(sameTextAsOriginal).kind(), "a summary and an original differ");
    }
  }
}
