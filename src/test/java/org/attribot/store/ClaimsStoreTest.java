package org.attribot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.attribot.claim.Claim;
import org.attribot.claim.ClaimFilter;
import org.attribot.claim.Stance;
import org.attribot.cli.Cli;
import org.attribot.statement.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsStoreTest {
  @TempDir Path dir;

  static Statement statement(String text) {
    return new Statement("s1", "Title", "Publisher", null, LocalDate.of(2024, 5, 3), "https://example.org/s1", "en", text);
  }

  static Claim claim(String attributor, String text) {
    int at = text.indexOf("APT28");
    return new Claim("s1", attributor, "APT28", "APT28", "GRU", "Russia", List.of("Germany"), "hack", "2024", Stance.ATTRIBUTES,
        at, at + 5, "APT28");
  }

  @Test
  void aNewVersionReplacesTheClaimsAndAnUnchangedOneKeepsThem() {
    String v1 = "Germany blamed APT28.";
    String v2 = "Germany and France blamed APT28.";
    try (Store store = Store.open(dir.resolve("s.db"), 5000, Clock.systemUTC())) {
      store.save(statement(v1), null, List.of(claim("Germany", v1)));
      store.save(statement(v1), null, List.of());
      assertEquals(1, store.claims().count(), "unchanged: the claims stay");
      store.save(statement(v2), null, List.of(claim("Germany", v2), claim("France", v2)));
      List<StoredClaim> claims = store.claims().list(ClaimFilter.ALL);
      assertEquals(2, claims.size());
      assertEquals("APT28", claims.get(0).claim().evidence(), "the evidence is read back from the current text");
      assertEquals(List.of("Germany"), claims.get(0).claim().targets());
    }
  }

  @Test
  void filtersMatchActorAttributorSponsorAndDate() {
    String text = "Germany blamed APT28.";
    try (Store store = Store.open(dir.resolve("s.db"), 5000, Clock.systemUTC())) {
      store.save(statement(text), null, List.of(claim("Germany", text)));
      assertEquals(1, store.claims().list(new ClaimFilter("apt28", null, null, null)).size());
      assertEquals(1, store.claims().list(new ClaimFilter(null, "GERMANY", "Russia", null)).size());
      assertEquals(0, store.claims().list(new ClaimFilter(null, "France", null, null)).size());
      assertEquals(0, store.claims().list(new ClaimFilter(null, null, null, LocalDate.of(2025, 1, 1))).size());
    }
  }

  @Test
  void reindexClaimsReExtractsWithoutTouchingStatements() {
    Path db = dir.resolve("dev.db");
    StringWriter out = new StringWriter();
    Map<String, String> env = Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0");
    assertEquals(0, Cli.run(new String[] {"ingest", "--db", db.toString(), org.attribot.Shared.devSet().toString()}, env,
        new PrintWriter(out), new PrintWriter(new StringWriter()), java.io.InputStream.nullInputStream()));
    int claims;
    try (Store store = Store.open(db, 5000, Clock.systemUTC())) {
      claims = store.claims().count();
      long key = store.statementKeys().get(0);
      assertFalse(store.claims().replaceFor(key, "not-the-current-content", List.of()),
          "claims of an older version of the text are not written");
      assertEquals(claims, store.claims().count());
      assertTrue(store.claims().replaceFor(key, store.statement(key).contentHash(), List.of()));
      assertTrue(store.claims().count() < claims);
    }
    out = new StringWriter();
    assertEquals(0, Cli.run(new String[] {"reindex", "--claims", "--db", db.toString()}, env, new PrintWriter(out),
        new PrintWriter(new StringWriter()), java.io.InputStream.nullInputStream()));
    assertTrue(out.toString().contains("claims re-extracted for 14 statements"), out.toString());
    try (Store store = Store.open(db, 5000, Clock.systemUTC())) {
      assertEquals(claims, store.claims().count());
      assertEquals(1, store.versionCount("nato-council-2025-gru"), "statements untouched");
    }
  }
}
