package org.attribot.actor;

import java.util.List;
import java.util.Objects;

/**
 * A name of one or more entities found in a text: characters {@code start} (inclusive) to
 * {@code end} (exclusive) of that text, {@code matched} being exactly that slice. When the
 * name belongs to several entities (an ambiguous alias such as "Grizzly Steppe"),
 * {@code entities} lists them all, in gazetteer order; it is never empty.
 */
public record Mention(int start, int end, String matched, List<Entity> entities) {

  public Mention {
    Objects.requireNonNull(matched, "matched");
    entities = List.copyOf(entities);
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (entities.isEmpty()) {
      throw new IllegalArgumentException("a mention names at least one entity");
    }
  }

  /** True when the name is ambiguous between several entities. */
  public boolean ambiguous() {
    return entities.size() > 1;
  }
}
