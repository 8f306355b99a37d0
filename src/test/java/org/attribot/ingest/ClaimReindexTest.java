package org.attribot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.attribot.StorePorts;
import org.attribot.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reindex --claims} re-extracts every statement's claims and leaves the statements as they were. */
class ClaimReindexTest {
  @TempDir Path dir;

  @Test
  void reindexClaimsReExtractsWithoutTouchingStatements() {
    Path db = dir.resolve("dev.db");
    StringWriter out = new StringWriter();
    Map<String, String> env = Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0");
    assertEquals(0, Cli.run(new String[] {"ingest", "--db", db.toString(), org.attribot.Shared.devSet().toString()}, env,
        new PrintWriter(out), new PrintWriter(new StringWriter()), java.io.InputStream.nullInputStream()));
    int claims;
    try (StorePorts store = StorePorts.sqlite(db, 5000, Clock.systemUTC())) {
      claims = store.claims().count();
      long key = store.statements().statementKeys().get(0);
      assertFalse(store.statementWrites().replaceClaims(key, "not-the-current-content", List.of()),
          "claims of an older version of the text are not written");
      assertEquals(claims, store.claims().count());
      assertTrue(store.statementWrites().replaceClaims(key, store.statements().statement(key).contentHash(), List.of()));
      assertTrue(store.claims().count() < claims);
    }
    out = new StringWriter();
    assertEquals(0, Cli.run(new String[] {"reindex", "--claims", "--db", db.toString()}, env, new PrintWriter(out),
        new PrintWriter(new StringWriter()), java.io.InputStream.nullInputStream()));
    assertTrue(out.toString().contains("claims re-extracted for 14 statements"), out.toString());
    try (StorePorts store = StorePorts.sqlite(db, 5000, Clock.systemUTC())) {
      assertEquals(claims, store.claims().count());
      assertEquals(1, store.statements().versionCount("nato-council-2025-gru"), "statements untouched");
    }
  }
}
