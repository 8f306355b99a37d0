package org.attribot.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import org.attribot.StorePorts;
import org.attribot.retrieve.PassageSearchContract;

/** The {@code PassageSearch} contract on a SQLite file. */
class SqlitePassageSearchTest extends PassageSearchContract {
  @Override
  protected StorePorts open(Path dir, Clock clock) {
    return StorePorts.sqlite(dir.resolve("store.db"), 1000, clock);
  }
}
