package org.attribot.digest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the digest schedule on one named thread ({@value #THREAD}): at start (which sends
 * a digest missed while the process was down, once) and every {@code every} after. The job
 * catches and logs everything, so one bad run never cancels the later ones.
 */
public final class DigestScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DigestScheduler.class);
  static final String THREAD = "attribot-digest";

  private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, THREAD);
    t.setDaemon(true);
    return t;
  });
  public DigestScheduler(DigestService service, Duration every) {
    this(service::runDue, every);
  }

  DigestScheduler(Runnable run, Duration every) {
    Runnable job = () -> {
      try {
        run.run();
      } catch (Throwable t) { // an exception escaping would cancel every later run
        LOG.error("the digest run failed; trying again in {} s", every.toSeconds(), t);
      }
    };
    executor.scheduleWithFixedDelay(job, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
