package org.attribot.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * all-MiniLM-L6-v2 (384 dimensions, English), run in-process by LangChain4j and ONNX
 * Runtime; the model ships inside the jar, so it works offline. Loading takes a second or
 * two, so one model is shared by the whole process and loaded on first use — or at once on a
 * named thread ({@link #loadingNow()}), so that a command's other start-up work overlaps it.
 * {@link #close()} waits for such a load to end: the process must never exit while ONNX
 * Runtime is loading native code, or it aborts.
 */
public final class MiniLmEmbedder implements Embedder, AutoCloseable {
  public static final String MODEL = "all-minilm-l6-v2";

  /** The one load of the model: run by the first thread that needs it, waited for by the others. */
  private static final FutureTask<AllMiniLmL6V2EmbeddingModel> LOAD = new FutureTask<>(MiniLmEmbedder::load);

  /** The thread loading the model, or null when it is loaded on first use. */
  private final Thread loader;

  /** An embedder that loads the model when it first embeds. */
  public MiniLmEmbedder() {
    this.loader = null;
  }

  private MiniLmEmbedder(Thread loader) {
    this.loader = loader;
  }

  /** An embedder whose model starts loading now on the thread {@code attribot-model-load}; close it to wait for that load. */
  public static MiniLmEmbedder loadingNow() {
    Thread t = new Thread(LOAD, "attribot-model-load");
    t.setDaemon(true);
    t.start();
    return new MiniLmEmbedder(t);
  }

  private static AllMiniLmL6V2EmbeddingModel load() {
    long start = System.nanoTime();
    AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
    org.slf4j.LoggerFactory.getLogger(MiniLmEmbedder.class).debug("embedding model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    return model;
  }

  /** The shared LangChain4j model, for LangChain4j pieces that want one; loads it, or waits for its load. */
  public static EmbeddingModel langchainModel() {
    LOAD.run(); // does nothing when another thread runs or ran it
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return LOAD.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the embedding model could not be loaded: " + e.getCause().getMessage(), e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
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
    for (Embedding e : langchainModel().embedAll(segments).content()) {
      out.add(e.vector());
    }
    return out;
  }

  /** Waits for a load started by {@link #loadingNow()} to end (an interrupt does not cut the wait short). */
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
