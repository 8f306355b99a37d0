package org.attribot.pause;

/** Waiting between tries: every retry with backoff in the house waits through here. */
public final class Pause {
  private Pause() {}

  /** Sleeps {@code ms}; false (with the thread's interrupt flag set again) when interrupted, so the caller stops trying. */
  public static boolean sleep(long ms) {
    try {
      Thread.sleep(ms);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
