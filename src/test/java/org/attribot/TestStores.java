package org.attribot;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.ingest.Progress;

/** Apps over real SQLite files for tests. */
public final class TestStores {
  private TestStores() {}

  /**
   * An app on the store at {@code db} whose chat model is the fake server at {@code baseUrl};
   * {@code settings}: more environment, each name followed by its value.
   */
  public static App withModel(Path db, String provider, String baseUrl, int timeoutSeconds, String... settings) {
    Map<String, String> env = new HashMap<>(Map.of("ATTRIBOT_LLM_PROVIDER", provider, "ATTRIBOT_LLM_BASE_URL", baseUrl,
        "ATTRIBOT_LLM_MODEL", "test-model", "ATTRIBOT_LLM_API_KEY", "test-key", "ATTRIBOT_LLM_TIMEOUT",
        Integer.toString(timeoutSeconds)));
    for (int i = 0; i < settings.length; i += 2) {
      env.put(settings[i], settings[i + 1]);
    }
    return App.open(ConfigLoader.load(null, env), db);
  }

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
