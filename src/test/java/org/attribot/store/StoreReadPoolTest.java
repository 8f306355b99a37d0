package org.attribot.store;

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
import org.attribot.claim.ClaimFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers of a store on file use the read pool: a writer holding the write lock does not stop them. */
class StoreReadPoolTest {
  @TempDir Path dir;
  final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @Test
  void readsGoOnWhileTheWriteLockIsHeldAndSeeOnlyCommittedRows() throws Exception {
    try (Store store = Store.open(dir.resolve("s.db"), 1000, clock)) {
      store.save(StoreTest.statement("a", null, "APT 28 targeted Romania."),
          new Store.Embedded("m", List.of(new float[] {1, 0, 0})), List.of());
      long key = store.statementKeys().get(0);
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
          assertEquals(1, store.search("\"romania\"", 5).size());
          assertEquals(1, store.documentFrequency("\"romania\""));
          assertEquals(1, store.passageCount());
          assertEquals("a", store.statement(key).statement().id());
          assertEquals("m", store.vectors().model());
          assertEquals(1, store.vectors().search(new float[] {1, 0, 0}, 3, null).size());
          assertEquals(0, store.claims().list(ClaimFilter.ALL).size());
          assertEquals(0, store.turns().last("c", 5).size());
          assertEquals(SendJournal.State.NEW, store.sends().state("telegram", 1, 0));
        });
      } finally {
        release.countDown();
        writer.get(30, TimeUnit.SECONDS);
      }
      // a write committed after the reads above is seen by the next ones: no cache kept the old figures
      store.save(StoreTest.statement("b", null, "APT 28 targeted Romania again."),
          new Store.Embedded("m", List.of(new float[] {0, 1, 0})), List.of());
      assertEquals(2, store.documentFrequency("\"romania\""));
      assertEquals(2, store.passageCount());
      assertEquals(2, store.vectors().search(new float[] {1, 0, 0}, 3, null).size());
    }
  }

  @Test
  void aRolledBackSaveLeavesNoVectorInTheIndex() {
    try (Store store = Store.open(dir.resolve("s.db"), 1000, clock)) {
      store.save(StoreTest.statement("a", null, "APT 28 targeted Romania."),
          new Store.Embedded("m", List.of(new float[] {1, 0, 0})), List.of());
      assertEquals(1, store.vectors().search(new float[] {1, 0, 0}, 3, null).size());
      // two vectors for one passage: refused inside the transaction, after nothing was written
      assertThrows(IllegalArgumentException.class, () -> store.save(StoreTest.statement("b", null, "Lazarus robbed Bybit."),
          new Store.Embedded("m", List.of(new float[] {0, 1, 0}, new float[] {0, 0, 1})), List.of()));
      assertEquals(1, store.vectors().search(new float[] {0, 1, 0}, 3, null).size());
      assertEquals(1, store.statementCount());
    }
  }

  @Test
  void closeClosesEveryConnectionAndLaterReadsFail() {
    Store store = Store.open(dir.resolve("s.db"), 1000, clock);
    store.save(StoreTest.statement("a", null, "APT 28 targeted Romania."));
    assertEquals(1, store.statementCount());
    store.close();
    assertThrows(StoreException.class, store::statementCount);
    assertThrows(StoreException.class, () -> store.save(StoreTest.statement("b", null, "Lazarus robbed Bybit.")));
  }
}
