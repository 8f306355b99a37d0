package org.attribot.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The in-process embedding models attribot can use ({@code retrieve.embedding_model}); each
 * ships inside the jar, runs on ONNX Runtime through LangChain4j and needs no network. A
 * model is loaded once per process, on first use or on a thread of its own
 * ({@link LocalEmbedder#loadingNow(LocalModel)}).
 */
public enum LocalModel {
  /** all-MiniLM-L6-v2: 384 dimensions, mean pooling, questions and passages embedded alike. */
  MINILM("minilm", "all-minilm-l6-v2", "", 0.55, () -> new AllMiniLmL6V2EmbeddingModel()),
  /**
   * bge-small-en-v1.5, 8-bit quantized: 384 dimensions, CLS pooling; its model card asks for an
   * instruction before short queries searching passages, and none before the passages.
   */
  BGE_SMALL("bge-small", "bge-small-en-v1.5-q", "Represent this sentence for searching relevant passages: ", 0.65,
      () -> new BgeSmallEnV15QuantizedEmbeddingModel());

  private final String setting;
  private final String stored;
  private final String queryInstruction;
  private final double supportSimilarity;
  /** The one load of the model: run by the first thread that needs it, waited for by the others. */
  private final FutureTask<EmbeddingModel> load;

  LocalModel(String setting, String stored, String queryInstruction, double supportSimilarity, Supplier<EmbeddingModel> create) {
    this.setting = setting;
    this.supportSimilarity = supportSimilarity;
    this.stored = stored;
    this.queryInstruction = queryInstruction;
    this.load = new FutureTask<>(() -> {
      long start = System.nanoTime();
      EmbeddingModel model = create.get();
      org.slf4j.LoggerFactory.getLogger(LocalModel.class).debug("embedding model loaded in {} ms ({})",
          (System.nanoTime() - start) / 1_000_000, stored);
      return model;
    });
  }

  /** The value of {@code retrieve.embedding_model} that chooses this model. */
  public String setting() {
    return setting;
  }

  /** The name stored beside every vector this model makes, so a store made with another model is noticed. */
  public String stored() {
    return stored;
  }

  /** What is put before a question (never before a passage); empty for a model trained without one. */
  public String queryInstruction() {
    return queryInstruction;
  }

  /**
   * The least similarity between a sentence a chat model writes and a window of what it cites
   * for the sentence to be kept, when {@code llm.support_similarity} does not say: this model's
   * similarities run on a scale of their own, so each has its threshold, chosen with
   * {@code eval --support} on one evaluation set and checked on the other (README, "Generative answers").
   */
  public double supportSimilarity() {
    return supportSimilarity;
  }

  /** Every value {@code retrieve.embedding_model} takes. */
  public static String[] settings() {
    return Arrays.stream(values()).map(LocalModel::setting).toArray(String[]::new);
  }

  /** The model a {@code retrieve.embedding_model} value names. */
  public static LocalModel ofSetting(String setting) {
    for (LocalModel m : values()) {
      if (m.setting.equals(setting)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no embedding model '" + setting + "' (want " + String.join(" or ", settings()) + ")");
  }

  /** The loading work, for a thread of its own to run; running it again does nothing. */
  Runnable loading() {
    return load;
  }

  /** The shared LangChain4j model: loads it, or waits for a load under way (an interrupt does not cut the wait short). */
  public EmbeddingModel langchainModel() {
    load.run(); // does nothing when another thread runs or ran it
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return load.get();
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
}
