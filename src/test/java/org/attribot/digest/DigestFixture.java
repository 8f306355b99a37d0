package org.attribot.digest;

import org.attribot.ManualClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attribot.App;
import org.attribot.bench.LocalBotApi;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.ingest.Progress;

/** A store on a hand-moved clock, statements ingested at chosen times, and the real Telegram client against a Bot API on 127.0.0.1. */
final class DigestFixture implements AutoCloseable {
  final Path dir;
  final ManualClock clock;
  final LocalBotApi api;
  final Map<String, String> env = new HashMap<>();
  private int files;

  DigestFixture(Path dir, String start, String... settings) throws IOException {
    this.dir = dir;
    this.clock = new ManualClock(start);
    this.api = new LocalBotApi();
    env.putAll(Map.of("TELEGRAM_BOT_TOKEN", "123:TEST", "ATTRIBOT_TELEGRAM_API_URL", api.url(),
        "ATTRIBOT_RETRIEVE_VECTORS", "0", "ATTRIBOT_DIGEST_RETRY_SECONDS", "60", "ATTRIBOT_DIGEST_MAX_ATTEMPTS", "3"));
    for (int i = 0; i < settings.length; i += 2) {
      env.put(settings[i], settings[i + 1]);
    }
  }

  Config config() {
    return ConfigLoader.load(null, env);
  }

  /** The app over this fixture's store (the same file each time: a restart is a new app). */
  App open() {
    return App.open(config(), dir.resolve("digest.db"), clock);
  }

  static DigestService service(App app) {
    return app.digest(app.digestSenders());
  }

  /** Ingests one statement now (by the clock). */
  void statement(App app, String title, String publisher, String text) {
    statement(app, title, publisher, text, "original");
  }

  /** Ingests one statement of {@code kind} ({@code original} or {@code summary}) now (by the clock). */
  void statement(App app, String title, String publisher, String text, String kind) {
    Path file = dir.resolve("in/s" + (files++) + ".json");
    try {
      Files.createDirectories(file.getParent());
      String json = "{\"id\": \"s" + files + "\", \"title\": " + quote(title) + ", \"publisher\": " + quote(publisher)
          + ", \"published\": \"2025-03-01\", \"url\": \"https://example.org/s" + files + "?a=1&b=2\", \"kind\": " + quote(kind)
          + ", \"text\": " + quote(text) + "}";
      Files.writeString(file, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    app.ingest().ingest(List.of(file), Progress.NONE);
  }

  void attribution(App app) {
    statement(app, "NATO condemns APT28 campaign against Czech institutions", "NATO",
        "The North Atlantic Council attributed the campaign against Czech institutions to APT28. Allies will respond.");
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The texts chat {@code chat} received. */
  List<String> received(long chat) {
    return api.deliveredTo(chat).stream().map(c -> c.body().path("text").asText()).toList();
  }

  @Override
  public void close() {
    api.close();
  }
}
