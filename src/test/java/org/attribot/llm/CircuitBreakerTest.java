package org.attribot.llm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void opensAfterTheThresholdLetsOneTryThroughLaterAndClosesOnSuccess() {
    MovableClock clock = new MovableClock();
    CircuitBreaker c = new CircuitBreaker(3, Duration.ofSeconds(60), clock);
    c.failure();
    c.failure();
    assertTrue(c.allows());
    c.failure();
    assertFalse(c.allows());
    clock.now = clock.now.plusSeconds(61);
    assertTrue(c.allows(), "half open");
    c.failure();
    assertFalse(c.allows(), "a failed try opens it again");
    clock.now = clock.now.plusSeconds(61);
    c.success();
    c.failure();
    assertTrue(c.allows(), "success reset the count");
  }
}
