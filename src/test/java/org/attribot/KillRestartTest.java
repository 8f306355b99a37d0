package org.attribot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.attribot.bench.LocalBotApi;
import org.attribot.config.ConfigLoader;
import org.attribot.digest.Destination;
import org.attribot.ingest.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of answering and of a digest run: attribot runs as its own
 * process against a Bot API on 127.0.0.1, is killed right after the fake accepted a message,
 * and is started again on the same store. Counted: messages sent twice without the note
 * that marks a possible repeat, messages marked, and questions or chats never served.
 * {@code -Dattribot.killRuns=N} repeats each run N times (at different kill points) and
 * prints the figures of every run.
 */
class KillRestartTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final int RUNS = Integer.getInteger("attribot.killRuns", 1);
  static final String REPEAT = org.attribot.conversation.Repeat.NOTE;

  @TempDir static Path shared;
  static Path seed;
  static List<String> questions;

  @BeforeAll
  static void seed() throws Exception {
    seed = shared.resolve("seed.db");
    try (App app = App.open(ConfigLoader.load(null, Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0")), seed)) {
      app.ingest().ingest(List.of(Shared.devSet()), Progress.NONE);
    }
    questions = new ArrayList<>();
    for (String line : Files.readAllLines(Shared.devSet().resolve("questions.jsonl"))) {
      if (!line.isBlank() && questions.size() < 10) {
        questions.add(JSON.readTree(line).path("question").asText());
      }
    }
  }

  /**
   * One run's figures: messages received twice without the note; received twice, the second
   * time with the note; received once, with the note (its first try never arrived); lost.
   */
  record Figures(int unmarkedDuplicates, int markedDuplicates, int markedOnly, int lost) {}

  Map<String, String> env(LocalBotApi api) {
    return Map.of("TELEGRAM_BOT_TOKEN", "123:TEST", "ATTRIBOT_TELEGRAM_API_URL", api.url(), "ATTRIBOT_RETRIEVE_VECTORS", "0",
        "ATTRIBOT_TELEGRAM_PER_MINUTE", "1000", "ATTRIBOT_TELEGRAM_USERNAME", LocalBotApi.USERNAME,
        "ATTRIBOT_DIGEST_CHECK_SECONDS", "1");
  }

  @Test
  void aBurstOfFiftyQuestionsKilledRightAfterAnAnswerIsAnsweredOnceEach(@TempDir Path dir) throws Exception {
    killedRuns(dir, "telegram", this::telegramRun, run -> 8 + run * 7 % 30, "every question answered",
        "no answer sent twice without the note");
  }

  /** A run of a door killed after {@code killAfter} sends and restarted, and what it lost or sent twice. */
  interface KilledRun {
    Figures run(Path dir, int killAfter) throws Exception;
  }

  /** {@link #RUNS} runs, each killed at another point: nothing lost in any, nothing sent twice without the note. */
  private static void killedRuns(Path dir, String name, KilledRun kind, java.util.function.IntUnaryOperator killAfter,
      String noneLost, String noneTwice) throws Exception {
    int unmarked = 0;
    for (int run = 0; run < RUNS; run++) {
      Figures f = kind.run(Files.createDirectories(dir.resolve("run" + run)), killAfter.applyAsInt(run));
      System.out.println("kill -9 " + name + " run " + run + ": " + f);
      assertEquals(0, f.lost(), noneLost);
      unmarked += f.unmarkedDuplicates();
    }
    assertEquals(0, unmarked, noneTwice);
  }

  Figures telegramRun(Path dir, int killAfter) throws Exception {
    Path db = dir.resolve("bot.db");
    Files.copy(seed, db);
    try (LocalBotApi api = new LocalBotApi()) {
      int update = 1;
      for (int i = 0; i < 10; i++) {
        for (long chat = 101; chat <= 105; chat++) {
          api.message(update++, chat, "private", questions.get(i));
        }
      }
      killAndRestart(dir, db, api, killAfter, () -> finished(db, "telegram") == 50);
      Map<Long, List<String>> byChat = new HashMap<>();
      for (LocalBotApi.Call c : api.delivered()) {
        byChat.computeIfAbsent(c.body().path("chat_id").asLong(), k -> new ArrayList<>()).add(c.body().path("text").asText());
      }
      int unmarked = 0;
      int marked = 0;
      int markedOnly = 0;
      int distinct = 0;
      for (List<String> texts : byChat.values()) {
        Set<String> seen = new HashSet<>();
        for (String t : texts) {
          boolean note = t.startsWith(REPEAT);
          String plain = note ? t.substring(REPEAT.length()).strip() : t;
          if (seen.add(plain)) {
            markedOnly += note ? 1 : 0;
          } else if (note) {
            marked++;
          } else {
            unmarked++;
          }
        }
        distinct += seen.size();
      }
      return new Figures(unmarked, marked, markedOnly, 50 - distinct);
    }
  }

  @Test
  void aDigestToTwoHundredChatsKilledMidRunReachesEachChatOnce(@TempDir Path dir) throws Exception {
    killedRuns(dir, "digest", this::digestRun, run -> 20 + run * 37 % 160, "every chat got its digest",
        "no digest sent twice without the note");
  }

  Figures digestRun(Path dir, int killAfter) throws Exception {
    Path db = dir.resolve("digest.db");
    try (LocalBotApi api = new LocalBotApi()) {
      try (App app = App.open(ConfigLoader.load(null, env(api)), db)) {
        for (int chat = 1; chat <= 200; chat++) {
          app.subscriptions().subscribe(new Destination(Destination.TELEGRAM, String.valueOf(chat)), LocalTime.MIDNIGHT,
              ZoneOffset.UTC);
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("s.json"), "{\"id\": \"s1\", \"title\": \"NATO blames APT28\", \"publisher\": \"NATO\","
            + " \"published\": \"2025-03-01\", \"text\": \"The North Atlantic Council attributed the campaign to APT28.\"}");
        app.ingest().ingest(List.of(in), Progress.NONE);
      }
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
        // subscribed long ago, so today's digest (midnight UTC) is due at once
        c.createStatement().executeUpdate("UPDATE subscriptions SET created_at = '2020-01-01T00:00:00Z'");
      }
      killAndRestart(dir, db, api, killAfter, () -> count(db, "SELECT count(*) FROM digest_deliveries WHERE state = 'sent'") == 200);
      int unmarked = 0;
      int marked = 0;
      int markedOnly = 0;
      int lost = 0;
      for (long chat = 1; chat <= 200; chat++) {
        List<String> texts = api.deliveredTo(chat).stream().map(c -> c.body().path("text").asText()).toList();
        int notes = (int) texts.stream().filter(t -> t.startsWith(REPEAT)).count();
        int plain = texts.size() - notes;
        unmarked += Math.max(0, plain - 1);
        marked += plain > 0 ? notes : Math.max(0, notes - 1);
        markedOnly += plain == 0 && notes > 0 ? 1 : 0;
        lost += texts.isEmpty() ? 1 : 0;
      }
      return new Figures(unmarked, marked, markedOnly, lost);
    }
  }

  /**
   * Runs {@code serve} until the Bot API has delivered {@code killAfter} messages, kills it with
   * {@code kill -9}, starts it again and waits until {@code done} holds.
   */
  void killAndRestart(Path dir, Path db, LocalBotApi api, int killAfter, BooleanSupplier done) throws Exception {
    AtomicReference<ServeProcess> running = new AtomicReference<>();
    api.afterDelivered = n -> {
      if (n >= killAfter) {
        running.get().kill();
      }
    };
    Path log = dir.resolve("serve.log");
    running.set(ServeProcess.start(dir, log, env(api), "serve", "--db", db.toString()));
    await(() -> !running.get().alive(), running.get());
    api.afterDelivered = n -> {};
    try (ServeProcess restarted = ServeProcess.start(dir, log, env(api), "serve", "--db", db.toString())) {
      await(done, restarted);
    }
  }

  /** Updates of {@code source} marked done in the store. */
  static int finished(Path db, String source) {
    return count(db, "SELECT count(*) FROM chat_updates WHERE source = '" + source + "' AND state = 'done'");
  }

  static int count(Path db, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet rs = c.createStatement().executeQuery(sql)) {
      return rs.getInt(1);
    } catch (SQLException e) {
      return -1; // not created yet, or busy: asked again
    }
  }

  /** Waits until {@code done} holds; fails with the process's output if it has not after two minutes (a hang, not a speed limit). */
  static void await(BooleanSupplier done, ServeProcess process) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 120_000;
    while (!done.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("timed out; attribot said:\n" + process.output());
      }
      Thread.sleep(50);
    }
  }
}
