package org.attribot.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import org.attribot.StorePorts;
import org.attribot.retrieve.VectorSearchContract;

/** The {@code VectorSearch} contract on a SQLite file. */
class SqliteVectorSearchTest extends VectorSearchContract {
  @Override
  protected StorePorts open(Path dir, Clock clock) {
    return StorePorts.sqlite(dir.resolve("store.db"), 1000, clock);
  }
}
