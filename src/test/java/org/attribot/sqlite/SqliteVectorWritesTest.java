package org.attribot.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import org.attribot.StorePorts;
import org.attribot.ingest.VectorWritesContract;

/** The {@code VectorWrites} contract on a SQLite file. */
class SqliteVectorWritesTest extends VectorWritesContract {
  @Override
  protected StorePorts open(Path dir, Clock clock) {
    return StorePorts.sqlite(dir.resolve("store.db"), 1000, clock);
  }
}
