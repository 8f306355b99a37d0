package org.attribot.digest;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** A destination's daily digest: its local time and time zone, since when it is subscribed, and whether it is still served. */
public record Subscription(Destination destination, LocalTime at, ZoneId zone, Instant createdAt, boolean enabled,
    String disabledReason, Instant lastDigest) {
  public Subscription {
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
