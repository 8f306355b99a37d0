package org.attribot.digest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Spreads one platform's sends in real time: evenly, at most {@code perSecond} a second in
 * all, one a destination every {@code perDestination}, and nothing while a rate limit the
 * platform announced lasts. A message leaves only {@code perDestination} after the previous
 * one to its destination finished, and a second after the {@code perSecond}-th latest earlier
 * one <em>finished</em> (one still on its way counts as not finished): since
 * every message reaches the platform between leaving and finishing, the platform never sees
 * more than {@code perSecond} in a second, whatever the jitter on the way. Safe for several
 * sending threads: {@link #acquire} before each message, {@link #done} after.
 */
final class Pacer {
  private static final long SECOND = 1_000_000_000L;

  private final int perSecond;
  private final long interval;
  private final long perDestination;
  private final Map<String, Long> lastSent = new HashMap<>();
  /** The latest {@code perSecond} finishing times (a min-heap). */
  private final PriorityQueue<Long> finished = new PriorityQueue<>();
  private int inFlight;
  private long nextSlot = System.nanoTime();
  private long pausedUntil = Long.MIN_VALUE;

  Pacer(DigestSender.Limits limits) {
    this.perSecond = limits.perSecond();
    this.interval = SECOND / perSecond;
    this.perDestination = limits.perDestination().toNanos();
  }

  /** Blocks until a message may go to {@code destination}; false if interrupted (then {@link #done} is not called). */
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
      try {
        while (inFlight >= perSecond) {
          wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      slot = Math.max(Math.max(System.nanoTime(), nextSlot), pausedUntil);
      if (inFlight + finished.size() >= perSecond) {
        // the perSecond-th latest finish among the others: those in flight count as latest
        slot = Math.max(slot, nthLatestFinished(perSecond - inFlight) + SECOND);
      }
      nextSlot = slot + interval;
      inFlight++;
    }
    if (!sleepUntil(slot)) {
      done(destination);
      return false;
    }
    return true;
  }

  /** The message acquired for {@code destination} has finished (sent or not). */
  synchronized void done(String destination) {
    long now = System.nanoTime();
    inFlight--;
    lastSent.put(destination, now);
    finished.add(now);
    while (finished.size() > perSecond) {
      finished.poll();
    }
    notifyAll();
  }

  /** The platform asked for a pause: no message leaves before it ends. */
  synchronized void pause(Duration pause) {
    pausedUntil = Math.max(pausedUntil, System.nanoTime() + pause.toNanos());
  }

  private long nthLatestFinished(int n) {
    // the heap keeps the latest perSecond; its n-th latest is its (size - n + 1)-th smallest
    PriorityQueue<Long> copy = new PriorityQueue<>(finished);
    for (int i = 0; i < finished.size() - n; i++) {
      copy.poll();
    }
    return copy.peek();
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
