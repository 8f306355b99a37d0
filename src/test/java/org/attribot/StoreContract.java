package org.attribot;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.attribot.claim.Claim;
import org.attribot.claim.Stance;
import org.attribot.statement.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of every store port's contract suite: each test gets a fresh store from the engine
 * under test, in its own folder, with time that the test moves by hand. An engine runs a suite
 * by extending it and saying how it opens a store ({@link #open}).
 */
public abstract class StoreContract {
  /** Where the clock starts. */
  protected static final Instant START = Instant.parse("2026-01-02T03:04:05Z");

  @TempDir protected Path dir;
  protected final ManualClock clock = new ManualClock(START);
  protected StorePorts store;

  /** Opens a new, empty store of the engine under test in {@code dir}, its time from {@code clock}. */
  protected abstract StorePorts open(Path dir, Clock clock);

  @BeforeEach
  void openTheStore() {
    store = open(dir, clock);
  }

  @AfterEach
  void closeTheStore() {
    store.close();
  }

  /** A statement published on 3 May 2024 by "Publisher", titled "Title ID". */
  protected static Statement statement(String id, String url, String text) {
    return new Statement(id, "Title " + id, "Publisher", null, LocalDate.of(2024, 5, 3), url, "en", text);
  }

  protected static Statement statement(String id, LocalDate published, String publisher, String text) {
    return new Statement(id, "Title " + id, publisher, null, published, null, "en", text);
  }

  /** Saves a statement without vectors or claims; returns its key. */
  protected long save(Statement s) {
    store.statementWrites().save(s);
    return store.statements().statementById(s.id()).orElseThrow().key();
  }

  /** A claim of statement {@code id} whose evidence is the first "APT28" in {@code text}. */
  protected static Claim claim(String id, String attributor, String sponsor, Stance stance, String text) {
    int at = text.indexOf("APT28");
    return new Claim(id, attributor, "APT28", "APT28", sponsor, "Russia", List.of("Germany"), "hack", "2024", stance,
        at, at + 5, "APT28");
  }
}
