package org.attribot.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.attribot.StoreContract;
import org.attribot.store.StoreException;
import org.junit.jupiter.api.Test;

/** What every engine's {@link Statements} does: statements read back as they were saved, in the orders promised. */
public abstract class StatementsContract extends StoreContract {
  @Test
  void aSavedStatementIsReadBackByKeyAndByIdAsItWasGiven() {
    Statement given = new Statement("a", "NATO condemns", "NATO", "Press office", LocalDate.of(2024, 5, 3),
        "https://example.org/a", "en", "APT 28 targeted Romania.");
    long key = save(given);
    StoredStatement read = store.statements().statementById("a").orElseThrow();
    assertEquals(given, read.statement());
    assertEquals(given.contentHash(), read.contentHash());
    assertEquals(START, read.ingestedAt());
    assertEquals(1, read.version());
    assertEquals(read, store.statements().statement(key));
    assertEquals(1, store.statements().statementCount());
    assertEquals(List.of(key), store.statements().statementKeys());
  }

  @Test
  void latestIsNewestFirstByDateWithUndatedLast() {
    save(statement("old", LocalDate.of(2023, 1, 1), "P", "GRU hacked Romania."));
    save(statement("undated", null, "P", "APT 28 hacked Czechia."));
    save(statement("new", LocalDate.of(2025, 1, 1), "P", "Lazarus robbed Bybit."));
    assertEquals(List.of("new", "old", "undated"), ids(store.statements().latest(5)));
    assertEquals(List.of("new"), ids(store.statements().latest(1)));
    assertEquals(3, store.statements().statementCount());
  }

  @Test
  void ingestedBetweenTakesTheWindowAfterItsStartUpToItsEndOldestFirst() {
    Instant t1 = START;
    Instant t2 = START.plusSeconds(60);
    Instant t3 = START.plusSeconds(120);
    clock.set(t1);
    save(statement("a", null, "APT 28 targeted Romania."));
    clock.set(t2);
    save(statement("b", null, "GRU hacked Czechia."));
    clock.set(t3);
    save(statement("c", null, "Lazarus robbed Bybit."));
    assertEquals(List.of("b", "c"), ids(store.statements().ingestedBetween(t1, t3, 10)));
    assertEquals(List.of("b"), ids(store.statements().ingestedBetween(t1, t3, 1)));
    assertEquals(List.of("a", "b"), ids(store.statements().ingestedBetween(t1.minusMillis(1), t2, 10)));
    assertEquals(List.of(), ids(store.statements().ingestedBetween(t3, t3.plusSeconds(60), 10)));
  }

  @Test
  void summariesNameOnlyTheStatementsWhoseTextIsASummary() {
    save(new Statement("sum", "Title", "P", null, null, null, "en", "NATO said APT 28 targeted Czechia.",
        Statement.Kind.SUMMARY));
    save(statement("orig", null, "NATO said APT 28 targeted Romania."));
    assertEquals(Set.of("sum"), store.statements().summaries(List.of("sum", "orig", "unknown")));
    assertEquals(Set.of(), store.statements().summaries(List.of()));
    assertEquals(Statement.Kind.SUMMARY, store.statements().statementById("sum").orElseThrow().statement().kind());
  }

  @Test
  void versionsAreCountedAndWhatIsNotStoredIsNotFound() {
    save(statement("a", "https://example.org/a", "GRU hacked Romania."));
    save(statement("a", "https://example.org/a", "GRU Unit 26165 hacked Romania."));
    assertEquals(2, store.statements().versionCount("a"));
    assertEquals(2, store.statements().statementById("a").orElseThrow().version());
    assertEquals(0, store.statements().versionCount("unknown"));
    assertTrue(store.statements().statementById("unknown").isEmpty());
    assertThrows(StoreException.class, () -> store.statements().statement(999_999));
  }

  private static List<String> ids(List<StoredStatement> statements) {
    return statements.stream().map(s -> s.statement().id()).toList();
  }
}
