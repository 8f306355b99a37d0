package org.attribot.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.attribot.retrieve.VectorHit;
import org.junit.jupiter.api.Test;

class VectorIndexTest {
  static float[] unit(Random r, int dim) {
    float[] v = new float[dim];
    double norm = 0;
    for (int i = 0; i < dim; i++) {
      v[i] = (float) r.nextGaussian();
      norm += v[i] * v[i];
    }
    for (int i = 0; i < dim; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @Test
  void findsTheExactNearestNeighboursAcrossChunksWithCloseScores() {
    Random r = new Random(7);
    int n = 40_000;
    float[][] vectors = new float[n][];
    VectorIndex index = new VectorIndex(64);
    for (int i = 0; i < n; i++) {
      vectors[i] = unit(r, 64);
      index.put(i, vectors[i]);
    }
    float[] query = vectors[31_337].clone();
    query[0] += 0.01f;
    List<VectorHit> hits = index.search(query, 5, null);
    assertEquals(5, hits.size());
    assertEquals(31_337, hits.get(0).key());
    for (VectorHit h : hits) {
      assertEquals(cosine(query, vectors[(int) h.key()]), h.score(), 0.02);
    }
    assertTrue(hits.get(0).score() >= hits.get(4).score());
  }

  @Test
  void theTwoStepSearchOfALargeIndexFindsWhatTheExactScanFinds() {
    Random r = new Random(11);
    int n = 60_000;
    VectorIndex index = new VectorIndex(384);
    float[][] vectors = new float[n][];
    for (int i = 0; i < n; i++) {
      vectors[i] = unit(r, 384);
      index.put(i, vectors[i]);
    }
    int found = 0;
    for (int t = 0; t < 20; t++) {
      float[] query = vectors[r.nextInt(n)].clone();
      for (int i = 0; i < 384; i++) {
        query[i] += (float) (r.nextGaussian() * 0.03); // near one stored vector, as a paraphrase is
      }
      List<VectorHit> approximate = index.search(query, 10, null);
      List<VectorHit> exact = index.search(query, 10, key -> true);
      found += approximate.get(0).key() == exact.get(0).key() ? 1 : 0;
    }
    assertEquals(20, found, "the best match is never lost by the sign-bit pass");
  }

  @Test
  void removedVectorsAreNotFoundAndTheRestStay() {
    Random r = new Random(3);
    VectorIndex index = new VectorIndex(16);
    float[] a = unit(r, 16);
    float[] b = unit(r, 16);
    index.put(1, a);
    index.put(2, b);
    index.remove(1);
    assertEquals(1, index.size());
    assertEquals(2, index.search(a, 3, null).get(0).key());
    assertEquals(List.of(), index.search(a, 3, key -> key != 2));
  }
}
