package org.attribot.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
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
