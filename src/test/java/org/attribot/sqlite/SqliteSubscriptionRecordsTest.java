package org.attribot.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import org.attribot.StorePorts;
import org.attribot.digest.SubscriptionRecordsContract;

/** The {@code SubscriptionRecords} contract on a SQLite file. */
class SqliteSubscriptionRecordsTest extends SubscriptionRecordsContract {
  @Override
  protected StorePorts open(Path dir, Clock clock) {
    return StorePorts.sqlite(dir.resolve("store.db"), 1000, clock);
  }
}
