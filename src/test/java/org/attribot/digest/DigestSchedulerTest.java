package org.attribot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DigestSchedulerTest {
  @Test
  void runsAtOnceOnItsOwnNamedThreadAndSurvivesAFailingRun() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch fourRuns = new CountDownLatch(4);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (DigestScheduler scheduler = new DigestScheduler(() -> {
      threads.add(Thread.currentThread().getName());
      fourRuns.countDown();
      if (runs.incrementAndGet() == 1) {
        throw new IllegalStateException("the store is locked");
      }
      if (runs.get() == 2) {
        throw new AssertionError("even an error");
      }
    }, Duration.ofMillis(20))) {
      // a minute for runs that must come, however loaded the machine
      assertTrue(fourRuns.await(1, TimeUnit.MINUTES), "later runs still happen after failures: " + runs.get());
    }
    assertEquals(Set.of("attribot-digest"), threads);
  }
}
