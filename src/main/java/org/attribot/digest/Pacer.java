package org.attribot.digest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Spreads one platform's sends in real time: at most {@code perSecond} a second in all
 * (evenly spaced), one a destination every {@code perDestination}, and nothing at all while a
 * rate limit the platform announced lasts. Safe for several sending threads.
 */
final class Pacer {
  private final long interval;
  private final long perDestination;
  private long nextSlot;
  private final Map<String, Long> lastSent = new HashMap<>();

  Pacer(DigestSender.Limits limits) {
    this.interval = 1_000_000_000L / limits.perSecond() + 1;
    this.perDestination = limits.perDestination().toNanos();
    this.nextSlot = System.nanoTime();
  }

  /** Blocks until a message may go to {@code destination}; false if interrupted. */
  boolean acquire(String destination) {
    Long last;
    synchronized (this) {
      last = lastSent.get(destination);
    }
    if (last != null && !sleepUntil(last + perDestination)) {
      return false; // waiting for this destination takes no slot from the others
    }
    long slot;
    synchronized (this) {
      slot = Math.max(System.nanoTime(), nextSlot);
      nextSlot = slot + interval;
      lastSent.put(destination, slot);
    }
    return sleepUntil(slot);
  }

  /** The platform asked for a pause: no message goes out before it ends. */
  synchronized void pause(Duration pause) {
    nextSlot = Math.max(nextSlot, System.nanoTime() + pause.toNanos());
  }

  private static boolean sleepUntil(long deadline) {
    long wait;
    while ((wait = deadline - System.nanoTime()) > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
