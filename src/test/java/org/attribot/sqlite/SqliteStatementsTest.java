package org.attribot.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import org.attribot.StorePorts;
import org.attribot.statement.StatementsContract;

/** The {@code Statements} contract on a SQLite file. */
class SqliteStatementsTest extends StatementsContract {
  @Override
  protected StorePorts open(Path dir, Clock clock) {
    return StorePorts.sqlite(dir.resolve("store.db"), 1000, clock);
  }
}
