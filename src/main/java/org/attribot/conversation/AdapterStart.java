package org.attribot.conversation;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one chat adapter on a thread of its own, so a platform that cannot be reached holds
 * up neither the other adapter nor the digest. While {@link PlatformException.Kind#UNREACHABLE
 * unreachable} the start is tried again after 1, 2, 4 … {@link #MAX_DELAY_SECONDS} s, each
 * failure logged with when the next try comes; a refused token or any other failure ends this
 * adapter, and {@link Listener#ended} is told. {@link #close} stops the tries and the adapter.
 */
public final class AdapterStart implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AdapterStart.class);
  static final long MAX_DELAY_SECONDS = 30;

  /** One try at starting the adapter; what it returns runs until closed. */
  @FunctionalInterface
  public interface Attempt {
    AutoCloseable start() throws Exception;
  }

  /** Told when the adapter is up, and when it has ended for good without being closed. */
  public interface Listener {
    void up(String platform, AutoCloseable adapter);

    void ended(String platform, String why);
  }

  private final String platform;
  private final Attempt attempt;
  private final Listener listener;
  private final CountDownLatch closing = new CountDownLatch(1);
  private final Thread thread;
  private AutoCloseable running;
  private boolean closed;

  /** Starts trying at once on a thread named {@code attribot-start-PLATFORM}. */
  public AdapterStart(String platform, Attempt attempt, Listener listener) {
    this.platform = platform;
    this.attempt = attempt;
    this.listener = listener;
    this.thread = new Thread(this::run, "attribot-start-" + platform.toLowerCase(java.util.Locale.ROOT));
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    long delay = 1;
    while (closing.getCount() > 0) {
      try {
        AutoCloseable started = attempt.start();
        synchronized (this) {
          if (closed) {
            closeQuietly(started);
            return;
          }
          running = started;
        }
        listener.up(platform, started);
        return;
      } catch (PlatformException e) {
        if (e.kind() == PlatformException.Kind.TOKEN_REFUSED) {
          LOG.error("{}; {} is stopped", e.getMessage(), platform);
          listener.ended(platform, e.getMessage());
          return;
        }
        LOG.warn("{}; retrying in {} s", e.getMessage(), delay);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        if (closing.getCount() == 0) {
          return;
        }
        LOG.error("{} could not start: {}", platform, e.getMessage(), e);
        listener.ended(platform, platform + " could not start: " + e.getMessage());
        return;
      }
      try {
        if (closing.await(delay, TimeUnit.SECONDS)) {
          return;
        }
      } catch (InterruptedException e) {
        return;
      }
      delay = Math.min(delay * 2, MAX_DELAY_SECONDS);
    }
  }

  /** Stops trying (a try under way is given ten seconds) and closes the adapter if it is up. */
  @Override
  public void close() {
    closing.countDown();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    AutoCloseable toClose;
    synchronized (this) {
      closed = true;
      toClose = running;
      running = null;
    }
    if (toClose != null) {
      closeQuietly(toClose);
    }
  }

  private void closeQuietly(AutoCloseable adapter) {
    try {
      adapter.close();
    } catch (Exception e) {
      LOG.warn("stopping {}: {}", platform, e.getMessage());
    }
  }
}
