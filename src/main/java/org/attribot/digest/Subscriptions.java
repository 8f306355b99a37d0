package org.attribot.digest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Subscribing and unsubscribing destinations, for every adapter and the CLI alike: a local
 * time and a time zone each, the configured ones when none is given.
 */
public final class Subscriptions {
  private final SubscriptionRecords records;
  private final LocalTime defaultTime;
  private final ZoneId defaultZone;
  private final Clock clock;

  public Subscriptions(SubscriptionRecords records, LocalTime defaultTime, ZoneId defaultZone, Clock clock) {
    this.records = records;
    this.defaultTime = defaultTime;
    this.defaultZone = defaultZone;
    this.clock = clock;
  }

  /** What a subscribe request came to, in words for the person who asked. */
  public record Outcome(boolean ok, String message) {}

  /** Subscribes from free words: {@code [HH:MM] [Zone]} in either order ("07:30 Asia/Tokyo"); the defaults fill in. */
  public Outcome subscribe(Destination destination, String words) {
    LocalTime at = defaultTime;
    ZoneId zone = defaultZone;
    for (String word : words == null ? new String[0] : words.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.matches("\\d{1,2}[:.h]\\d{2}")) {
        try {
          at = LocalTime.parse((word.length() == 4 ? "0" : "") + word.replaceAll("[.h]", ":"));
        } catch (DateTimeException e) {
          return new Outcome(false, "\u201c" + word + "\u201d is not a time of day; give it as HH:MM, for example 07:30.");
        }
      } else {
        Optional<ZoneId> z = zone(word);
        if (z.isEmpty()) {
          return new Outcome(false, "I don't know the time zone \u201c" + word
              + "\u201d; give a name such as Europe/Brussels or America/New_York.");
        }
        zone = z.get();
      }
    }
    boolean created = subscribe(destination, at, zone);
    return new Outcome(true, (created ? "Subscribed: the daily digest comes here at " : "Changed: the daily digest now comes here at ")
        + at + " (" + zone.getId() + ").");
  }

  /** Subscribes (or changes the time and zone, and serves again a destination that was disabled); true if new. */
  public boolean subscribe(Destination destination, LocalTime at, ZoneId zone) {
    return records.subscribe(destination.toString(), at.toString(), zone.getId(), clock.instant());
  }

  public boolean unsubscribe(Destination destination) {
    return records.unsubscribe(destination.toString());
  }

  /** Stops serving a destination that is gone, keeping the reason. */
  public void disable(String destination, String reason, Instant now) {
    records.disable(destination, reason, now);
  }

  /** Every subscription, served or disabled. */
  public List<Subscription> list() {
    return records.subscriptions().stream().map(Subscriptions::of).toList();
  }

  public Optional<Subscription> find(Destination destination) {
    return records.subscription(destination.toString()).map(Subscriptions::of);
  }

  public LocalTime defaultTime() {
    return defaultTime;
  }

  public ZoneId defaultZone() {
    return defaultZone;
  }

  /** A zone by its tz name, in any case ("europe/brussels"), or a fixed offset ("UTC", "+02:00"). */
  public static Optional<ZoneId> zone(String name) {
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (id.equalsIgnoreCase(name)) {
        return Optional.of(ZoneId.of(id));
      }
    }
    try {
      return Optional.of(ZoneId.of(name.toUpperCase(Locale.ROOT)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Subscription of(SubscriptionRecords.SubscriptionRow r) {
    return new Subscription(Destination.parse(r.destination()), LocalTime.parse(r.localTime()), ZoneId.of(r.zone()),
        r.createdAt(), r.enabled(), r.disabledReason(), r.lastDigest());
  }
}
