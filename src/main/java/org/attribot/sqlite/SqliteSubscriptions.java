package org.attribot.sqlite;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.attribot.digest.SubscriptionRecords;

/** The {@code subscriptions} table, each row read with the end of its destination's previous digest. */
final class SqliteSubscriptions implements SubscriptionRecords {
  private final Connections db;

  SqliteSubscriptions(Connections db) {
    this.db = db;
  }

  @Override
  public boolean subscribe(String destination, String localTime, String zone, Instant now) {
    return Busy.retry("recording a subscription", () -> {
      synchronized (db.writeLock) {
        boolean exists = subscription(destination).isPresent();
        write("INSERT INTO subscriptions (destination, created_at, local_time, zone, enabled) VALUES (?, ?, ?, ?, 1)"
            + " ON CONFLICT(destination) DO UPDATE SET local_time = excluded.local_time, zone = excluded.zone,"
            + " enabled = 1, disabled_reason = NULL, disabled_at = NULL", destination, now.toString(), localTime, zone);
        return !exists;
      }
    });
  }

  @Override
  public boolean unsubscribe(String destination) {
    return write("DELETE FROM subscriptions WHERE destination = ?", destination) == 1;
  }

  @Override
  public void disable(String destination, String reason, Instant now) {
    write("UPDATE subscriptions SET enabled = 0, disabled_reason = ?, disabled_at = ? WHERE destination = ?",
        reason, now.toString(), destination);
  }

  @Override
  public List<SubscriptionRow> subscriptions() {
    return subscriptionsWhere("");
  }

  @Override
  public Optional<SubscriptionRow> subscription(String destination) {
    return subscriptionsWhere("WHERE s.destination = ?", destination).stream().findFirst();
  }

  private List<SubscriptionRow> subscriptionsWhere(String where, Object... args) {
    return db.read("cannot read subscriptions", c -> Sql.list(c,
        "SELECT s.destination, s.created_at, s.local_time, s.zone, s.enabled, s.disabled_reason,"
            + " (SELECT max(d.window_end) FROM digest_deliveries d WHERE d.destination = s.destination"
            + " AND d.state IN ('sent', 'skipped')) FROM subscriptions s " + where + " ORDER BY s.destination",
        rs -> new SubscriptionRow(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
            rs.getInt(5) == 1, rs.getString(6), SqliteDeliveries.instant(rs.getString(7))), args));
  }

  private int write(String sql, Object... args) {
    return db.update("writing the digest records", "cannot write the digest records", sql, args);
  }
}
