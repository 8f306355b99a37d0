package org.attribot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attribot.App;
import org.attribot.Shared;
import org.attribot.bench.LocalBotApi;
import org.attribot.bench.LocalChatServer;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.ingest.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot with the real OkHttp client and long poller against a Bot API on 127.0.0.1. */
class TelegramBotTest {
  @TempDir static Path shared;
  static Path seed;
  @TempDir Path dir;
  LocalBotApi api;
  Path db;
  Config config;

  @BeforeAll
  static void ingest() throws Exception {
    seed = shared.resolve("seed.db");
    Path extra = Files.createDirectories(shared.resolve("extra"));
    Files.writeString(extra.resolve("odd.json"), """
        {"id": "odd", "title": "Tom & Jerry <script> report on Kettle Panda", "publisher": "A & B <i>News</i>",
         "url": "https://example.org/odd?a=1&b=2", "text": "Kettle Panda breached the water utilities of Freedonia in 2025."}
        """);
    try (App app = App.open(ConfigLoader.load(null, Map.of()), seed)) {
      app.ingest().ingest(List.of(Shared.devSet(), extra), Progress.NONE);
    }
  }

  @BeforeEach
  void start() throws Exception {
    api = new LocalBotApi();
    db = dir.resolve("bot.db");
    Files.copy(seed, db);
    config = ConfigLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", "123:TEST", "ATTRIBOT_TELEGRAM_API_URL", api.url(),
        "ATTRIBOT_TELEGRAM_PER_MINUTE", "30"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  TelegramRunner run(App app) throws Exception {
    return app.telegram(config.telegram());
  }

  @Test
  void aPrivateQuestionGetsOneCitedHtmlAnswerWithButtons() throws Exception {
    api.message(1, 111, "private", "who hacked romania?");
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(111).size() == 1);
      var sent = api.sentTo(111).get(0).body();
      assertTrue(sent.path("parse_mode").asText().equalsIgnoreCase("HTML"));
      String text = sent.path("text").asText();
      assertTrue(text.contains("APT 28"), text);
      assertTrue(text.contains("<a href=\"https://caliber.az/en/post/nato-condemns-russian-cyberattacks-citing-threats-to-alliance-security\">"), text);
      assertEquals("Quotes", sent.path("reply_markup").path("inline_keyboard").get(0).get(0).path("text").asText());
      assertFalse(text.contains("summary of"), "the dev statements are the publishers' own words: " + text);
      assertFalse(api.calls("setmycommands").isEmpty(), "commands registered");
    }
  }

  @Test
  void theActorCardSaysWhoAttributedTheActor() throws Exception {
    api.message(1, 111, "private", "/actor Fancy Bear");
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(111).size() == 1);
      String text = api.sentTo(111).get(0).body().path("text").asText();
      assertTrue(text.startsWith("<b>APT28</b>"), text);
      assertTrue(text.contains("\nAttributed by: NCSC (2025, attributes) [uk-allies-2025-gru-logistics-advisory], United Kingdom (2025, attributes)"), text);
      assertTrue(text.contains("\nDenied by: Russia (2024, rejects) [russia-embassy-prague-2024-denial]"), text);
    }
  }

  @Test
  void inGroupsOnlyWhatIsAddressedToTheBotIsAnswered() throws Exception {
    api.message(1, -500, "group", "hello everyone, who hacked romania?");
    api.message(2, -500, "group", "/ask@" + LocalBotApi.USERNAME + " who hacked romania?");
    api.message(3, -500, "group", "/start@some_other_bot");
    api.message(4, -500, "group", "/ask which GRU unit did Estonia blame?");
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(-500).size() == 2);
      Thread.sleep(500);
      assertEquals(2, api.sentTo(-500).size(), "the chatter and the other bot's command are ignored");
      assertTrue(api.sentTo(-500).get(1).body().path("text").asText().contains("29155"));
    }
  }

  @Test
  void textIsEscapedEverywhere() throws Exception {
    api.message(1, 111, "private", "who breached the water utilities of Freedonia <b>&</b>?");
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(111).size() == 1);
      String text = api.sentTo(111).get(0).body().path("text").asText();
      assertTrue(text.contains("Tom &amp; Jerry &lt;script&gt; report"), text);
      assertTrue(text.contains("A &amp; B &lt;i&gt;News&lt;/i&gt;"), text);
      assertTrue(text.contains("href=\"https://example.org/odd?a=1&amp;b=2\""), text);
    }
  }

  @Test
  void aRateLimitedSendIsRetriedAfterTheTimeTelegramSays() throws Exception {
    api.tooMany.set(1);
    api.message(1, 111, "private", "who hacked romania?");
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(111).size() == 2);
      var calls = api.sentTo(111);
      assertTrue(calls.get(1).atNanos() - calls.get(0).atNanos() >= 900_000_000L, "waited retry_after");
    }
  }

  @Test
  void aRestartNeitherRepeatsNorDropsAnUpdate() throws Exception {
    api.message(1, 111, "private", "who hacked romania?");
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(111).size() == 1);
    }
    try (App app = App.open(config, db)) {
      // as if the last run had been killed after claiming update 2 and before answering it
      app.store().chatUpdates().claim(TelegramBot.SOURCE, 2, """
          {"update_id": 2, "message": {"message_id": 3, "date": 1700000000, "chat": {"id": 222, "type": "private"},
           "from": {"id": 229, "is_bot": false, "first_name": "B"}, "text": "Which GRU unit did Estonia blame?"}}
          """, java.time.Instant.now());
    }
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(222).size() == 1);
      Thread.sleep(700);
      assertEquals(1, api.sentTo(111).size(), "update 1 is not answered again");
      assertEquals(1, api.sentTo(222).size(), "the unfinished update is answered once");
    }
  }

  @Test
  void aSlowChatDoesNotHoldUpAnother() throws Exception {
    // the send to chat 111 does not come back until chat 333 has its answer: were chats answered
    // one after another, 333 would wait behind 111 until the fake gives up holding it
    api.heldChats.put(111L, a -> !a.sentTo(333).isEmpty());
    api.message(1, 111, "private", "who hacked romania?");
    api.message(2, 333, "private", "Which GRU unit did Estonia blame?");
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.deliveredTo(111).size() == 1 && a.sentTo(333).size() == 1);
      assertTrue(api.sentTo(333).get(0).atNanos() < api.deliveredTo(111).get(0).atNanos(),
          "chat 333 was answered while the send to chat 111 was still under way");
    }
  }

  @Test
  void buttonsAreAnsweredAndFeedbackIsStored() throws Exception {
    api.message(1, 111, "private", "who hacked romania?");
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(111).size() == 1);
      String data = api.sentTo(111).get(0).body().path("reply_markup").path("inline_keyboard").get(0).get(1)
          .path("callback_data").asText();
      long answerId = Long.parseLong(data.split(":")[1]);
      api.callback(2, 111, data);
      api.callback(3, 111, "q:" + answerId);
      api.await(a -> a.calls("answercallbackquery").size() == 2 && a.sentTo(111).size() == 2);
      assertEquals(1, app.store().answersGiven().score(answerId));
      assertTrue(api.sentTo(111).get(1).body().path("text").asText().contains("<blockquote>"));
    }
  }

  @Test
  void fromTheSampleStoreTheSourceAndTheQuotesSayTheyAreAttribotsSummaryNotQuotations() throws Exception {
    api.message(1, 111, "private", "who hacked romania?");
    try (App app = App.sample(config); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(111).size() == 1);
      var sent = api.sentTo(111).get(0).body();
      String text = sent.path("text").asText();
      assertTrue(text.contains("[1] <a href=\"https://caliber.az/en/post/nato-condemns-russian-cyberattacks-citing-threats-to-alliance-security\">"
          + "attribot's summary of: NATO condemns Russian cyberattacks, citing threats to alliance security</a> — Caliber.Az"), text);
      String data = sent.path("reply_markup").path("inline_keyboard").get(0).get(0).path("callback_data").asText();
      api.callback(2, 111, data);
      api.await(a -> a.sentTo(111).size() == 2);
      String quotes = api.sentTo(111).get(1).body().path("text").asText();
      assertTrue(quotes.startsWith("[1] <i>attribot's summary of: NATO condemns"), quotes);
      assertFalse(quotes.contains("<blockquote>"), "a summary is not shown as a quotation: " + quotes);
    }
  }

  @Test
  void aSlowAnswerShowsTypingFirst() throws Exception {
    // the model replies only once "typing…" has reached the chat: an answer that slow must show it
    try (LocalChatServer model = new LocalChatServer(r -> {
      awaitQuietly(a -> !a.calls("sendchataction").isEmpty());
      return LocalChatServer.openAi(LocalChatServer.answerJson("APT 28 targeted Romania [1].", List.of(1), true));
    })) {
      config = ConfigLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", "123:TEST", "ATTRIBOT_TELEGRAM_API_URL", api.url(),
          "ATTRIBOT_LLM_PROVIDER", "openai", "ATTRIBOT_LLM_BASE_URL", model.baseUrl(), "ATTRIBOT_LLM_MODEL", "m"));
      api.message(1, 111, "private", "who hacked romania?");
      try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
        api.await(a -> a.sentTo(111).size() == 1);
        assertEquals(1, api.calls("sendchataction").size());
        assertTrue(api.calls("sendchataction").get(0).atNanos() < api.sentTo(111).get(0).atNanos());
        assertTrue(api.sentTo(111).get(0).body().path("text").asText().startsWith("APT 28 targeted Romania [1]."));
      }
    }
  }

  @Test
  void whenTelegramRefusesTheHtmlThePlainTextGoesOut() throws Exception {
    api.refuseHtml.set(true);
    api.message(1, 111, "private", "who hacked romania?");
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(111).stream().anyMatch(c -> !c.body().hasNonNull("parse_mode")));
      String plain = api.sentTo(111).get(api.sentTo(111).size() - 1).body().path("text").asText();
      assertTrue(plain.contains("APT 28") && plain.contains("[1] NATO condemns Russian cyberattacks"), plain);
    }
  }

  @Test
  void aStrangerIsRefusedOnceThenIgnoredAndAFastAskerIsAskedToWait() throws Exception {
    config = ConfigLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", "123:TEST", "ATTRIBOT_TELEGRAM_API_URL", api.url(),
        "ATTRIBOT_TELEGRAM_ALLOWED_CHATS", "111", "ATTRIBOT_TELEGRAM_PER_MINUTE", "1"));
    api.message(1, 222, "private", "who hacked romania?");
    api.message(2, 222, "private", "who hacked romania?");
    api.message(3, 111, "private", "who hacked romania?");
    api.message(4, 111, "private", "Which GRU unit did Estonia blame?");
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(111).size() == 2 && a.sentTo(222).size() == 1);
      Thread.sleep(500);
      assertEquals(1, api.sentTo(222).size(), "one refusal, then silence");
      assertTrue(api.sentTo(222).get(0).body().path("text").asText().contains("private"));
      assertTrue(api.sentTo(111).get(1).body().path("text").asText().contains("please wait a minute"));
    }
  }

  @Test
  void anOverlongQuestionIsAskedToBeShortened() throws Exception {
    api.message(1, 111, "private", "why ".repeat(600));
    try (App app = App.open(config, db); TelegramRunner bot = run(app)) {
      api.await(a -> a.sentTo(111).size() == 1);
      assertTrue(api.sentTo(111).get(0).body().path("text").asText().startsWith("That question is 2,399 characters long; please shorten it to at most 2,000"));
    }
  }

  @Test
  void anUpdateThatArrivesWhileAnotherProcessHoldsTheStoreIsAnsweredOnceItIsFree() throws Exception {
    config = ConfigLoader.load(null, Map.of("TELEGRAM_BOT_TOKEN", "123:TEST", "ATTRIBOT_TELEGRAM_API_URL", api.url(),
        "ATTRIBOT_STORE_BUSY_TIMEOUT_MS", "100"));
    try (App app = App.open(config, db); TelegramRunner bot = run(app);
        java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
      other.createStatement().execute("BEGIN IMMEDIATE"); // another process writing, far longer than the busy timeout
      api.message(1, 111, "private", "who hacked romania?");
      api.await(a -> !a.calls("getupdates").isEmpty());
      Thread.sleep(4_000); // the update is polled, and every retry inside the store has failed
      assertTrue(api.confirmed() <= 1, "the update is not confirmed to Telegram while it is not recorded: " + api.confirmed());
      assertEquals(0, api.sentTo(111).size());
      other.createStatement().execute("COMMIT");
      api.await(a -> a.sentTo(111).size() == 1);
      assertTrue(api.sentTo(111).get(0).body().path("text").asText().contains("APT 28"));
    }
  }

  private void awaitQuietly(java.util.function.Predicate<LocalBotApi> test) {
    try {
      api.await(test);
    } catch (InterruptedException | AssertionError e) {
      // the test itself then finds what is missing
    }
  }
}
