package org.attribot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.StorePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest tells, as it goes, how many statements it has committed: a run killed with -9 has at least those in its store. */
class IngestProgressProcessTest {
  private static final Pattern COMMITTED = Pattern.compile("^committed (\\d+) statements? — (.*)$");

  @TempDir Path dir;

  private Path jsonLines(int count) throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < count; i++) {
      lines.append("{\"id\": \"s").append(i).append("\", \"text\": \"Statement ").append(i)
          .append(" says the GRU's Unit 26165 targeted logistics firms.\"}\n");
    }
    return Files.writeString(dir.resolve("many.jsonl"), lines);
  }

  @Test
  void aRunToTheEndTellsEachCommittedBatch() throws Exception {
    Path file = jsonLines(300);
    AttribotProcess.Result r = AttribotProcess.run(dir, Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0"), List.of(),
        "ingest", file.toString(), "--db", dir.resolve("s.db").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals(List.of("committed 128 statements — " + file + " (file 1 of 1)", "committed 256 statements — " + file
        + " (file 1 of 1)", "committed 300 statements — " + file + " (file 1 of 1)"), r.err().lines().toList());
    assertTrue(r.out().endsWith("300 new, 0 unchanged, 0 updated, 0 failed, 0 skipped\n"), r.out());
  }

  @Test
  void aKilledRunHasCommittedAtLeastWhatItTold() throws Exception {
    Path file = jsonLines(300);
    Path db = dir.resolve("k.db");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.attribot.Main", "ingest", file.toString(), "--db", db.toString()));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    p.getOutputStream().close();
    int told = -1;
    try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        Matcher m = COMMITTED.matcher(line);
        if (m.matches()) {
          told = Integer.parseInt(m.group(1));
          p.destroyForcibly(); // kill -9 right after the first batch is told
          break;
        }
      }
    }
    p.waitFor();
    assertTrue(told > 0, "a batch was told before the end");
    try (StorePorts store = StorePorts.sqlite(db, 1000, Clock.systemUTC())) {
      assertTrue(store.statements().statementCount() >= told, store.statements().statementCount() + " stored, " + told + " told");
    }
  }
}
