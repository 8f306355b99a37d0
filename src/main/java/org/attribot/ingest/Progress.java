package org.attribot.ingest;

/**
 * Hears about work as it goes: {@code done} of {@code total} units, {@code current} naming where it is. Ingest tells it
 * after each batch of statements is committed: {@code done} statements saved or refused so far ({@code total} is the
 * same: how many statements are left is not known until every file is read), {@code current} the file being read and
 * its number among the files.
 */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, total, current) -> { };

  void update(int done, int total, String current);
}
