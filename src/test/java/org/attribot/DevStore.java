package org.attribot;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** For test classes that ask questions of one store holding the dev statements. */
public abstract class DevStore {
  @TempDir protected static Path devDir;
  protected static App app;

  @BeforeAll
  static void openDevStore() {
    app = TestStores.dev(devDir);
  }

  @AfterAll
  static void closeDevStore() {
    app.close();
  }
}
