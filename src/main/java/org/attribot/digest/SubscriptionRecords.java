package org.attribot.digest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The digest subscriptions kept, by destination: a local time and zone each, and whether it is still served. */
public interface SubscriptionRecords {
  /** A subscription as kept; {@code lastDigest} is the end of the newest digest window sent or skipped, or null. */
  record SubscriptionRow(String destination, Instant createdAt, String localTime, String zone, boolean enabled,
      String disabledReason, Instant lastDigest) {}

  /** Subscribes, or changes the time and zone of an existing subscription and serves it again; true if it is new. */
  boolean subscribe(String destination, String localTime, String zone, Instant now);

  /** True if there was such a subscription. */
  boolean unsubscribe(String destination);

  /** Stops serving a destination that is gone, keeping the reason. */
  void disable(String destination, String reason, Instant now);

  /** Every subscription, by destination. */
  List<SubscriptionRow> subscriptions();

  Optional<SubscriptionRow> subscription(String destination);
}
