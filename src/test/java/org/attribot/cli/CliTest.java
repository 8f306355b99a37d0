package org.attribot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attribot.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;
  final ObjectMapper json = new ObjectMapper();

  record Run(int code, String out, String err) {}

  Run run(String stdin, String... args) {
    return run(Map.of(), stdin, args);
  }

  Run run(Map<String, String> extraEnv, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    Map<String, String> env = new java.util.HashMap<>(extraEnv);
    env.put("ATTRIBOT_STORE_PATH", dir.resolve("default.db").toString());
    int code = Cli.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true), in);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void askWithNoStoreAnswersFromTheBuiltInSampleWithSources() {
    Run r = run("", "ask", "who hacked Romania?");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("built-in sample store"), r.err());
    assertTrue(r.out().contains("APT 28"), r.out());
    assertTrue(r.out().contains("[1] attribot's summary of: NATO condemns Russian cyberattacks, citing threats to alliance security"
        + " — Caliber.Az, Sabina Mammadli."), "the sample's texts are attribot's summaries, not the publisher's words: " + r.out());
  }

  @Test
  void aQuestionOverTheLimitIsRefusedWithTheSameSentenceAsTheChatDoors() {
    Run r = run(Map.of("ATTRIBOT_QUESTION_MAX_CHARS", "50"), "", "ask", "who hacked " + "Romania ".repeat(12_500));
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().contains("That question is 100,011 characters long; please shorten it to at most 50 characters"), r.err());
    Run lines = run(Map.of("ATTRIBOT_QUESTION_MAX_CHARS", "50"), "why ".repeat(20) + "\nwho hacked Romania?\n", "ask");
    assertEquals(0, lines.code(), lines.err());
    assertTrue(lines.err().contains("That question is 80 characters long"), lines.err());
    assertTrue(lines.out().contains("APT 28"), "the next line is still answered: " + lines.out());
  }

  @Test
  void askJsonPrintsTheAnswerRecord() throws Exception {
    Run r = run("", "ask", "--json", "who hacked Romania?");
    JsonNode a = json.readTree(r.out());
    assertEquals("who hacked Romania?", a.get("question").asText());
    assertFalse(a.get("abstained").asBoolean());
    assertTrue(a.get("answer").asText().contains("[1]"));
    assertFalse(a.get("answer").asText().contains("Caliber.Az, Sabina"), "the body holds no source list");
    JsonNode c = a.get("citations").get(0);
    for (String field : List.of("n", "statement_id", "title", "publisher", "author", "published", "url", "quote")) {
      assertTrue(c.has(field), field);
    }
    assertEquals("nato-council-2025-gru", c.get("statement_id").asText());
    assertTrue(c.get("summary").asBoolean(), "the sample's quote is attribot's summary: " + c);
    assertTrue(c.get("published").isNull());
    assertTrue(a.get("elapsed_ms").isNumber());
  }

  @Test
  void askWithoutAQuestionAnswersEachLineOfStandardInput() throws Exception {
    Run r = run("who hacked romania?\n\nWho stole from Bybit?\n", "ask", "--json");
    List<String> lines = r.out().strip().lines().toList();
    assertEquals(2, lines.size(), r.out());
    assertEquals("Who stole from Bybit?", json.readTree(lines.get(1)).get("question").asText());
  }

  @Test
  void ingestThenAskUsesTheStoreAndExitsNonZeroWhenAFileFails() throws Exception {
    Path db = dir.resolve("mine.db");
    Run ok = run("", "ingest", "--db", db.toString(), Shared.devSet().toString());
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().contains("14 new, 0 unchanged, 0 updated, 0 failed, 3 skipped"), ok.out());
    Run again = run("", "ingest", "--db", db.toString(), Shared.devSet().toString());
    assertTrue(again.out().contains("0 new, 14 unchanged"), again.out());
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"title\": \"x\"}");
    Run failed = run("", "ingest", "--db", db.toString(), bad.toString());
    assertEquals(1, failed.code());
    assertTrue(failed.err().contains(bad + " — missing text"), failed.err());
    Run ask = run("", "ask", "--db", db.toString(), "--json", "Which GRU unit did Estonia blame?");
    assertTrue(ask.out().contains("estonia-2024-gru-unit29155"), ask.out());
    assertFalse(ask.err().contains("sample"), ask.err());
  }

  @Test
  void aStoreThatDoesNotExistIsRefusedByEveryCommandButThoseThatWrite() {
    Path typo = dir.resolve("typo.db");
    List<List<String>> reads = List.of(List.of("ask", "who hacked Romania?"), List.of("claims"), List.of("actor", "APT28"),
        List.of("export", "--csv", dir.resolve("c.csv").toString()), List.of("digest", "--dry-run"), List.of("reindex"),
        List.of("subscriptions", "list"), List.of("subscriptions", "remove", "telegram:1"));
    for (List<String> command : reads) {
      List<String> args = new java.util.ArrayList<>(command);
      args.addAll(command.get(0).equals("subscriptions") ? 2 : 1, List.of("--db", typo.toString()));
      Run r = run("", args.toArray(String[]::new));
      assertEquals(1, r.code(), command + ": " + r.out() + r.err());
      assertEquals("attribot: there is no store at " + typo + " (given by --db): check the path, or make a store there with: "
          + "attribot ingest FILES --db " + typo + "\n", r.err(), command.toString());
      assertFalse(Files.exists(typo), command + " created the store");
    }
    assertFalse(Files.exists(dir.resolve("c.csv")), "nothing was written");
    Run configured = run("", "subscriptions", "list");
    assertEquals(1, configured.code());
    assertTrue(configured.err().contains("there is no store at " + dir.resolve("default.db") + " (store.path)"), configured.err());
    assertEquals(0, run("", "subscriptions", "add", "telegram:1", "--db", typo.toString()).code(), "a command that writes creates it");
    assertTrue(Files.exists(typo));
  }

  @Test
  void aBadValueOrCommandIsAUsageErrorToldAsASentence() {
    Run date = run("", "claims", "--since", "yesterday");
    assertEquals(2, date.code());
    assertEquals("attribot: Invalid value for option '--since': 'yesterday' is not a date; give it as YYYY-MM-DD, such as"
        + " 2024-05-01\nSee 'attribot claims --help' for what it takes.\n", date.err());
    Run time = run("", "subscriptions", "add", "telegram:1", "--at", "7pm");
    assertEquals(2, time.code());
    assertTrue(time.err().contains("'7pm' is not a time of day; give it as HH:MM, such as 07:30"), time.err());
    Run number = run("", "eval", "--statements", "x", "--questions", "y", "--max-chars", "ten");
    assertEquals(2, number.code());
    assertTrue(number.err().contains("'ten' is not a whole number"), number.err());
    Run command = run("", "clams");
    assertEquals(2, command.code());
    assertTrue(command.err().startsWith("attribot: 'clams' is not a command; did you mean claims?"), command.err());
    for (Run r : List.of(date, time, number, command)) {
      assertFalse(r.err().contains("java."), r.err());
      assertFalse(r.err().contains("Usage:"), "one line and a pointer to --help, not the whole usage: " + r.err());
    }
  }

  @Test
  void noCommandIsAUsageErrorAndHelpIsACommand() {
    Run none = run("");
    assertEquals(2, none.code());
    assertEquals("", none.out());
    assertTrue(none.err().startsWith("attribot: give a command.\nUsage: attribot"), none.err());
    Run help = run("", "help", "claims");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().startsWith("Usage: attribot claims"), help.out());
    assertEquals(2, run("", "subscriptions").code());
  }

  @Test
  void aMisspeltVariableIsWarnedAboutOnStandardError() {
    Run r = run(Map.of("ATTRIBOT_STORE_PAHT", "x.db"), "", "ask", "who hacked Romania?");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().startsWith("attribot: warning: the environment variable ATTRIBOT_STORE_PAHT is not a setting and is"
        + " ignored; did you mean ATTRIBOT_STORE_PATH?\n"), r.err());
    assertFalse(r.err().contains("x.db"), "its value is not shown");
  }

  @Test
  void evalPrintsTheFiguresWithTheJsonLast() throws Exception {
    Run r = run("", "eval", "--statements", Shared.devSet().toString(), "--questions",
        Shared.devSet().resolve("questions.jsonl").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("answer_accuracy"), r.out());
    String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertEquals(68, json.readTree(last).get("questions").asInt());
  }

  @Test
  void aMissingConfigFileIsAClearError() {
    Run r = run("", "--config", dir.resolve("nope.yaml").toString(), "ask", "x");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("config file " + dir.resolve("nope.yaml") + " does not exist"), r.err());
  }

  @Test
  void serveSaysWhatToSetWhenNothingOrNotEnoughIsConfigured() {
    Run nothing = run("", "serve");
    assertTrue(nothing.code() != 0);
    assertTrue(nothing.err().contains("TELEGRAM_BOT_TOKEN") && nothing.err().contains("SLACK_BOT_TOKEN"), nothing.err());
    Run noSecret = run(Map.of("SLACK_BOT_TOKEN", "test-bot-token"), "", "serve");
    assertTrue(noSecret.code() != 0);
    assertTrue(noSecret.err().contains("SLACK_SIGNING_SECRET"), noSecret.err());
    Run noAppToken = run(Map.of("SLACK_BOT_TOKEN", "test-bot-token", "ATTRIBOT_SLACK_MODE", "socket"), "", "serve");
    assertTrue(noAppToken.err().contains("SLACK_APP_TOKEN"), noAppToken.err());
    assertFalse(noSecret.err().contains("test-bot-token") || noAppToken.err().contains("test-bot-token"));
  }
}
