package org.attribot.embed;

import java.util.List;

/** Turns text into unit vectors. Implementations are thread-safe. */
public interface Embedder {
  /** The model's name, stored beside every vector so a change of model is noticed. */
  String model();

  /** Passages' vectors (the text searched), one per text, in order; one batched call. */
  List<float[]> embedAll(List<String> texts);

  /**
   * A question's vector (the text searching the passages). A model trained with an instruction
   * before queries (bge-small) puts it here; for a symmetric model it is the text's vector.
   */
  default float[] embed(String question) {
    return embedAll(List.of(question)).get(0);
  }
}
