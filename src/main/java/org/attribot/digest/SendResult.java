package org.attribot.digest;

import java.time.Duration;
import java.util.Objects;

/**
 * What a platform answered to one message: sent; slow down ({@code retryAfter}); the
 * destination is gone for good (bot blocked or removed, chat not found, channel archived);
 * another failure, worth trying again later; or {@code UNKNOWN}: the connection failed after the
 * request may have left, so the platform may have the message. {@code detail} says what the
 * platform said; {@code messageId} is the id of a message sent, when the platform gives one.
 */
public record SendResult(Kind kind, Duration retryAfter, String detail, String messageId) {
  public enum Kind { SENT, RATE_LIMITED, GONE, FAILED, UNKNOWN }

  public SendResult {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.RATE_LIMITED && retryAfter == null) {
      throw new IllegalArgumentException("a rate limit says how long to wait");
    }
  }

  public SendResult(Kind kind, Duration retryAfter, String detail) {
    this(kind, retryAfter, detail, null);
  }

  public static SendResult sent() {
    return new SendResult(Kind.SENT, null, "");
  }

  public static SendResult sent(String messageId) {
    return new SendResult(Kind.SENT, null, "", messageId);
  }

  /** The connection failed after the request may have left. */
  public static SendResult unknown(String detail) {
    return new SendResult(Kind.UNKNOWN, null, detail);
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
