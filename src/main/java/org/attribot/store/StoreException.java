package org.attribot.store;

/**
 * A store could not do what was asked (the file cannot be opened, a query failed), whatever its
 * engine: every store port may throw it. {@link #busy} says it failed only because another
 * writer held the store too long: the same write may well succeed a moment later.
 */
public final class StoreException extends RuntimeException {
  private final boolean busy;

  public StoreException(String message, Throwable cause) {
    this(message, cause, false);
  }

  public StoreException(String message, Throwable cause, boolean busy) {
    super(message, cause);
    this.busy = busy;
  }

  public boolean busy() {
    return busy;
  }
}
