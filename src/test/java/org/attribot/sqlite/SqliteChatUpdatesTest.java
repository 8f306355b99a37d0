package org.attribot.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import org.attribot.StorePorts;
import org.attribot.chat.ChatUpdatesContract;

/** The {@code ChatUpdates} contract on a SQLite file. */
class SqliteChatUpdatesTest extends ChatUpdatesContract {
  @Override
  protected StorePorts open(Path dir, Clock clock) {
    return StorePorts.sqlite(dir.resolve("store.db"), 1000, clock);
  }
}
