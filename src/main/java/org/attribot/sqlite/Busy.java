package org.attribot.sqlite;

import org.attribot.pause.Pause;
import org.attribot.store.StoreException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a store write that failed only because another connection held the store longer
 * than the busy timeout: after 100 ms, then doubling, {@value #ATTEMPTS} tries in all. Any
 * other failure, and the last busy one, is thrown. The caller's lock is not held while it waits.
 */
final class Busy {
  private static final Logger LOG = LoggerFactory.getLogger(Busy.class);
  static final int ATTEMPTS = 5;
  static final long FIRST_WAIT_MS = 100;

  private Busy() {}

  static <T> T retry(String what, Supplier<T> write) {
    long wait = FIRST_WAIT_MS;
    for (int attempt = 1; ; attempt++) {
      try {
        return write.get();
      } catch (StoreException e) {
        if (!e.busy() || attempt >= ATTEMPTS) {
          throw e;
        }
        LOG.warn("the store is busy (another process is writing); {}: trying again in {} ms", what, wait);
        if (!Pause.sleep(wait)) {
          throw e;
        }
        wait *= 2;
      }
    }
  }

  static void retry(String what, Runnable write) {
    retry(what, () -> {
      write.run();
      return null;
    });
  }

}
