package org.attribot.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attribot.App;
import org.attribot.bench.LocalBotApi;
import org.attribot.telegram.TelegramRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digest as Telegram users get it: the real client against a Bot API on 127.0.0.1, the
 * schedule driven by a clock moved by hand.
 */
class DigestTelegramTest {
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @TempDir Path dir;
  DigestFixture f;

  @AfterEach
  void close() {
    if (f != null) {
      f.close();
    }
  }

  static Destination chat(long id) {
    return new Destination(Destination.TELEGRAM, String.valueOf(id));
  }

  /** Runs the schedule every {@code step} from the clock's time until {@code end}; returns when each chat got messages. */
  static Map<Long, List<Instant>> runUntil(DigestFixture f, DigestService service, String end, Duration step, long... chats) {
    Map<Long, List<Instant>> at = new TreeMap<>();
    for (long c : chats) {
      at.put(c, new ArrayList<>());
    }
    Instant stop = Instant.parse(end);
    while (f.clock.instant().isBefore(stop)) {
      Map<Long, Integer> before = new TreeMap<>();
      for (long c : chats) {
        before.put(c, f.api.deliveredTo(c).size());
      }
      service.runDue();
      for (long c : chats) {
        if (f.api.deliveredTo(c).size() > before.get(c)) {
          at.get(c).add(f.clock.instant());
        }
      }
      f.clock.advance(step);
    }
    return at;
  }

  @Test
  void twoChatsInDifferentZonesEachGetOneDigestAtTheirOwnEightOClock() throws Exception {
    f = new DigestFixture(dir, "2025-03-02T14:00:00Z");
    try (App app = f.open()) {
      app.subscriptions().subscribe(chat(1), LocalTime.of(8, 0), BRUSSELS);
      app.subscriptions().subscribe(chat(2), LocalTime.of(8, 0), NEW_YORK);
      f.clock.set("2025-03-02T20:00:00Z");
      f.attribution(app);
      f.clock.set("2025-03-03T00:00:00Z");
      Map<Long, List<Instant>> at = runUntil(f, DigestFixture.service(app), "2025-03-04T00:00:00Z", Duration.ofMinutes(15), 1, 2);
      assertEquals(List.of(Instant.parse("2025-03-03T07:00:00Z")), at.get(1L), "08:00 in Brussels (CET)");
      assertEquals(List.of(Instant.parse("2025-03-03T13:00:00Z")), at.get(2L), "08:00 in New York (EST)");
      for (long c : new long[] {1, 2}) {
        String text = f.received(c).get(0);
        assertTrue(text.startsWith("<b>attribot digest: 1 new statement since "), text);
        assertTrue(text.contains("<b>APT28</b>"), "grouped by actor: " + text);
        assertTrue(text.contains("[1] NATO: attributes it to APT28: “The North Atlantic Council attributed the campaign against Czech"
            + " institutions to APT28.” — <a href=\"https://example.org/s1?a=1&amp;b=2\">NATO</a>, 2025-03-01"), text);
      }
      assertTrue(f.received(2).get(0).contains("(America/New_York)"), "the window in the chat's own zone");
    }
  }

  @Test
  void aSummaryIsShownAsAttribotsSummaryOfTheStatementNotInQuotationMarks() throws Exception {
    f = new DigestFixture(dir, "2025-03-02T14:00:00Z");
    try (App app = f.open()) {
      app.subscriptions().subscribe(chat(1), LocalTime.of(8, 0), BRUSSELS);
      f.clock.set("2025-03-02T20:00:00Z");
      f.statement(app, "NATO condemns APT28 campaign against Czech institutions", "NATO",
          "The North Atlantic Council attributed the campaign against Czech institutions to APT28.", "summary");
      f.statement(app, "Germany names APT28", "Bundesregierung",
          "The German government attributed the attack on the SPD to APT28.", "original");
      runUntil(f, DigestFixture.service(app), "2025-03-04T00:00:00Z", Duration.ofMinutes(15), 1);
      String text = String.join("\n", f.received(1));
      String summary = text.lines().filter(l -> l.contains("Czech institutions")).findFirst().orElseThrow();
      assertTrue(summary.contains(": The North Atlantic Council attributed the campaign against Czech institutions to APT28."
          + " — attribot's summary of the statement by <a href=\"https://example.org/s1?a=1&amp;b=2\">NATO</a>"), summary);
      assertFalse(summary.contains("\u201c") || summary.contains("\u201d"), "a summary is not quoted: " + summary);
      String original = text.lines().filter(l -> l.contains("SPD")).findFirst().orElseThrow();
      assertTrue(original.contains(": \u201cThe German government attributed the attack on the SPD to APT28.\u201d"
          + " — <a href="), original);
    }
  }

  @Test
  void aDayWithNothingNewIsSkippedOrAnnouncedPerConfig() throws Exception {
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z");
    try (App app = f.open()) {
      app.subscriptions().subscribe(chat(1), LocalTime.of(8, 0), BRUSSELS);
      f.attribution(app);
      f.clock.set("2025-03-03T06:00:00Z");
      runUntil(f, DigestFixture.service(app), "2025-03-05T00:00:00Z", Duration.ofMinutes(30), 1);
      assertEquals(1, f.received(1).size(), "the 4th had nothing new: no message");
      assertEquals(Deliveries.SKIPPED, app.store().deliveries().delivery("telegram:1", "2025-03-04").orElseThrow().state());
    }
    f.env.put("ATTRIBOT_DIGEST_EMPTY", "announce");
    try (App app = f.open()) {
      runUntil(f, DigestFixture.service(app), "2025-03-06T00:00:00Z", Duration.ofMinutes(30), 1);
      assertEquals(2, f.received(1).size());
      assertEquals("attribot digest: nothing new attributed since Tue 4 Mar 2025 08:00 (Europe/Brussels).", f.received(1).get(1));
    }
  }

  /** A crash: the process stops after the first chat's digest went out, before the second's. */
  static final class Crash extends Error {
    Crash() {
      super("killed");
    }
  }

  @Test
  void aCrashBetweenTwoSendsIsResumedWithOnlyTheMissingOne() throws Exception {
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z", "ATTRIBOT_DIGEST_SENDERS", "1");
    try (App app = f.open()) {
      app.subscriptions().subscribe(chat(1), LocalTime.of(8, 0), BRUSSELS);
      app.subscriptions().subscribe(chat(2), LocalTime.of(8, 0), BRUSSELS);
      f.attribution(app);
      f.clock.set("2025-03-03T07:05:00Z");
      DigestSender real = app.digestSenders().get(0);
      DigestSender crashing = new DigestSender() {
        public String platform() {
          return real.platform();
        }

        public Limits limits() {
          return real.limits();
        }

        public List<String> render(Digest digest) {
          return real.render(digest);
        }

        public String markRepeat(String message) {
          return real.markRepeat(message);
        }

        public SendResult send(String id, String message) {
          if (id.equals("2")) {
            throw new Crash();
          }
          return real.send(id, message);
        }
      };
      assertThrows(Crash.class, () -> app.digest(List.of(crashing)).runDue());
      assertEquals(1, f.received(1).size());
      assertEquals(0, f.received(2).size());
    }
    f.clock.advance(Duration.ofMinutes(3));
    try (App restarted = f.open()) {
      DigestResult r = DigestFixture.service(restarted).runDue();
      assertEquals(1, r.sent(), r.toString());
      assertEquals(1, f.received(1).size(), "chat 1 is not sent to again");
      assertEquals(1, f.received(2).size(), "chat 2 gets the one it missed");
      // the crash came during chat 2's call: Telegram may have had it, so it is sent again with the note
      assertEquals(org.attribot.conversation.Repeat.marked(f.received(1).get(0)), f.received(2).get(0),
          "the same digest (the window was kept), marked as a possible repeat");
      assertEquals(DigestResult.NONE, DigestFixture.service(restarted).runDue(), "and nothing more");
    }
  }

  @Test
  void aTooManyRequestsIsHonouredAndTheDigestArrivesOnce() throws Exception {
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z");
    try (App app = f.open()) {
      app.subscriptions().subscribe(chat(1), LocalTime.of(8, 0), BRUSSELS);
      f.attribution(app);
      f.clock.set("2025-03-03T07:00:00Z");
      f.api.tooMany.set(1);
      DigestResult r = DigestFixture.service(app).runDue();
      assertEquals(1, r.sent(), r.toString());
      List<LocalBotApi.Call> calls = f.api.sentTo(1);
      assertEquals(2, calls.size(), "refused once, then sent");
      assertTrue(calls.get(1).atNanos() - calls.get(0).atNanos() >= 950_000_000L, "waited Telegram's retry_after of 1 s");
      assertEquals(1, f.received(1).size());
    }
  }

  @Test
  void aChatThatBlockedTheBotIsDisabledAndTheOthersStillGetTheirs() throws Exception {
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z");
    try (App app = f.open()) {
      for (long c : new long[] {1, 2, 3}) {
        app.subscriptions().subscribe(chat(c), LocalTime.of(8, 0), BRUSSELS);
      }
      f.api.refusals.put(2L, new LocalBotApi.Refusal(403, "Forbidden: bot was blocked by the user"));
      f.api.refusals.put(3L, new LocalBotApi.Refusal(400, "Bad Request: chat not found"));
      f.attribution(app);
      f.clock.set("2025-03-03T07:00:00Z");
      DigestResult r = DigestFixture.service(app).runDue();
      assertEquals(1, r.sent());
      assertEquals(2, r.gone());
      Subscription two = app.subscriptions().find(chat(2)).orElseThrow();
      assertFalse(two.enabled());
      assertTrue(two.disabledReason().contains("bot was blocked by the user"), two.disabledReason());
      assertTrue(app.subscriptions().find(chat(3)).orElseThrow().disabledReason().contains("chat not found"));
      int attempts = f.api.sentTo(2).size() + f.api.sentTo(3).size();
      f.clock.advance(Duration.ofMinutes(1));
      f.statement(app, "UK exposes APT31", "NCSC", "The NCSC attributed the campaign to APT31.");
      runUntil(f, DigestFixture.service(app), "2025-03-05T00:00:00Z", Duration.ofHours(1), 1, 2, 3);
      assertEquals(2, f.received(1).size(), "chat 1 gets the next day's digest too");
      assertEquals(attempts, f.api.sentTo(2).size() + f.api.sentTo(3).size(), "a chat that is gone is not tried again");
      // subscribing again serves it again
      app.subscriptions().subscribe(chat(2), LocalTime.of(8, 0), BRUSSELS);
      assertTrue(app.subscriptions().find(chat(2)).orElseThrow().enabled());
    }
  }

  @Test
  void aFailedSendIsRetriedWithBackoffAndGivenUpAfterTheLastTry() throws Exception {
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z");
    try (App app = f.open()) {
      app.subscriptions().subscribe(chat(1), LocalTime.of(8, 0), BRUSSELS);
      app.subscriptions().subscribe(chat(2), LocalTime.of(8, 0), BRUSSELS);
      f.attribution(app);
      f.api.refusals.put(1L, new LocalBotApi.Refusal(500, "Internal Server Error"));
      f.api.refusals.put(2L, new LocalBotApi.Refusal(502, "Bad Gateway"));
      f.clock.set("2025-03-03T07:00:00Z");
      DigestService service = DigestFixture.service(app);
      assertEquals(2, service.runDue().retrying());
      var row = app.store().deliveries().delivery("telegram:1", "2025-03-03").orElseThrow();
      assertEquals(Deliveries.RETRY, row.state());
      assertEquals(1, row.attempts());
      assertTrue(row.lastError().contains("500"), row.lastError());
      assertEquals(Instant.parse("2025-03-03T07:01:00Z"), row.nextAttempt(), "60 s after the first try");
      f.clock.advance(Duration.ofSeconds(30));
      assertEquals(DigestResult.NONE, service.runDue(), "not before the backoff ends");
      f.api.refusals.remove(1L);
      f.clock.advance(Duration.ofSeconds(31));
      DigestResult second = service.runDue();
      assertEquals(1, second.sent());
      assertEquals(1, second.retrying(), "chat 2 fails again; its next wait doubles");
      assertEquals(Instant.parse("2025-03-03T07:03:01Z"),
          app.store().deliveries().delivery("telegram:2", "2025-03-03").orElseThrow().nextAttempt());
      f.clock.set("2025-03-03T07:10:00Z");
      assertEquals(1, service.runDue().failed(), "the third try is the last (digest.max_attempts 3)");
      assertEquals(1, f.received(1).size());
      assertEquals(0, f.received(2).size());
      f.api.refusals.clear();
      f.clock.set("2025-03-04T07:00:00Z");
      service.runDue();
      assertTrue(f.received(2).get(0).contains("APT28"), "the next day's digest covers what the failed one held");
    }
  }

  @Test
  void daylightSavingChangesGiveOneDigestADayAtTheLocalTime() throws Exception {
    f = new DigestFixture(dir, "2025-03-28T23:00:00Z", "ATTRIBOT_DIGEST_EMPTY", "announce");
    try (App app = f.open()) {
      app.subscriptions().subscribe(chat(1), LocalTime.of(8, 0), BRUSSELS);
      app.subscriptions().subscribe(chat(2), LocalTime.of(2, 30), BRUSSELS); // skipped in March, twice in October
      f.clock.set("2025-03-29T00:00:00Z");
      DigestService service = DigestFixture.service(app);
      Map<Long, List<Instant>> spring = runUntil(f, service, "2025-04-01T00:00:00Z", Duration.ofMinutes(15), 1, 2);
      assertEquals(List.of(Instant.parse("2025-03-29T07:00:00Z"), Instant.parse("2025-03-30T06:00:00Z"),
          Instant.parse("2025-03-31T06:00:00Z")), spring.get(1L), "08:00 CET, then 08:00 CEST");
      assertEquals(List.of(Instant.parse("2025-03-29T01:30:00Z"), Instant.parse("2025-03-30T01:30:00Z"),
          Instant.parse("2025-03-31T00:30:00Z")), spring.get(2L), "02:30 does not exist on the 30th: 03:30 CEST instead");
      f.clock.set("2025-10-24T23:00:00Z");
      assertEquals(2, service.runDue().sent(), "the 24th's, missed while the clock jumped");
      f.clock.set("2025-10-25T00:00:00Z");
      Map<Long, List<Instant>> autumn = runUntil(f, service, "2025-10-28T00:00:00Z", Duration.ofMinutes(15), 1, 2);
      assertEquals(List.of(Instant.parse("2025-10-25T06:00:00Z"), Instant.parse("2025-10-26T07:00:00Z"),
          Instant.parse("2025-10-27T07:00:00Z")), autumn.get(1L));
      assertEquals(List.of(Instant.parse("2025-10-25T00:30:00Z"), Instant.parse("2025-10-26T00:30:00Z"),
          Instant.parse("2025-10-27T01:30:00Z")), autumn.get(2L), "02:30 happens twice on the 26th: one digest, the first time");
    }
  }

  @Test
  void afterDowntimeTheMissedDigestIsSentOnceNotOncePerDay() throws Exception {
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z");
    try (App app = f.open()) {
      app.subscriptions().subscribe(chat(1), LocalTime.of(8, 0), BRUSSELS);
      f.clock.set("2025-03-02T12:30:00Z");
      f.attribution(app);
      f.clock.set("2025-03-02T20:00:00Z");
      f.statement(app, "UK exposes APT31", "NCSC", "The NCSC attributed the campaign to APT31.");
    }
    f.clock.set("2025-03-06T10:00:00Z"); // down from the 2nd to the 6th
    try (App app = f.open()) {
      DigestService service = DigestFixture.service(app);
      assertEquals(1, service.runDue().sent());
      assertEquals(DigestResult.NONE, service.runDue());
      assertEquals(1, f.received(1).size(), "one digest, not four");
      assertTrue(f.received(1).get(0).contains("2 new statements"), f.received(1).get(0));
    }
  }

  @Test
  void aLongDigestIsSplitWithinTelegramsLimitAndPacedPerChat() throws Exception {
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z");
    try (App app = f.open()) {
      app.subscriptions().subscribe(chat(1), LocalTime.of(8, 0), BRUSSELS);
      for (int i = 0; i < 40; i++) {
        f.statement(app, "Bulletin " + i + " on APT28 <and> friends", "Publisher & Co",
            "The Ministry attributed operation number " + i + " against the energy sector to APT28, in a long and detailed "
                + "statement that goes on about the many ways in which the operation unfolded over several months.");
      }
      f.clock.set("2025-03-03T07:00:00Z");
      DigestService service = DigestFixture.service(app);
      assertEquals(1, service.runDue().sent());
      List<String> texts = f.received(1);
      assertTrue(texts.size() >= 2, "split: " + texts.size());
      String all = String.join("\n", texts);
      for (String t : texts) {
        assertTrue(t.length() <= 4096, "within the limit: " + t.length());
      }
      for (int n = 1; n <= 40; n++) {
        assertTrue(all.contains("\n[" + n + "] "), "line " + n);
      }
      assertTrue(all.contains("Publisher &amp; Co"), "escaped");
      List<LocalBotApi.Call> calls = f.api.deliveredTo(1);
      for (int i = 1; i < calls.size(); i++) {
        assertTrue(calls.get(i).atNanos() - calls.get(i - 1).atNanos() >= 990_000_000L, "one message a second to a chat");
      }
    }
  }

  @Test
  void subscribeInTelegramTakesATimeAndAZone() throws Exception {
    f = new DigestFixture(dir, "2025-03-02T12:00:00Z");
    try (App app = f.open(); TelegramRunner bot = app.telegram(f.config().telegram())) {
      f.api.message(1, 111, "private", "/subscribe 07:30 asia/tokyo");
      f.api.await(a -> a.sentTo(111).size() == 1);
      assertEquals("Subscribed: the daily digest comes here at 07:30 (Asia/Tokyo).", f.api.sentTo(111).get(0).body().path("text").asText());
      Subscription s = app.subscriptions().find(chat(111)).orElseThrow();
      assertEquals(LocalTime.of(7, 30), s.at());
      assertEquals(ZoneId.of("Asia/Tokyo"), s.zone());
      f.api.message(2, 112, "private", "/subscribe");
      f.api.message(3, 113, "private", "/subscribe 9:00 Mars/Olympus");
      f.api.await(a -> a.sentTo(112).size() == 1 && a.sentTo(113).size() == 1);
      assertEquals("Subscribed: the daily digest comes here at 08:00 (Europe/Brussels).",
          f.api.sentTo(112).get(0).body().path("text").asText(), "the configured defaults");
      assertTrue(f.api.sentTo(113).get(0).body().path("text").asText().startsWith("I don't know the time zone \u201cMars/Olympus\u201d"));
      assertTrue(app.subscriptions().find(chat(113)).isEmpty());
    }
  }
}
