package org.attribot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attribot.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** For command tests over one store file holding the dev statements and their claims (keyword search only: quick to build). */
abstract class DevClaims {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path devDir;
  static Path db;

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void ingestTheDevSet() {
    db = devDir.resolve("dev.db");
    Run r = cli("ingest", "-q", "--db", db.toString(), Shared.devSet().toString());
    if (r.code() != 0) {
      throw new IllegalStateException(r.err());
    }
  }

  /** Runs a command (with --db the dev store appended when it takes one and none is given). */
  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = Map.of("ATTRIBOT_STORE_PATH", devDir.resolve("absent.db").toString(), "ATTRIBOT_RETRIEVE_VECTORS", "0");
    int code = Cli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]));
    return new Run(code, out.toString(), err.toString());
  }

  /** {@code command args… --db dev.db}. */
  static Run onDev(String... args) {
    return cli(Stream.concat(Arrays.stream(args), Stream.of("--db", db.toString())).toArray(String[]::new));
  }

  /** {@code claims --json args…} on the dev store, each line read. */
  static List<JsonNode> jsonClaims(String... args) {
    Run r = onDev(Stream.concat(Stream.of("claims", "--json"), Arrays.stream(args)).toArray(String[]::new));
    if (r.code() != 0) {
      throw new IllegalStateException(r.err());
    }
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (!line.isBlank()) {
        try {
          out.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return out;
  }
}
