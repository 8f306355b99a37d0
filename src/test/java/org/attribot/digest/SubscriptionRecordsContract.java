package org.attribot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.attribot.StoreContract;
import org.attribot.digest.SubscriptionRecords.SubscriptionRow;
import org.junit.jupiter.api.Test;

/** What every engine's {@link SubscriptionRecords} does: one subscription per destination, served or not. */
public abstract class SubscriptionRecordsContract extends StoreContract {
  @Test
  void subscribingAgainChangesTheTimeAndServesAGoneDestinationAgain() {
    SubscriptionRecords subs = store.subscriptions();
    assertTrue(subs.subscribe("telegram:1", "07:30", "Europe/Brussels", START));
    subs.disable("telegram:1", "the chat was deleted", START.plusSeconds(5));
    SubscriptionRow gone = subs.subscription("telegram:1").orElseThrow();
    assertFalse(gone.enabled());
    assertEquals("the chat was deleted", gone.disabledReason());
    assertFalse(subs.subscribe("telegram:1", "08:00", "Asia/Tokyo", START.plusSeconds(10)), "not new");
    SubscriptionRow back = subs.subscription("telegram:1").orElseThrow();
    assertEquals(new SubscriptionRow("telegram:1", START, "08:00", "Asia/Tokyo", true, null, null), back);
  }

  @Test
  void everySubscriptionIsListedByDestinationUntilUnsubscribed() {
    SubscriptionRecords subs = store.subscriptions();
    subs.subscribe("telegram:2", "07:30", "UTC", START);
    subs.subscribe("slack:C1", "09:00", "UTC", START);
    assertEquals(List.of("slack:C1", "telegram:2"), subs.subscriptions().stream().map(SubscriptionRow::destination).toList());
    assertTrue(subs.unsubscribe("slack:C1"));
    assertFalse(subs.unsubscribe("slack:C1"));
    assertEquals(List.of("telegram:2"), subs.subscriptions().stream().map(SubscriptionRow::destination).toList());
    assertTrue(subs.subscription("slack:C1").isEmpty());
  }

  @Test
  void aSubscriptionKnowsTheEndOfItsPreviousDigest() {
    store.subscriptions().subscribe("telegram:1", "07:30", "UTC", START);
    assertNull(store.subscriptions().subscription("telegram:1").orElseThrow().lastDigest());
    Instant end = START.plusSeconds(3600);
    store.deliveries().claim("telegram:1", "2026-01-02", START, end, START);
    assertNull(store.subscriptions().subscription("telegram:1").orElseThrow().lastDigest(), "claimed, not yet sent");
    store.deliveries().finish("telegram:1", "2026-01-02", Deliveries.SENT, null, end);
    assertEquals(end, store.subscriptions().subscription("telegram:1").orElseThrow().lastDigest());
  }
}
