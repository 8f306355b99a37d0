package org.attribot.store;

/** The store could not do what was asked (the file cannot be opened, a query failed). */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
