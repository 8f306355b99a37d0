package org.attribot.embed;

import java.util.List;

/** Turns text into unit vectors. Implementations are thread-safe. */
public interface Embedder {
  /** The model's name, stored beside every vector so a change of model is noticed. */
  String model();

  /** One vector per text, in order; one batched call. */
  List<float[]> embedAll(List<String> texts);

  default float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }
}
