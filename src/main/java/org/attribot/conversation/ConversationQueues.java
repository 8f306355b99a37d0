package org.attribot.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a bounded pool, one conversation (a chat, a thread) at a time: each
 * conversation's tasks run in the order they came, and a slow one never holds up another. A
 * task's failure is logged and does not stop the conversation's later tasks.
 *
 * @param <K> what names a conversation
 */
public final class ConversationQueues<K> {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationQueues.class);

  private final ExecutorService pool;
  private final Map<K, CompletableFuture<Void>> tails = new HashMap<>();

  public ConversationQueues(ExecutorService pool) {
    this.pool = pool;
  }

  /** A pool of {@code threads} daemon threads named {@code name-1}, {@code name-2} … for the queues. */
  public static ExecutorService pool(String name, int threads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Stops a pool: work under way gets ten seconds to finish, then is interrupted. */
  public static void stop(ExecutorService pool) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public synchronized CompletableFuture<Void> submit(K conversation, Runnable task) {
    CompletableFuture<Void> tail = tails.getOrDefault(conversation, CompletableFuture.completedFuture(null));
    CompletableFuture<Void> next = tail.thenRunAsync(task, pool).exceptionally(e -> {
      LOG.error("a task for conversation {} failed", conversation, e);
      return null;
    });
    tails.put(conversation, next);
    next.whenComplete((v, e) -> forget(conversation, next));
    return next;
  }

  private synchronized void forget(K conversation, CompletableFuture<Void> done) {
    tails.remove(conversation, done);
  }
}
