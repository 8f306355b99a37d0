package org.attribot.ingest;

import java.util.List;

/** The passage vectors as a re-embedding writes them, after a change of embedding model. */
public interface VectorWrites {
  /** A passage to embed: its text and the title of its statement. */
  record PassageText(long passageId, String title, String text) {}

  /** Drops the vectors made by any model but {@code model}; returns how many. */
  int dropOtherModels(String model);

  /** How many vectors there are. */
  int count();

  /** Up to {@code limit} passages with no vector from {@code model}, in passage order. */
  List<PassageText> missing(String model, int limit);

  /** Writes the vectors of {@code passages} (one each, in order) and records {@code model}, all or nothing. */
  void replace(List<PassageText> passages, List<float[]> vectors, String model);
}
