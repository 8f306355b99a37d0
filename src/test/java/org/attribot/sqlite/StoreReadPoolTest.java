package org.attribot.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.attribot.chat.SentParts;
import org.attribot.claim.ClaimFilter;
import org.attribot.ingest.StatementWrites;
import org.attribot.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers of a store on file use the read pool: a writer holding the write lock does not stop them. */
class StoreReadPoolTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @Test
  void readsGoOnWhileTheWriteLockIsHeldAndSeeOnlyCommittedRows() throws Exception {
    try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"), 1000, clock)) {
      store.statementWrites().save(SqliteStoreTest.statement("a", null, "APT 28 targeted Romania."),
          new StatementWrites.Embedded("m", List.of(new float[] {1, 0, 0})), List.of());
      long key = store.statements().statementKeys().get(0);
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
        synchronized (store.connections().writeLock) {
          holding.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      });
      try {
        assertTrue(holding.await(30, TimeUnit.SECONDS));
        // each read would wait forever if it needed the write lock: the preemptive timeout only catches that
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
          assertEquals(1, store.passages().search("\"romania\"", 5).size());
          assertEquals(1, store.passages().documentFrequency("\"romania\""));
          assertEquals(1, store.passages().passageCount());
          assertEquals("a", store.statements().statement(key).statement().id());
          assertEquals("m", store.vectorSearch().model());
          assertEquals(1, store.vectorSearch().search(new float[] {1, 0, 0}, 3, null).size());
          assertEquals(0, store.claims().list(ClaimFilter.ALL).size());
          assertEquals(0, store.turns().last("c", 5).size());
          assertEquals(SentParts.State.NEW, store.sentParts().state("telegram", 1, 0));
        });
      } finally {
        release.countDown();
        writer.get(30, TimeUnit.SECONDS);
      }
      // a write committed after the reads above is seen by the next ones: no cache kept the old figures
      store.statementWrites().save(SqliteStoreTest.statement("b", null, "APT 28 targeted Romania again."),
          new StatementWrites.Embedded("m", List.of(new float[] {0, 1, 0})), List.of());
      assertEquals(2, store.passages().documentFrequency("\"romania\""));
      assertEquals(2, store.passages().passageCount());
      assertEquals(2, store.vectorSearch().search(new float[] {1, 0, 0}, 3, null).size());
    }
  }

  @Test
  void closeClosesEveryConnectionAndLaterReadsFail() {
    SqliteStore store = SqliteStore.open(dir.resolve("s.db"), 1000, clock);
    store.statementWrites().save(SqliteStoreTest.statement("a", null, "APT 28 targeted Romania."));
    assertEquals(1, store.statements().statementCount());
    store.close();
    assertThrows(StoreException.class, () -> store.statements().statementCount());
    assertThrows(StoreException.class, () -> store.statementWrites().save(SqliteStoreTest.statement("b", null, "Lazarus robbed Bybit.")));
  }
}
