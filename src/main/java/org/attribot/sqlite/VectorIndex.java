package org.attribot.sqlite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.LongPredicate;
import org.attribot.retrieve.VectorHit;

/**
 * Nearest-neighbour search over unit vectors held in memory twice over: as 8-bit integers
 * (one scale per vector; 300,000 vectors of 384 dimensions take about 115 MB) and as sign
 * bits (48 bytes each). A small index, or a filtered search, is scanned exactly on the
 * 8-bit codes. A large one is searched in two steps, as vector databases do: Hamming
 * distance on the sign bits picks {@link #OVERSAMPLE} times more candidates than asked,
 * and those are re-scored exactly. Scores are cosine similarities, approximate to about 1e-2.
 */
final class VectorIndex {
  /** Below this many vectors every search is exact. */
  static final int EXACT_BELOW = 20_000;
  /** Candidates per result taken from the sign-bit pass. */
  static final int OVERSAMPLE = 20;
  /** Fewest candidates the sign-bit pass hands on. */
  static final int MIN_CANDIDATES = 1_000;

  private final int dimension;
  private final int words;
  private byte[] codes = new byte[0];
  private long[] bits = new long[0];
  private float[] scales = new float[0];
  private long[] keys = new long[0];
  private final Map<Long, Integer> slots = new HashMap<>();
  private int size;

  VectorIndex(int dimension) {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension < 1: " + dimension);
    }
    this.dimension = dimension;
    this.words = (dimension + 63) / 64;
  }

  int dimension() {
    return dimension;
  }

  int size() {
    return size;
  }

  /** Adds or replaces the vector stored under {@code key}. */
  void put(long key, float[] vector) {
    if (vector.length != dimension) {
      throw new IllegalArgumentException("vector has " + vector.length + " dimensions, the index " + dimension);
    }
    Integer slot = slots.get(key);
    if (slot == null) {
      grow(size + 1);
      slot = size++;
      slots.put(key, slot);
      keys[slot] = key;
    }
    scales[slot] = quantise(vector, codes, slot * dimension);
    Arrays.fill(bits, slot * words, slot * words + words, 0L);
    for (int i = 0; i < dimension; i++) {
      if (vector[i] > 0) {
        bits[slot * words + (i >>> 6)] |= 1L << (i & 63);
      }
    }
  }

  /** Writes {@code vector} as bytes at {@code offset}; returns the scale that turns them back. */
  private static float quantise(float[] vector, byte[] into, int offset) {
    float max = 1e-12f;
    for (float v : vector) {
      max = Math.max(max, Math.abs(v));
    }
    float scale = max / 127f;
    for (int i = 0; i < vector.length; i++) {
      into[offset + i] = (byte) Math.round(vector[i] / scale);
    }
    return scale;
  }

  /** Removes the vector under {@code key}, if any, moving the last one into its place. */
  void remove(long key) {
    Integer slot = slots.remove(key);
    if (slot == null) {
      return;
    }
    int last = --size;
    if (slot != last) {
      System.arraycopy(codes, last * dimension, codes, slot * dimension, dimension);
      System.arraycopy(bits, last * words, bits, slot * words, words);
      scales[slot] = scales[last];
      keys[slot] = keys[last];
      slots.put(keys[slot], slot);
    }
  }

  private void grow(int needed) {
    if (needed <= keys.length) {
      return;
    }
    int capacity = Math.max(needed, Math.max(1024, keys.length + keys.length / 2));
    codes = Arrays.copyOf(codes, capacity * dimension);
    bits = Arrays.copyOf(bits, capacity * words);
    scales = Arrays.copyOf(scales, capacity);
    keys = Arrays.copyOf(keys, capacity);
  }

  /**
   * The {@code k} keys most similar to {@code query} that {@code accept} lets through, best
   * first. {@code accept} (null for all) runs on the calling thread only.
   */
  List<VectorHit> search(float[] query, int k, LongPredicate accept) {
    if (query.length != dimension) {
      throw new IllegalArgumentException("query has " + query.length + " dimensions, the index " + dimension);
    }
    if (k < 1 || size == 0) {
      return List.of();
    }
    byte[] q = new byte[dimension];
    float qScale = quantise(query, q, 0);
    PriorityQueue<VectorHit> top = new PriorityQueue<>(k + 1, (a, b) -> Double.compare(a.score(), b.score()));
    if (size < EXACT_BELOW || accept != null) {
      for (int row = 0; row < size; row++) {
        offer(top, k, row, q, qScale, accept);
      }
    } else {
      for (int row : candidates(query, Math.max(MIN_CANDIDATES, k * OVERSAMPLE))) {
        offer(top, k, row, q, qScale, null);
      }
    }
    List<VectorHit> out = new ArrayList<>(top);
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }

  private void offer(PriorityQueue<VectorHit> top, int k, int row, byte[] q, float qScale, LongPredicate accept) {
    double score = dot(q, row) * (double) qScale * scales[row];
    if (top.size() < k || score > top.peek().score()) {
      if (accept != null && !accept.test(keys[row])) {
        return;
      }
      top.add(new VectorHit(keys[row], score));
      if (top.size() > k) {
        top.poll();
      }
    }
  }

  /** Bytes times bytes into four independent int sums, so the CPU can overlap them. */
  private int dot(byte[] q, int row) {
    int base = row * dimension;
    int s0 = 0;
    int s1 = 0;
    int s2 = 0;
    int s3 = 0;
    int tail = dimension & ~3;
    for (int i = 0; i < tail; i += 4) {
      s0 += q[i] * codes[base + i];
      s1 += q[i + 1] * codes[base + i + 1];
      s2 += q[i + 2] * codes[base + i + 2];
      s3 += q[i + 3] * codes[base + i + 3];
    }
    for (int i = tail; i < dimension; i++) {
      s0 += q[i] * codes[base + i];
    }
    return s0 + s1 + s2 + s3;
  }

  /** The rows whose sign bits differ least from the query's: at least {@code wanted} of them. */
  private int[] candidates(float[] query, int wanted) {
    long[] qBits = new long[words];
    for (int i = 0; i < dimension; i++) {
      if (query[i] > 0) {
        qBits[i >>> 6] |= 1L << (i & 63);
      }
    }
    short[] distance = new short[size];
    int[] histogram = new int[dimension + 1];
    for (int row = 0; row < size; row++) {
      int d = 0;
      int base = row * words;
      for (int w = 0; w < words; w++) {
        d += Long.bitCount(bits[base + w] ^ qBits[w]);
      }
      distance[row] = (short) d;
      histogram[d]++;
    }
    int cutoff = 0;
    for (int seen = 0; cutoff <= dimension; cutoff++) {
      seen += histogram[cutoff];
      if (seen >= wanted) {
        break;
      }
    }
    int[] out = new int[Math.min(size, Math.max(wanted, 1) * 2)];
    int n = 0;
    for (int row = 0; row < size; row++) {
      if (distance[row] <= cutoff) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = row;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
