package org.attribot.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;

/** The default model, all-MiniLM-L6-v2 ({@link LocalModel#MINILM}), for code that wants it whatever is configured. */
public final class MiniLmEmbedder extends LocalEmbedder {
  public static final String MODEL = LocalModel.MINILM.stored();

  /** An embedder that loads the model when it first embeds. */
  public MiniLmEmbedder() {
    super(LocalModel.MINILM, null);
  }

  private MiniLmEmbedder(Thread loader) {
    super(LocalModel.MINILM, loader);
  }

  /** An embedder whose model starts loading now on the thread {@code attribot-model-load}; close it to wait for that load. */
  public static MiniLmEmbedder loadingNow() {
    return new MiniLmEmbedder(startLoading(LocalModel.MINILM));
  }

  /** The shared LangChain4j model, for LangChain4j pieces that want one; loads it, or waits for its load. */
  public static EmbeddingModel langchainModel() {
    return LocalModel.MINILM.langchainModel();
  }
}
