package org.attribot.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 (384 dimensions, English), run in-process by LangChain4j and ONNX
 * Runtime; the model ships inside the jar, so it works offline. Loading takes a second or
 * two, so one instance is shared by the whole process and made on first use.
 */
public final class MiniLmEmbedder implements Embedder {
  public static final String MODEL = "all-minilm-l6-v2";

  private static final class Holder {
    static final AllMiniLmL6V2EmbeddingModel MODEL = new AllMiniLmL6V2EmbeddingModel();
  }

  /**
   * Starts loading the model on a background thread, so that opening the store and reading
   * the actor list overlap with it; the first embedding waits for it if need be.
   */
  public static void warmUp() {
    Thread t = new Thread(() -> Holder.MODEL.hashCode(), "attribot-model-load");
    t.setDaemon(true);
    t.start();
  }

  /** The shared LangChain4j model, for LangChain4j pieces that want one. */
  public static EmbeddingModel langchainModel() {
    return Holder.MODEL;
  }

  @Override
  public String model() {
    return MODEL;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      segments.add(TextSegment.from(text.isBlank() ? "(empty)" : text));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (Embedding e : Holder.MODEL.embedAll(segments).content()) {
      out.add(e.vector());
    }
    return out;
  }
}
