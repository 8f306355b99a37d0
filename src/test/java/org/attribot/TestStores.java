package org.attribot;

import java.nio.file.Path;
import java.util.List;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.ingest.Progress;

/** Apps over real SQLite files for tests. */
public final class TestStores {
  private TestStores() {}

  public static Config defaults() {
    return ConfigLoader.load(null, java.util.Map.of());
  }

  /** An app over a fresh store in {@code dir} holding the dev statements. */
  public static App dev(Path dir) {
    return of(dir, Shared.devSet());
  }

  /** An app over a fresh store in {@code dir} holding the statements of {@code set}. */
  public static App of(Path dir, Path set) {
    App app = App.open(defaults(), dir.resolve("store.db"));
    app.ingest().ingest(List.of(set), Progress.NONE);
    return app;
  }
}
