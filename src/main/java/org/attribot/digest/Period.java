package org.attribot.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One day's digest of a destination: the local date it is for (the key deliveries are
 * recorded under) and the instant it is due. A local time that a daylight-saving change skips
 * is due at the same time after the change (02:30 → 03:30); one that occurs twice is due the
 * first time. Being keyed by local date, a day never has two digests and never none.
 */
public record Period(String key, Instant due) {
  /**
   * The newest period due at or before {@code now}: today's if its time has come, else
   * yesterday's. Only the newest is ever due, so a long downtime gives one digest, not one a
   * day missed. Empty when that period was due before the subscription was made.
   */
  public static Optional<Period> latest(Subscription s, Instant now) {
    LocalDate today = now.atZone(s.zone()).toLocalDate();
    Period p = of(today, s.at(), s.zone());
    if (p.due().isAfter(now)) {
      p = of(today.minusDays(1), s.at(), s.zone());
    }
    return p.due().isBefore(s.createdAt()) ? Optional.empty() : Optional.of(p);
  }

  /** The period of a local date. */
  public static Period of(LocalDate date, LocalTime at, ZoneId zone) {
    return new Period(date.toString(), ZonedDateTime.of(date, at, zone).toInstant());
  }

  /** A digest sent by hand ({@code digest --send-now}): a period of its own. */
  public static Period manual(Instant now) {
    return new Period("manual " + now, now);
  }
}
