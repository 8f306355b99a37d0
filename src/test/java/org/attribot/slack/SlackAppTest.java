package org.attribot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.attribot.App;
import org.attribot.chat.Answerer;
import org.attribot.digest.Destination;
import org.attribot.bench.LocalSlackApi;
import org.attribot.bench.LocalSlackApi.Ack;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Bolt app over HTTP on 127.0.0.1, with Slack's Web API and response_urls faked on 127.0.0.1. */
class SlackAppTest {
  static final String SECRET = "test-signing-secret";
  static final ObjectMapper JSON = new ObjectMapper();
  static App app;
  LocalSlackApi slack;
  Config config;
  SlackRunner runner;
  String url;

  @BeforeAll
  static void sample() {
    app = App.sample(ConfigLoader.load(null, Map.of()));
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @BeforeEach
  void start() throws Exception {
    slack = new LocalSlackApi(SECRET);
    config = ConfigLoader.load(null, Map.of("SLACK_BOT_TOKEN", "test-bot-token", "SLACK_SIGNING_SECRET", SECRET,
        "ATTRIBOT_SLACK_API_URL", slack.apiUrl(), "ATTRIBOT_SLACK_HOST", "127.0.0.1", "ATTRIBOT_SLACK_PORT", "0"));
  }

  @AfterEach
  void stop() {
    if (runner != null) {
      runner.close();
    }
    slack.close();
  }

  void run() throws Exception {
    run(app.slack(config.slack()));
  }

  void run(Answerer answerer) throws Exception {
    run(new SlackRunner(config.slack(), app.chat(SlackRunner.DOOR, config.slack().perMinute(), Clock.systemUTC(), answerer),
        Clock.systemUTC()));
  }

  void run(SlackRunner started) {
    runner = started;
    url = "http://127.0.0.1:" + runner.port() + SlackRunner.PATH;
  }

  Ack command(String text, String user, String channel, String responseId) {
    return slack.send(url, LocalSlackApi.commandBody("/attrib", text, user, channel, slack.responseUrl(responseId)));
  }

  static String allText(JsonNode body) {
    return body.toString();
  }

  @Test
  void aHugeQuestionIsRefusedInTheAckWithTheSameSentenceAsEveryDoorAndNeverAnswered() throws Exception {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    run(new Answerer() {
      public org.attribot.answer.Answer ask(String conversationId, String question) {
        asked.incrementAndGet();
        return app.answers().ask(conversationId, question, org.attribot.retrieve.Narrowing.NONE);
      }

      public void forget(String conversationId) {}
    });
    Ack ack = command("who hacked " + "Romania ".repeat(112_500), "U9", "C9", "big");
    String said = JSON.readTree(ack.body()).path("text").asText();
    assertEquals(app.questionLimit().refusal("x".repeat(900_010)).orElseThrow(), said);
    assertTrue(said.startsWith("That question is 900,010 characters long; please shorten it to at most 2,000"), said);
    command("who hacked Romania?", "U9", "C9", "small");
    slack.await(s -> s.responses("small").size() == 1);
    assertEquals(1, asked.get(), "only the short question reached the answerer");
    assertEquals(0, slack.responses("big").size());
  }

  @Test
  void aSignedBodyWithABadPercentEscapeGetsAShort400() throws Exception {
    run();
    Ack ack = slack.send(url, "command=%2Fattrib&text=who%zzhacked&user_id=U1&channel_id=C1");
    assertEquals(400, ack.status(), ack.body());
    assertEquals("{\"error\":\"malformed form body\"}", ack.body());
  }

  @Test
  void aUserAskingTooFastIsToldToWaitAndOthersAreStillAnswered() throws Exception {
    config = ConfigLoader.load(null, Map.of("SLACK_BOT_TOKEN", "test-bot-token", "SLACK_SIGNING_SECRET", SECRET,
        "ATTRIBOT_SLACK_API_URL", slack.apiUrl(), "ATTRIBOT_SLACK_HOST", "127.0.0.1", "ATTRIBOT_SLACK_PORT", "0",
        "ATTRIBOT_SLACK_PER_MINUTE", "2"));
    run();
    command("who hacked Romania?", "U7", "C7", "q1");
    command("who blamed APT28?", "U7", "C7", "q2");
    Ack third = command("who hacked Sweden?", "U7", "C7", "q3");
    assertTrue(JSON.readTree(third.body()).path("text").asText().startsWith("You are asking faster"), third.body());
    Ack other = command("who hacked Sweden?", "U8", "C7", "q4");
    assertEquals("Looking into it\u2026", JSON.readTree(other.body()).path("text").asText());
    slack.await(s -> s.responses("q1").size() == 1 && s.responses("q2").size() == 1 && s.responses("q4").size() == 1);
    Thread.sleep(300);
    assertEquals(0, slack.responses("q3").size(), "the refused question is not answered later");
  }

  @Test
  void aSignedSlashCommandIsAcknowledgedAtOnceAndAnsweredThroughItsResponseUrl() throws Exception {
    run();
    Ack ack = command("who hacked Romania?", "U1", "C1", "r1");
    assertEquals(200, ack.status(), ack.body());
    JsonNode acked = JSON.readTree(ack.body());
    assertEquals("ephemeral", acked.path("response_type").asText());
    assertEquals("Looking into it\u2026", acked.path("text").asText());
    assertTrue(slack.calls("auth.test").size() >= 1, "the app checked its token");

    slack.await(s -> s.responses("r1").size() == 1);
    JsonNode answer = slack.responses("r1").get(0).body();
    assertEquals("ephemeral", answer.path("response_type").asText());
    assertTrue(answer.path("text").asText().contains("APT 28"), "a plain-text fallback: " + answer);
    JsonNode blocks = answer.path("blocks");
    String sections = blocks.findValues("text").toString();
    assertTrue(sections.contains("APT 28"), sections);
    JsonNode sources = null;
    JsonNode buttons = null;
    for (JsonNode block : blocks) {
      if (block.path("type").asText().equals("section")) {
        assertTrue(block.path("text").path("text").asText().length() <= 3000);
      }
      if (block.path("type").asText().equals("context") && block.toString().contains("[1]")) {
        sources = block;
      }
      if (block.path("type").asText().equals("actions")) {
        buttons = block.path("elements");
      }
    }
    assertTrue(sources != null, "sources in a context block: " + blocks);
    String first = sources.path("elements").get(0).path("text").asText();
    assertTrue(first.matches("<https://\\S+\\|\\[1\\] [^>]+> \u00b7 .+"), first);
    assertTrue(first.contains("|[1] attribot's summary of: NATO condemns Russian cyberattacks"),
        "the sample's passages are attribot's summaries: " + first);
    assertTrue(answer.path("text").asText().contains("[1] attribot's summary of: NATO condemns"), answer.path("text").asText());
    assertEquals(List.of("Share in channel", "\uD83D\uDC4D", "\uD83D\uDC4E"),
        buttons.findValues("text").stream().map(t -> t.path("text").asText()).toList());
    Thread.sleep(300);
    assertEquals(1, slack.responses("r1").size(), "answered once");
  }

  @Test
  void theAcknowledgementNeverWaitsForTheAnswer() throws Exception {
    // the answer is held until the test has the acknowledgement: an ack that waited for the
    // answer would never come, and the request would time out
    CountDownLatch acknowledged = new CountDownLatch(1);
    run((conversation, question) -> {
      try {
        acknowledged.await(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return app.answers().ask(question);
    });
    try {
      Ack ack = command("who hacked Romania?", "U1", "C1", "slow");
      assertEquals(200, ack.status());
      assertEquals("Looking into it\u2026", JSON.readTree(ack.body()).path("text").asText());
      assertTrue(slack.responses("slow").isEmpty(), "the answer comes after the acknowledgement");
    } finally {
      acknowledged.countDown();
    }
    slack.await(s -> s.responses("slow").size() == 1);
  }

  @Test
  void anUnsignedRequestIsRefusedAndNeverProcessed() throws Exception {
    run();
    Ack ack = slack.post(url, LocalSlackApi.commandBody("/attrib", "who hacked Romania?", "U1", "C1",
        slack.responseUrl("unsigned")), Map.of());
    assertEquals(401, ack.status());
    assertNothingHappened("unsigned");
  }

  @Test
  void aWrongSignatureIsRefused() throws Exception {
    run();
    String body = LocalSlackApi.commandBody("/attrib", "who hacked Romania?", "U1", "C1", slack.responseUrl("forged"));
    String now = Long.toString(Instant.now().getEpochSecond());
    Ack ack = slack.post(url, body, Map.of("X-Slack-Request-Timestamp", now,
        "X-Slack-Signature", new RequestSignature("another secret").sign(now, body.getBytes())));
    assertEquals(401, ack.status());
    // a body changed after signing is refused too
    Map<String, String> signed = Map.of("X-Slack-Request-Timestamp", now, "X-Slack-Signature",
        new RequestSignature(SECRET).sign(now, body.getBytes()));
    assertEquals(401, slack.post(url, body.replace("Romania", "Moldova"), signed).status());
    assertNothingHappened("forged");
  }

  @Test
  void aTimestampTenMinutesOldIsRefused() throws Exception {
    run();
    String body = LocalSlackApi.commandBody("/attrib", "who hacked Romania?", "U1", "C1", slack.responseUrl("old"));
    Ack ack = slack.send(url, body, Instant.now().minus(Duration.ofMinutes(10)), Map.of());
    assertEquals(401, ack.status());
    assertNothingHappened("old");
  }

  @Test
  void aTimestampTenMinutesInTheFutureIsRefused() throws Exception {
    run();
    String body = LocalSlackApi.commandBody("/attrib", "who hacked Romania?", "U1", "C1", slack.responseUrl("future"));
    Ack ack = slack.send(url, body, Instant.now().plus(Duration.ofMinutes(10)), Map.of());
    assertEquals(401, ack.status());
    assertNothingHappened("future");
  }

  void assertNothingHappened(String responseId) throws InterruptedException {
    Thread.sleep(500);
    assertTrue(slack.responses(responseId).isEmpty(), "nothing was answered");
    assertTrue(slack.calls("chat.postMessage").isEmpty() && slack.calls("chat.postEphemeral").isEmpty());
  }

  @Test
  void aMentionIsAnsweredInItsThreadAndTheThreadIsTheConversation() throws Exception {
    run();
    Ack ack = slack.send(url, LocalSlackApi.mentionBody("Ev1", "C2", "U2", "<@UBOT> who hacked Romania?",
        "1700000000.000100", null));
    assertEquals(200, ack.status(), ack.body());
    slack.await(s -> s.calls("chat.postMessage").size() == 1);
    JsonNode posted = slack.calls("chat.postMessage").get(0).body();
    assertEquals("C2", posted.path("channel").asText());
    assertEquals("1700000000.000100", posted.path("thread_ts").asText(), "a new thread under the mention");
    assertTrue(posted.path("text").asText().contains("APT 28"), posted.toString());
    JsonNode blocks = JSON.readTree(posted.path("blocks").asText());
    assertFalse(blocks.toString().contains("Share in channel"), "a thread reply is public already");
    assertTrue(blocks.toString().contains("\uD83D\uDC4D"));

    slack.send(url, LocalSlackApi.mentionBody("Ev2", "C2", "U2", "<@UBOT> and when was that?", "1700000000.000300",
        "1700000000.000100"));
    slack.await(s -> s.calls("chat.postMessage").size() == 2);
    assertEquals("1700000000.000100", slack.calls("chat.postMessage").get(1).body().path("thread_ts").asText(),
        "a reply inside a thread stays in it");
    assertEquals(2, app.store().turns().last("slack:C2:1700000000.000100", 10).size(), "the thread is remembered");
  }

  @Test
  void anEventSlackRetriesIsAnsweredOnce() throws Exception {
    run();
    String body = LocalSlackApi.mentionBody("EvRetry", "C3", "U3", "<@UBOT> who hacked Romania?", "1700000000.000500", null);
    assertEquals(200, slack.send(url, body).status());
    assertEquals(200, slack.send(url, body, Instant.now(), Map.of("X-Slack-Retry-Num", "1",
        "X-Slack-Retry-Reason", "http_timeout")).status());
    slack.await(s -> s.calls("chat.postMessage").size() == 1);
    assertEquals(200, slack.send(url, body, Instant.now(), Map.of("X-Slack-Retry-Num", "2",
        "X-Slack-Retry-Reason", "http_timeout")).status());
    Thread.sleep(700);
    assertEquals(1, slack.calls("chat.postMessage").size(), "answered once");
  }

  @Test
  void noQuestionCanPingAChannelOrAPersonOrForgeALink() throws Exception {
    run();
    String question = "who hacked Romania? <!channel> <@U123> <!here> @everyone <https://evil.example|click me> & co";
    command(question, "U4", "C4", "ping");
    slack.send(url, LocalSlackApi.mentionBody("EvPing", "C4", "U4", "<@UBOT> " + question, "1700000000.000700", null));
    slack.await(s -> s.responses("ping").size() == 1 && s.calls("chat.postMessage").size() == 1);
    for (JsonNode out : List.of(slack.responses("ping").get(0).body(), slack.calls("chat.postMessage").get(0).body())) {
      String all = out.toString();
      for (String ping : List.of("<!channel>", "<!here>", "<@U123>", "<https://evil", "@channel", "@here", "@everyone")) {
        assertFalse(all.contains(ping), ping + " in " + all);
      }
    }
    String blocks = slack.responses("ping").get(0).body().path("blocks").toString();
    assertTrue(blocks.contains("@\u2060channel") && blocks.contains("&amp; co"), "the question is shown, harmless: " + blocks);
  }

  @Test
  void whenTheResponseUrlFailsTheAnswerStillReachesTheAsker() throws Exception {
    run();
    slack.failResponseUrls.set(true);
    command("who hacked Romania?", "U5", "C5", "broken");
    slack.await(s -> s.calls("chat.postEphemeral").size() == 1);
    JsonNode ephemeral = slack.calls("chat.postEphemeral").get(0).body();
    assertEquals("U5", ephemeral.path("user").asText());
    assertEquals("C5", ephemeral.path("channel").asText());
    assertTrue(ephemeral.path("text").asText().contains("APT 28"));
    assertEquals(1, slack.responses("broken").size(), "the response_url was tried first");
  }

  @Test
  void whenAnsweringFailsAfterTheAckTheAskerIsToldBriefly() throws Exception {
    run((conversation, question) -> {
      throw new IllegalStateException("the store went away");
    });
    assertEquals(200, command("who hacked Romania?", "U6", "C6", "failing").status());
    slack.await(s -> s.responses("failing").size() == 1);
    JsonNode error = slack.responses("failing").get(0).body();
    assertEquals("ephemeral", error.path("response_type").asText());
    assertTrue(error.path("text").asText().startsWith("Sorry, something went wrong"), error.toString());
    assertFalse(error.toString().contains("store went away"), "no internals shown");
  }

  @Test
  void votesAreStoredWithTheAnswerAndShareTakesItToTheChannel() throws Exception {
    run();
    command("who hacked Romania?", "U7", "C7", "vote");
    slack.await(s -> s.responses("vote").size() == 1);
    JsonNode buttons = slack.responses("vote").get(0).body().path("blocks").findParent("elements");
    String id = slack.responses("vote").get(0).body().findValues("value").get(0).asText();
    assertTrue(buttons != null && id.matches("\\d+"), id);

    slack.send(url, LocalSlackApi.actionBody("attribot_vote_up", id, "U7", "C7", slack.responseUrl("up")));
    slack.send(url, LocalSlackApi.actionBody("attribot_vote_up", id, "U8", "C7", slack.responseUrl("up2")));
    slack.send(url, LocalSlackApi.actionBody("attribot_vote_down", id, "U7", "C7", slack.responseUrl("down")));
    slack.await(s -> s.responses("up").size() == 1 && s.responses("up2").size() == 1 && s.responses("down").size() == 1);
    assertEquals(0, app.store().answersGiven().score(Long.parseLong(id)), "U7 changed their mind, U8 liked it");
    assertTrue(app.store().answersGiven().answer(Long.parseLong(id)).orElseThrow().contains("who hacked Romania?"));
    assertEquals("Thanks for the feedback.", slack.responses("up").get(0).body().path("text").asText());

    slack.send(url, LocalSlackApi.actionBody("attribot_share", id, "U7", "C7", slack.responseUrl("share")));
    slack.await(s -> s.responses("share").size() == 2);
    JsonNode shared = slack.responses("share").get(0).body();
    assertEquals("in_channel", shared.path("response_type").asText());
    assertTrue(shared.path("text").asText().contains("APT 28"));
    assertFalse(shared.toString().contains("Share in channel"));
    assertTrue(slack.responses("share").get(1).body().path("delete_original").asBoolean(), "the private copy goes");
  }

  @Test
  void subCommands() throws Exception {
    run();
    Ack help = command("help", "U9", "C9", "help");
    assertTrue(JSON.readTree(help.body()).path("text").asText().contains("/attrib actor"), help.body());

    command("sources", "U9", "C9", "sources");
    command("actor Fancy Bear", "U9", "C9", "actor");
    command("actor Nobody <!here>", "U9", "C9", "nobody");
    command("subscribe", "U9", "C9", "sub1");
    slack.await(s -> s.responses("sub1").size() == 1);
    command("subscribe 07:30 Asia/Tokyo", "U9", "C9", "sub2");
    slack.await(s -> s.responses("sources").size() == 1 && s.responses("actor").size() == 1
        && s.responses("nobody").size() == 1 && s.responses("sub2").size() == 1);
    assertTrue(slack.responses("sources").get(0).body().path("text").asText().startsWith("*Latest statements*"));
    String actor = slack.responses("actor").get(0).body().path("text").asText();
    assertTrue(actor.contains("APT28") || actor.contains("APT 28"), actor);
    String nobody = slack.responses("nobody").get(0).body().path("text").asText();
    assertTrue(nobody.contains("\u201cNobody @\u2060here\u201d"), "named, harmless: " + nobody);
    assertTrue(slack.responses("sub1").get(0).body().path("text").asText().startsWith("Subscribed"));
    assertTrue(slack.responses("sub2").get(0).body().path("text").asText().contains("now comes here at 07:30 (Asia/Tokyo)"));
    var subscription = app.subscriptions().find(Destination.parse("slack:C9")).orElseThrow();
    assertEquals(java.time.LocalTime.of(7, 30), subscription.at(), "recorded as slack:<channel id> with its own time");
    command("unsubscribe", "U9", "C9", "unsub");
    slack.await(s -> s.responses("unsub").size() == 1);
    assertTrue(slack.responses("unsub").get(0).body().path("text").asText().startsWith("Unsubscribed"));
  }
}
