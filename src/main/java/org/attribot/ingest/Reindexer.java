package org.attribot.ingest;

import java.util.ArrayList;
import java.util.List;
import org.attribot.embed.Embedder;
import org.attribot.retrieve.PassageSearch;

/**
 * Re-embeds the store after a change of embedding model, or fills in passages that have no
 * vector: drops vectors made by another model, then embeds what is missing in batches.
 */
public final class Reindexer {
  private final PassageSearch passages;
  private final VectorWrites vectors;
  private final Embedder embedder;

  public Reindexer(PassageSearch passages, VectorWrites vectors, Embedder embedder) {
    this.passages = passages;
    this.vectors = vectors;
    this.embedder = embedder;
  }

  /** What a reindex did. */
  public record Result(int dropped, int embedded, String model) {}

  public Result run(Progress progress) {
    int dropped = vectors.dropOtherModels(embedder.model());
    int total = passages.passageCount() - vectors.count();
    int done = 0;
    while (true) {
      List<VectorWrites.PassageText> batch = vectors.missing(embedder.model(), IngestService.BATCH_PASSAGES);
      if (batch.isEmpty()) {
        break;
      }
      List<String> texts = new ArrayList<>();
      for (VectorWrites.PassageText p : batch) {
        texts.add(p.title() + "\n" + p.text());
      }
      vectors.replace(batch, embedder.embedAll(texts), embedder.model());
      done += batch.size();
      progress.update(done, Math.max(total, done), "passages");
    }
    return new Result(dropped, done, embedder.model());
  }
}
