package org.attribot.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import org.attribot.StorePorts;
import org.attribot.digest.DeliveriesContract;

/** The {@code Deliveries} contract on a SQLite file. */
class SqliteDeliveriesTest extends DeliveriesContract {
  @Override
  protected StorePorts open(Path dir, Clock clock) {
    return StorePorts.sqlite(dir.resolve("store.db"), 1000, clock);
  }
}
