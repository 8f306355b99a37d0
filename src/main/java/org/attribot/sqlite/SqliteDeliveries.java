package org.attribot.sqlite;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attribot.digest.Deliveries;

/**
 * The {@code digest_deliveries} table: one row per (destination, period), claimed before its first
 * message is sent and advanced after each one. Times are written at one width, so SQL compares them in order.
 */
final class SqliteDeliveries implements Deliveries {
  /** Instants of one width, so that SQL compares them as text in time order. */
  private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
      .withZone(ZoneOffset.UTC);

  private final Connections db;

  SqliteDeliveries(Connections db) {
    this.db = db;
  }

  @Override
  public Optional<Instant> lastDigest(String destination) {
    return instantOf("SELECT max(window_end) FROM digest_deliveries WHERE destination = ? AND state IN ('sent', 'skipped')",
        destination);
  }

  @Override
  public Optional<Instant> firstWindowStart(String destination) {
    return instantOf("SELECT min(window_start) FROM digest_deliveries WHERE destination = ?", destination);
  }

  private Optional<Instant> instantOf(String sql, String destination) {
    return db.read("cannot read deliveries", c -> Sql.first(c, sql, rs -> instant(rs.getString(1)), destination));
  }

  @Override
  public Optional<DeliveryRow> delivery(String destination, String period) {
    return db.read("cannot read a delivery", c -> Sql.first(c, "SELECT destination, period, state, window_start, window_end,"
        + " parts_total, parts_sent, attempts, next_attempt, last_error, sending_part FROM digest_deliveries"
        + " WHERE destination = ? AND period = ?",
        rs -> new DeliveryRow(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
            Instant.parse(rs.getString(5)), rs.getInt(6), rs.getInt(7), rs.getInt(8), instant(rs.getString(9)),
            rs.getString(10), (Integer) rs.getObject(11)), destination, period));
  }

  @Override
  public boolean claim(String destination, String period, Instant windowStart, Instant windowEnd, Instant now) {
    return update("INSERT INTO digest_deliveries (destination, period, state, window_start, window_end, created_at, updated_at)"
        + " VALUES (?, ?, 'pending', ?, ?, ?, ?) ON CONFLICT DO NOTHING", destination, period, FIXED.format(windowStart),
        FIXED.format(windowEnd), now.toString(), now.toString()) == 1;
  }

  @Override
  public void sending(String destination, String period, int part, Instant now) {
    update("UPDATE digest_deliveries SET sending_part = ?, updated_at = ? WHERE destination = ? AND period = ?",
        part, now.toString(), destination, period);
  }

  @Override
  public void notSending(String destination, String period, Instant now) {
    update("UPDATE digest_deliveries SET sending_part = NULL, updated_at = ? WHERE destination = ? AND period = ?",
        now.toString(), destination, period);
  }

  @Override
  public void progress(String destination, String period, int partsSent, int partsTotal, String messageId, Instant now) {
    update("UPDATE digest_deliveries SET parts_sent = ?, parts_total = ?, sending_part = NULL, last_message_id = ?,"
        + " updated_at = ? WHERE destination = ? AND period = ?",
        partsSent, partsTotal, messageId, now.toString(), destination, period);
  }

  @Override
  public void finish(String destination, String period, String state, String error, Instant now) {
    update("UPDATE digest_deliveries SET state = ?, last_error = ?, next_attempt = NULL, updated_at = ?"
        + " WHERE destination = ? AND period = ?", state, error, now.toString(), destination, period);
  }

  @Override
  public void retryAt(String destination, String period, int attempts, Instant next, String error, Instant now) {
    update("UPDATE digest_deliveries SET state = 'retry', attempts = ?, next_attempt = ?, last_error = ?, updated_at = ?"
        + " WHERE destination = ? AND period = ?", attempts, next.toString(), error, now.toString(), destination, period);
  }

  @Override
  public Map<String, Integer> countByState() {
    Map<String, Integer> out = new TreeMap<>();
    db.read("cannot count deliveries", c -> {
      Sql.each(c, "SELECT state, count(*) FROM digest_deliveries GROUP BY state", rs -> out.put(rs.getString(1), rs.getInt(2)));
      return null;
    });
    return out;
  }

  private int update(String sql, Object... args) {
    return db.update("writing the digest records", "cannot write the digest records", sql, args);
  }

  static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }
}
