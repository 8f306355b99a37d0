package org.attribot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attribot.TestStores;
import org.attribot.bench.LocalBotApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding model loads only for commands that search or make vectors, and no command exits while ONNX Runtime is
 * loading (it used to abort the JVM: exit 134 and an {@code hs_err_pid*.log}, or an {@code ExceptionInInitializerError}).
 * Each command runs as its own process on a store that holds vectors.
 */
class ModelLoadProcessTest {
  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void storeWithVectors() {
    TestStores.dev(dir).close();
    db = dir.resolve("store.db"); // where TestStores makes it
  }

  @Test
  void commandsThatSearchNoVectorsNeverLoadTheModel() throws Exception {
    try (LocalBotApi api = new LocalBotApi()) {
      Map<String, String> telegram = Map.of("TELEGRAM_BOT_TOKEN", "1:FAKE", "ATTRIBOT_TELEGRAM_API_URL", api.url());
      List<List<String>> commands = List.of(List.of("digest", "--send-now", "--for", "telegram:42"), List.of("digest", "--dry-run"),
          List.of("claims", "--actor", "APT28"), List.of("actor", "Fancy Bear"), List.of("subscriptions", "list"),
          List.of("export", "--csv", "claims.csv"), List.of("reindex", "--claims"));
      for (List<String> command : commands) {
        Path classes = Files.createTempFile(dir, "classes", ".txt");
        String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--db", db.toString()))
            .toArray(String[]::new);
        AttribotProcess.Result r = AttribotProcess.run(dir, telegram, List.of("-Xlog:class+load=info:file=" + classes), args);
        assertEquals(0, r.code(), command + ": " + r.err());
        assertFalse(r.err().contains("Exception"), command + ": " + r.err());
        assertFalse(Files.readString(classes).contains("ai.onnxruntime"), command + " loaded ONNX Runtime");
      }
      assertFalse(api.deliveredTo(42).isEmpty(), "the digest was sent");
    }
    assertEquals(List.of(), AttribotProcess.crashReports(dir));
  }

  @Test
  void aCommandThatEndsWhileTheModelLoadsWaitsForTheLoad() throws Exception {
    // ask with no question and nothing on standard input ends at once, its model load just begun
    AttribotProcess.Result r = AttribotProcess.run(dir, Map.of("ATTRIBOT_LOG_LEVEL", "DEBUG"), List.of(),
        "ask", "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("embedding model loaded in"), "the process waited for the load: " + r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(List.of(), AttribotProcess.crashReports(dir));
  }
}
