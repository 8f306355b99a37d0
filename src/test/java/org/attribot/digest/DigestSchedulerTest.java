package org.attribot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DigestSchedulerTest {
  @Test
  void runsAtOnceOnItsOwnNamedThreadAndSurvivesAFailingRun() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (DigestScheduler scheduler = new DigestScheduler(() -> {
      threads.add(Thread.currentThread().getName());
      if (runs.incrementAndGet() == 1) {
        throw new IllegalStateException("the store is locked");
      }
      if (runs.get() == 2) {
        throw new AssertionError("even an error");
      }
    }, Duration.ofMillis(20))) {
      long deadline = System.currentTimeMillis() + 5_000;
      while (runs.get() < 4 && System.currentTimeMillis() < deadline) {
        Thread.sleep(10);
      }
    }
    assertTrue(runs.get() >= 4, "later runs still happen after failures: " + runs.get());
    assertEquals(Set.of("attribot-digest"), threads);
  }
}
