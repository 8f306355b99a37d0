package org.attribot.sqlite;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The caches' guard: every committed write of statements moves the generation on and empties
 * every cache, and a reader keeps what it read only if no such write was committed since it
 * began, so a cache never holds a stale value.
 */
final class Generation {
  private final List<Runnable> caches = new CopyOnWriteArrayList<>();
  private long generation;

  /** {@code empty} empties one cache; it runs on every {@link #moveOn}. */
  void cache(Runnable empty) {
    caches.add(empty);
  }

  synchronized long current() {
    return generation;
  }

  /** Caches what was read (by {@code put}) if no write was committed since {@code since}. */
  synchronized void remember(long since, Runnable put) {
    if (generation == since) {
      put.run();
    }
  }

  /**
   * What {@code cache} holds for {@code key}; else what {@code read} reads, kept in {@code cache}
   * if no write was committed while it read.
   */
  <K, V> V cached(Map<K, V> cache, K key, Supplier<V> read) {
    V hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    long since = current();
    V value = read.get();
    remember(since, () -> cache.put(key, value));
    return value;
  }

  /** After a write is committed (or rolled back): every cache forgets, and nothing read before is cached. */
  synchronized void moveOn() {
    generation++;
    caches.forEach(Runnable::run);
  }
}
