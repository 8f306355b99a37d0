package org.attribot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.attribot.StoreContract;
import org.attribot.digest.Deliveries.DeliveryRow;
import org.junit.jupiter.api.Test;

/** What every engine's {@link Deliveries} does: one delivery per destination and period, resumed where it stopped. */
public abstract class DeliveriesContract extends StoreContract {
  static final String DEST = "telegram:1";

  @Test
  void aPeriodIsClaimedOnceWithItsWindow() {
    Deliveries d = store.deliveries();
    Instant from = START.minusSeconds(86_400);
    assertTrue(d.claim(DEST, "2026-01-02", from, START, START));
    assertFalse(d.claim(DEST, "2026-01-02", START, START.plusSeconds(1), START), "claimed before");
    assertTrue(d.claim("telegram:2", "2026-01-02", from, START, START), "another destination");
    assertEquals(new DeliveryRow(DEST, "2026-01-02", Deliveries.PENDING, from, START, 0, 0, 0, null, null, null),
        d.delivery(DEST, "2026-01-02").orElseThrow());
    assertEquals(Optional.empty(), d.delivery(DEST, "2026-01-03"));
  }

  @Test
  void eachPartIsRecordedBeforeAndAfterItIsSent() {
    Deliveries d = store.deliveries();
    d.claim(DEST, "p", START, START.plusSeconds(60), START);
    d.sending(DEST, "p", 0, START);
    assertEquals(0, d.delivery(DEST, "p").orElseThrow().sendingPart());
    d.progress(DEST, "p", 1, 3, "m1", START);
    DeliveryRow one = d.delivery(DEST, "p").orElseThrow();
    assertEquals(1, one.partsSent());
    assertEquals(3, one.partsTotal());
    assertNull(one.sendingPart());
    d.sending(DEST, "p", 1, START);
    d.notSending(DEST, "p", START);
    assertNull(d.delivery(DEST, "p").orElseThrow().sendingPart(), "refused: not being sent");
    d.finish(DEST, "p", Deliveries.GONE, "chat deleted", START);
    assertEquals(Deliveries.GONE, d.delivery(DEST, "p").orElseThrow().state());
    assertEquals("chat deleted", d.delivery(DEST, "p").orElseThrow().lastError());
  }

  @Test
  void aFailedTryWaitsForItsTimeAndOnlyDigestsSentOrSkippedCount() {
    Deliveries d = store.deliveries();
    Instant day1 = START;
    Instant day2 = START.plusSeconds(86_400);
    Instant day3 = START.plusSeconds(2 * 86_400);
    d.claim(DEST, "d1", day1.minusSeconds(86_400), day1, day1);
    d.finish(DEST, "d1", Deliveries.SKIPPED, null, day1);
    d.claim(DEST, "d2", day1, day2, day2);
    d.finish(DEST, "d2", Deliveries.SENT, null, day2);
    d.claim(DEST, "d3", day2, day3, day3);
    d.retryAt(DEST, "d3", 1, day3.plusSeconds(60), "timeout", day3);
    DeliveryRow retry = d.delivery(DEST, "d3").orElseThrow();
    assertEquals(Deliveries.RETRY, retry.state());
    assertEquals(1, retry.attempts());
    assertEquals(day3.plusSeconds(60), retry.nextAttempt());
    assertEquals("timeout", retry.lastError());
    assertEquals(Optional.of(day2), d.lastDigest(DEST), "the newest window sent or skipped, not the one in retry");
    assertEquals(Optional.of(day1.minusSeconds(86_400)), d.firstWindowStart(DEST));
    assertEquals(Optional.empty(), d.lastDigest("telegram:9"));
    assertEquals(Map.of("retry", 1, "sent", 1, "skipped", 1), d.countByState());
    d.finish(DEST, "d3", Deliveries.FAILED, "gave up", day3);
    assertNull(d.delivery(DEST, "d3").orElseThrow().nextAttempt());
  }
}
