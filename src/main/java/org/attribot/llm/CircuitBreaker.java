package org.attribot.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a failing model for a while: after {@code threshold} failures in a row the
 * circuit opens for {@code openFor}; then one call is let through (half-open), and its
 * success closes the circuit again. Thread-safe; time comes from the clock.
 */
public final class CircuitBreaker {
  private final int threshold;
  private final Duration openFor;
  private final Clock clock;
  private int failures;
  private Instant openUntil;

  public CircuitBreaker(int threshold, Duration openFor, Clock clock) {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold < 1: " + threshold);
    }
    this.threshold = threshold;
    this.openFor = openFor;
    this.clock = clock;
  }

  /** Whether a call may go to the model now. */
  public synchronized boolean allows() {
    return openUntil == null || !clock.instant().isBefore(openUntil);
  }

  public synchronized boolean isOpen() {
    return !allows();
  }

  public synchronized void success() {
    failures = 0;
    openUntil = null;
  }

  public synchronized void failure() {
    failures++;
    if (failures >= threshold) {
      openUntil = clock.instant().plus(openFor);
    }
  }
}
