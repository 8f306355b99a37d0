package org.attribot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** At most {@code limit} questions per user in any sliding minute; what the chat adapters use. */
public final class RateLimiter {
  private final int limit;
  private final Clock clock;
  private final Map<Object, Deque<Instant>> recent = new HashMap<>();

  /** Users remembered before the quiet ones are forgotten. */
  static final int FORGET_ABOVE = 1024;

  public RateLimiter(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /** Whether the user may ask now; a question that is allowed is counted. */
  public synchronized boolean allow(Object user) {
    Instant now = clock.instant();
    if (recent.size() > FORGET_ABOVE) {
      recent.values().removeIf(times -> expire(times, now)); // users quiet for a minute are forgotten
    }
    Deque<Instant> times = recent.computeIfAbsent(user, u -> new ArrayDeque<>());
    expire(times, now);
    if (times.size() >= limit) {
      return false;
    }
    times.addLast(now);
    return true;
  }

  /** Drops the times older than a minute; true when none is left. */
  private static boolean expire(Deque<Instant> times, Instant now) {
    while (!times.isEmpty() && Duration.between(times.peekFirst(), now).toSeconds() >= 60) {
      times.pollFirst();
    }
    return times.isEmpty();
  }
}
