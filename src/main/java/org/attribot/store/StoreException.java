package org.attribot.store;

import java.sql.SQLException;

/**
 * The store could not do what was asked (the file cannot be opened, a query failed). {@link #busy}
 * says it failed only because another connection held the store longer than the busy timeout:
 * the same write may well succeed a moment later.
 */
public final class StoreException extends RuntimeException {
  /** SQLite's SQLITE_BUSY and SQLITE_LOCKED primary result codes. */
  private static final int BUSY = 5;
  private static final int LOCKED = 6;

  private final boolean busy;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
    this.busy = cause instanceof SQLException s && isBusy(s);
  }

  /** {@code what}: the SQL error's message, keeping whether the store was busy. */
  static StoreException of(String what, SQLException e) {
    return new StoreException(what + ": " + e.getMessage(), e);
  }

  public boolean busy() {
    return busy;
  }

  static boolean isBusy(SQLException e) {
    int code = e.getErrorCode() & 0xff;
    return code == BUSY || code == LOCKED;
  }
}
