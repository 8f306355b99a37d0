package org.attribot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** At most {@code limit} questions per user in any sliding minute. */
final class RateLimiter {
  private final int limit;
  private final Clock clock;
  private final Map<Long, Deque<Instant>> recent = new HashMap<>();

  RateLimiter(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /** Whether the user may ask now; a question that is allowed is counted. */
  synchronized boolean allow(long user) {
    Instant now = clock.instant();
    Deque<Instant> times = recent.computeIfAbsent(user, u -> new ArrayDeque<>());
    while (!times.isEmpty() && Duration.between(times.peekFirst(), now).toSeconds() >= 60) {
      times.pollFirst();
    }
    if (times.size() >= limit) {
      return false;
    }
    times.addLast(now);
    return true;
  }
}
