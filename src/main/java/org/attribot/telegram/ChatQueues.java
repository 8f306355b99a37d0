package org.attribot.telegram;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a bounded pool, one chat at a time: each chat's tasks run in the order they
 * came, and a slow chat never holds up another. A task's failure is logged and does not stop
 * the chat's later tasks.
 */
final class ChatQueues {
  private static final Logger LOG = LoggerFactory.getLogger(ChatQueues.class);

  private final ExecutorService pool;
  private final Map<Long, CompletableFuture<Void>> tails = new HashMap<>();

  ChatQueues(ExecutorService pool) {
    this.pool = pool;
  }

  synchronized CompletableFuture<Void> submit(long chat, Runnable task) {
    CompletableFuture<Void> tail = tails.getOrDefault(chat, CompletableFuture.completedFuture(null));
    CompletableFuture<Void> next = tail.thenRunAsync(task, pool).exceptionally(e -> {
      LOG.error("a task for chat {} failed", chat, e);
      return null;
    });
    tails.put(chat, next);
    next.whenComplete((v, e) -> forget(chat, next));
    return next;
  }

  private synchronized void forget(long chat, CompletableFuture<Void> done) {
    tails.remove(chat, done);
  }
}
