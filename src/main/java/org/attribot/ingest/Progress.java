package org.attribot.ingest;

/** Hears about an ingest as it goes: {@code done} of {@code total} files read. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, total, current) -> { };

  void update(int done, int total, String current);
}
