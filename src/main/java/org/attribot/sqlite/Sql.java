package org.attribot.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.attribot.store.StoreException;

/** Small helpers the repositories share: binding arguments, reading rows, telling a failure. */
final class Sql {
  /** SQLite's SQLITE_BUSY and SQLITE_LOCKED primary result codes. */
  private static final int BUSY = 5;
  private static final int LOCKED = 6;

  private Sql() {}

  /** One row read into a value. */
  interface Row<T> {
    T of(ResultSet rs) throws SQLException;
  }

  /** The failure of {@code what}, with the SQL error's message; busy when another connection held the store too long. */
  static StoreException failure(String what, SQLException e) {
    return new StoreException(what + ": " + e.getMessage(), e, isBusy(e));
  }

  static boolean isBusy(SQLException e) {
    int code = e.getErrorCode() & 0xff;
    return code == BUSY || code == LOCKED;
  }

  /** Binds {@code args} in order (null as SQL NULL). */
  static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  /** Something done with one row. */
  interface Each {
    void on(ResultSet rs) throws SQLException;
  }

  /** Every row of a query, in order. */
  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    List<T> out = new ArrayList<>();
    each(c, sql, rs -> out.add(row.of(rs)), args);
    return out;
  }

  /** Does {@code each} with every row of a query, in order, keeping none. */
  static void each(Connection c, String sql, Each each, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.on(rs);
        }
      }
    }
  }

  /** The first row of a query, if any. */
  static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(row.of(rs)) : Optional.empty();
      }
    }
  }

  /** The first column of the first row as a number, 0 when there is no row. */
  static int count(Connection c, String sql, Object... args) throws SQLException {
    return first(c, sql, rs -> rs.getInt(1), args).orElse(0);
  }

  /** One statement; returns the rows it changed. */
  static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  /** An insert; returns the key it generated. */
  static long insert(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
      bind(ps, args);
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** {@code ?, ?, …}: one mark for each of {@code values}. */
  static String marks(Collection<?> values) {
    return String.join(", ", Collections.nCopies(values.size(), "?"));
  }
}
