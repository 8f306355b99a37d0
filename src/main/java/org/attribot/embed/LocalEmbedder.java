package org.attribot.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Embedder} over one of the in-process models ({@link LocalModel}). Loading takes a
 * second or two, so one model is shared by the whole process and loaded on first use — or at
 * once on a named thread ({@link #loadingNow(LocalModel)}), so that a command's other start-up
 * work overlaps it. {@link #close()} waits for such a load to end: the process must never exit
 * while ONNX Runtime is loading native code, or it aborts.
 */
public class LocalEmbedder implements Embedder, AutoCloseable {
  private final LocalModel model;
  /** The thread loading the model, or null when it is loaded on first use. */
  private final Thread loader;

  /** An embedder that loads {@code model} when it first embeds. */
  public LocalEmbedder(LocalModel model) {
    this(model, null);
  }

  protected LocalEmbedder(LocalModel model, Thread loader) {
    this.model = model;
    this.loader = loader;
  }

  /** An embedder whose model starts loading now on the thread {@code attribot-model-load}; close it to wait for that load. */
  public static LocalEmbedder loadingNow(LocalModel model) {
    return new LocalEmbedder(model, startLoading(model));
  }

  protected static Thread startLoading(LocalModel model) {
    Thread t = new Thread(model.loading(), "attribot-model-load");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** Which of the in-process models this is. */
  public LocalModel localModel() {
    return model;
  }

  @Override
  public String model() {
    return model.stored();
  }

  /** Passages' vectors: the texts as they are. */
  @Override
  public List<float[]> embedAll(List<String> texts) {
    return vectors(texts, "");
  }

  /** A question's vector: the model's query instruction, if it has one, is put before it. */
  @Override
  public float[] embed(String question) {
    return vectors(List.of(question), model.queryInstruction()).get(0);
  }

  private List<float[]> vectors(List<String> texts, String prefix) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      segments.add(TextSegment.from(prefix + (text.isBlank() ? "(empty)" : text)));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (Embedding e : model.langchainModel().embedAll(segments).content()) {
      out.add(e.vector());
    }
    return out;
  }

  /** Waits for a load started by {@link #loadingNow(LocalModel)} to end (an interrupt does not cut the wait short). */
  @Override
  public void close() {
    if (loader == null) {
      return;
    }
    boolean interrupted = false;
    while (loader.isAlive()) {
      try {
        loader.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
