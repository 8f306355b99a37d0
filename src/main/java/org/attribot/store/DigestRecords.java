package org.attribot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the daily digest keeps: subscriptions (with their local time, zone, and whether they
 * are still served) and one delivery row per (destination, period). A delivery is claimed
 * before its first message is sent and advanced after each one, so a run that stops half-way
 * is resumed where it stopped.
 */
public final class DigestRecords {
  private final Connections db;
  /** The write connection: used only under {@code db.writeLock}. */
  private final Connection connection;

  DigestRecords(Connections db) {
    this.db = db;
    this.connection = db.writer();
  }

  /** A subscription as stored; {@code lastDigest} is the end of the newest digest window sent or skipped, or null. */
  public record SubscriptionRow(String destination, Instant createdAt, String localTime, String zone, boolean enabled,
      String disabledReason, Instant lastDigest) {}

  /** One (destination, period) delivery: its state, its window of ingest times, and how far it got. */
  /**
   * One (destination, period) delivery: its state, its window of ingest times, how far it got, and
   * {@code sendingPart}: the part recorded as being sent but not as sent (the process stopped or
   * the connection failed during its call), else null.
   */
  public record DeliveryRow(String destination, String period, String state, Instant windowStart, Instant windowEnd,
      int partsTotal, int partsSent, int attempts, Instant nextAttempt, String lastError, Integer sendingPart) {}

  /** States a delivery row takes. */
  public static final String PENDING = "pending";
  public static final String RETRY = "retry";
  public static final String SENT = "sent";
  public static final String SKIPPED = "skipped";
  public static final String FAILED = "failed";
  public static final String GONE = "gone";

  /** Subscribes, or changes the time and zone of an existing subscription and serves it again; true if it is new. */
  public boolean subscribe(String destination, String localTime, String zone, Instant now) {
    return Busy.retry("recording a subscription", () -> subscribeOnce(destination, localTime, zone, now));
  }

  private boolean subscribeOnce(String destination, String localTime, String zone, Instant now) {
    synchronized (db.writeLock) {
      boolean exists = subscription(destination).isPresent();
      update("INSERT INTO subscriptions (destination, created_at, local_time, zone, enabled) VALUES (?, ?, ?, ?, 1)"
          + " ON CONFLICT(destination) DO UPDATE SET local_time = excluded.local_time, zone = excluded.zone,"
          + " enabled = 1, disabled_reason = NULL, disabled_at = NULL", destination, now.toString(), localTime, zone);
      return !exists;
    }
  }

  public boolean unsubscribe(String destination) {
    return update("DELETE FROM subscriptions WHERE destination = ?", destination) == 1;
  }

  /** Stops serving a destination that is gone, keeping the reason. */
  public void disable(String destination, String reason, Instant now) {
    update("UPDATE subscriptions SET enabled = 0, disabled_reason = ?, disabled_at = ? WHERE destination = ?",
        reason, now.toString(), destination);
  }

  /** Every subscription, by destination. */
  public List<SubscriptionRow> subscriptions() {
    return subscriptionsWhere("", null);
  }

  public Optional<SubscriptionRow> subscription(String destination) {
    return subscriptionsWhere("WHERE s.destination = ?", destination).stream().findFirst();
  }

  private List<SubscriptionRow> subscriptionsWhere(String where, String arg) {
    return db.reading(connection -> {
      List<SubscriptionRow> out = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT s.destination, s.created_at, s.local_time, s.zone, s.enabled, s.disabled_reason,"
              + " (SELECT max(d.window_end) FROM digest_deliveries d WHERE d.destination = s.destination"
              + " AND d.state IN ('sent', 'skipped')) FROM subscriptions s " + where + " ORDER BY s.destination")) {
        if (arg != null) {
          ps.setString(1, arg);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new SubscriptionRow(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getInt(5) == 1, rs.getString(6), instant(rs.getString(7))));
          }
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read subscriptions: " + e.getMessage(), e);
      }
      return out;
    });
  }

  /** The end of the newest window sent or skipped for a destination (its previous digest). */
  public Optional<Instant> lastDigest(String destination) {
    return instantOf("SELECT max(window_end) FROM digest_deliveries WHERE destination = ? AND state IN ('sent', 'skipped')",
        destination);
  }

  /** The start of the earliest window claimed for a destination, delivered or not. */
  public Optional<Instant> firstWindowStart(String destination) {
    return instantOf("SELECT min(window_start) FROM digest_deliveries WHERE destination = ?", destination);
  }

  private Optional<Instant> instantOf(String sql, String destination) {
    return db.reading(connection -> {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setString(1, destination);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.ofNullable(instant(rs.getString(1))) : Optional.empty();
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read deliveries: " + e.getMessage(), e);
      }
    });
  }

  public Optional<DeliveryRow> delivery(String destination, String period) {
    return db.reading(connection -> {
      try (PreparedStatement ps = connection.prepareStatement("SELECT destination, period, state, window_start, window_end,"
          + " parts_total, parts_sent, attempts, next_attempt, last_error, sending_part FROM digest_deliveries"
          + " WHERE destination = ? AND period = ?")) {
        ps.setString(1, destination);
        ps.setString(2, period);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(new DeliveryRow(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
              Instant.parse(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8), instant(rs.getString(9)),
              rs.getString(10), (Integer) rs.getObject(11)));
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read a delivery: " + e.getMessage(), e);
      }
    });
  }

  /** Claims a period's delivery with its window; false if it was claimed before (by this run or an earlier one). */
  public boolean claim(String destination, String period, Instant windowStart, Instant windowEnd, Instant now) {
    return update("INSERT INTO digest_deliveries (destination, period, state, window_start, window_end, created_at, updated_at)"
        + " VALUES (?, ?, 'pending', ?, ?, ?, ?) ON CONFLICT DO NOTHING", destination, period, fixed(windowStart),
        fixed(windowEnd), now.toString(), now.toString()) == 1;
  }

  /** Records, before the call, that message {@code part} (from 0) is being sent. */
  public void sending(String destination, String period, int part, Instant now) {
    update("UPDATE digest_deliveries SET sending_part = ?, updated_at = ? WHERE destination = ? AND period = ?",
        part, now.toString(), destination, period);
  }

  /** Records that the part being sent was not taken (the platform refused it). */
  public void notSending(String destination, String period, Instant now) {
    update("UPDATE digest_deliveries SET sending_part = NULL, updated_at = ? WHERE destination = ? AND period = ?",
        now.toString(), destination, period);
  }

  /** Records that {@code partsSent} of {@code partsTotal} messages have gone out, the last with {@code messageId}. */
  public void progress(String destination, String period, int partsSent, int partsTotal, String messageId, Instant now) {
    update("UPDATE digest_deliveries SET parts_sent = ?, parts_total = ?, sending_part = NULL, last_message_id = ?,"
        + " updated_at = ? WHERE destination = ? AND period = ?",
        partsSent, partsTotal, messageId, now.toString(), destination, period);
  }

  /** Ends a delivery: {@link #SENT}, {@link #SKIPPED}, {@link #FAILED} or {@link #GONE}, with what went wrong. */
  public void finish(String destination, String period, String state, String error, Instant now) {
    update("UPDATE digest_deliveries SET state = ?, last_error = ?, next_attempt = NULL, updated_at = ?"
        + " WHERE destination = ? AND period = ?", state, error, now.toString(), destination, period);
  }

  /** Records a failed attempt, to be tried again at {@code next}. */
  public void retryAt(String destination, String period, int attempts, Instant next, String error, Instant now) {
    update("UPDATE digest_deliveries SET state = 'retry', attempts = ?, next_attempt = ?, last_error = ?, updated_at = ?"
        + " WHERE destination = ? AND period = ?", attempts, next.toString(), error, now.toString(), destination, period);
  }

  /** How many deliveries are in each state (for the figures). */
  public java.util.Map<String, Integer> countByState() {
    return db.reading(connection -> {
      java.util.Map<String, Integer> out = new java.util.TreeMap<>();
      try (PreparedStatement ps = connection.prepareStatement("SELECT state, count(*) FROM digest_deliveries GROUP BY state");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getInt(2));
        }
      } catch (SQLException e) {
        throw new StoreException("cannot count deliveries: " + e.getMessage(), e);
      }
      return out;
    });
  }

  private int update(String sql, Object... args) {
    return Busy.retry("writing the digest records", () -> updateOnce(sql, args));
  }

  private int updateOnce(String sql, Object... args) {
    synchronized (db.writeLock) {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setObject(i + 1, args[i]);
        }
        return ps.executeUpdate();
      } catch (SQLException e) {
        throw StoreException.of("cannot write the digest records", e);
      }
    }
  }

  /** Instants of one width, so that SQL compares them as text in time order. */
  private static final java.time.format.DateTimeFormatter FIXED = java.time.format.DateTimeFormatter
      .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

  private static String fixed(Instant instant) {
    return FIXED.format(instant);
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }
}
