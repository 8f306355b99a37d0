package org.attribot.digest;

import java.time.Duration;
import java.util.Objects;

/**
 * What a platform answered to one message: sent; slow down ({@code retryAfter}); the
 * destination is gone for good (bot blocked or removed, chat not found, channel archived);
 * or another failure, worth trying again later. {@code detail} says what the platform said.
 */
public record SendResult(Kind kind, Duration retryAfter, String detail) {
  public enum Kind { SENT, RATE_LIMITED, GONE, FAILED }

  public SendResult {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.RATE_LIMITED && retryAfter == null) {
      throw new IllegalArgumentException("a rate limit says how long to wait");
    }
  }

  public static SendResult sent() {
    return new SendResult(Kind.SENT, null, "");
  }

  public static SendResult rateLimited(Duration retryAfter, String detail) {
    return new SendResult(Kind.RATE_LIMITED, retryAfter, detail);
  }

  public static SendResult gone(String detail) {
    return new SendResult(Kind.GONE, null, detail);
  }

  public static SendResult failed(String detail) {
    return new SendResult(Kind.FAILED, null, detail);
  }
}
