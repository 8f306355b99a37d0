package org.attribot.ingest;

import java.util.ArrayList;
import java.util.List;
import org.attribot.embed.Embedder;
import org.attribot.store.Store;
import org.attribot.store.Vectors;

/**
 * Re-embeds the store after a change of embedding model, or fills in passages that have no
 * vector: drops vectors made by another model, then embeds what is missing in batches.
 */
public final class Reindexer {
  private final Store store;
  private final Embedder embedder;

  public Reindexer(Store store, Embedder embedder) {
    this.store = store;
    this.embedder = embedder;
  }

  /** What a reindex did. */
  public record Result(int dropped, int embedded, String model) {}

  public Result run(Progress progress) {
    int dropped = store.vectors().dropOtherModels(embedder.model());
    int total = store.passageCount() - store.vectors().count();
    int done = 0;
    while (true) {
      List<Vectors.PassageText> batch = store.vectors().missing(embedder.model(), IngestService.BATCH_PASSAGES);
      if (batch.isEmpty()) {
        break;
      }
      List<String> texts = new ArrayList<>();
      for (Vectors.PassageText p : batch) {
        texts.add(store.titleOfPassage(p.passageId()) + "\n" + p.text());
      }
      store.vectors().replace(batch, embedder.embedAll(texts), embedder.model());
      done += batch.size();
      progress.update(done, Math.max(total, done), "passages");
    }
    return new Result(dropped, done, embedder.model());
  }
}
