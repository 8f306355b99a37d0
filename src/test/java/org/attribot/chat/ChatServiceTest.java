package org.attribot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attribot.App;
import org.attribot.Shared;
import org.attribot.config.ConfigLoader;
import org.attribot.digest.Destination;
import org.attribot.ingest.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat use cases on a real SQLite file, as two doors with different words for the same thing see them. */
class ChatServiceTest {
  static final Door CHAT = new Door("telegram", "chat", "");
  static final Door CHANNEL = new Door("slack", "channel", "slack:");
  @TempDir static Path dir;
  static App app;
  static final List<String> forgotten = new ArrayList<>();

  @BeforeAll
  static void open() throws Exception {
    app = App.open(ConfigLoader.load(null, Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0")), dir.resolve("chat.db"));
    app.ingest().ingest(List.of(Shared.devSet()), Progress.NONE);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  static ChatService door(Door door, int perMinute) {
    Answerer real = app.answerer();
    return app.chat(door, perMinute, Clock.systemUTC(), new Answerer() {
      public org.attribot.answer.Answer ask(String conversation, String question) {
        return real.ask(conversation, question);
      }

      public void forget(String conversation) {
        forgotten.add(conversation);
        real.forget(conversation);
      }
    });
  }

  @Test
  void theSameCommandIsRoutedTheSameWayForEitherDoor() {
    Command typed = Command.ofWords("Actor  Fancy Bear ");
    assertEquals(new Command("actor", "Fancy Bear"), typed);
    ChatReply telegram = door(CHAT, 30).handle(new Origin("111", "7", "telegram:111"), typed);
    ChatReply slack = door(CHANNEL, 30).handle(new Origin("C1", "U1", "slack:C1:U1"), typed);
    assertInstanceOf(ChatReply.Actors.class, telegram);
    assertEquals(telegram, slack);
    assertEquals(new ChatReply.Usage("actor"), door(CHAT, 30).handle(new Origin("111", "7", "telegram:111"), new Command("actor", "")));
    assertEquals(new ChatReply.Message("No actor, agency or country called \u201cNobody Bear\u201d in my list."),
        door(CHANNEL, 30).handle(new Origin("C1", "U1", "slack:C1:U1"), new Command("actor", "Nobody Bear")));
    ChatReply.Sources sources = (ChatReply.Sources) door(CHANNEL, 30).handle(new Origin("C1", "U1", "c"), Command.ofWords("sources"));
    assertEquals(app.store().statements().latest(5), sources.statements());
    ChatReply.Intro intro = (ChatReply.Intro) door(CHAT, 30).handle(new Origin("111", null, "c"), new Command("start", ""));
    assertEquals(app.store().statements().statementCount(), intro.statements());
    assertEquals(new ChatReply.Unknown("frobnicate"), door(CHAT, 30).handle(new Origin("111", null, "c"), new Command("frobnicate", "")));
    assertEquals(Command.ask("sources of the Bybit theft?"), Command.ofWords("sources of the Bybit theft?"));
    assertEquals(new Command("help", ""), Command.ofWords("  "));
  }

  @Test
  void anAnswerIsRecordedForItsPlaceAndItsVotesAreKeptUnderEachDoorsVoter() {
    ChatService slack = door(CHANNEL, 30);
    ChatReply.Answered answered = (ChatReply.Answered) slack.handle(new Origin("C2", "U2", "slack:C2:U2"),
        Command.ask("who hacked Romania?"));
    assertFalse(answered.answer().citations().isEmpty(), "the dev set answers it with sources");
    assertEquals(Optional.of(answered), slack.given(String.valueOf(answered.id())));
    assertEquals(ChatService.THANKS, slack.vote(String.valueOf(answered.id()), "U2", 1).text());
    assertEquals(ChatService.THANKS, door(CHAT, 30).vote(String.valueOf(answered.id()), "42", -5).text());
    assertEquals(ChatService.THANKS, slack.vote(String.valueOf(answered.id()), "U2", -1).text()); // changed their mind
    assertEquals(-2, app.store().answersGiven().score(answered.id()));
    assertEquals(ChatService.EXPIRED, slack.vote("999999", "U2", 1).text());
    assertEquals(ChatService.EXPIRED, slack.vote("not a number", "U2", 1).text());
    assertEquals(Optional.empty(), slack.given("999999"));
  }

  @Test
  void subscribingSpeaksOfTheDoorsPlaceAndWritesItsDestination() {
    ChatService telegram = door(CHAT, 30);
    Origin origin = new Origin("-100123", "7", "telegram:-100123");
    ChatReply.Message subscribed = (ChatReply.Message) telegram.handle(origin, new Command("subscribe", "07:30 Europe/Paris"));
    assertEquals("Subscribed: the daily digest comes here at 07:30 (Europe/Paris).", subscribed.text());
    assertTrue(app.subscriptions().find(new Destination(Destination.TELEGRAM, "-100123")).isPresent());
    assertEquals(new ChatReply.Message("Unsubscribed: no more digest here."), telegram.handle(origin, new Command("unsubscribe", "")));
    assertEquals(new ChatReply.Message("This chat was not subscribed."), telegram.handle(origin, new Command("unsubscribe", "")));
    assertEquals(new ChatReply.Message("This channel was not subscribed."),
        door(CHANNEL, 30).handle(new Origin("C3", "U3", "slack:C3:U3"), Command.ofWords("unsubscribe")));
  }

  @Test
  void resetForgetsTheConversationItCameFrom() {
    assertEquals(new ChatReply.Message("Forgotten. Ask anew."),
        door(CHANNEL, 30).handle(new Origin("C4", "U4", "slack:C4:1700000000.000100"), Command.ofWords("reset")));
    assertTrue(forgotten.contains("slack:C4:1700000000.000100"), forgotten.toString());
  }

  @Test
  void aQuestionIsRefusedWhenMissingTooLongOrTooFastAndOnlyQuestionsCount() {
    ChatService chat = door(CHAT, 2);
    Origin me = new Origin("5", "55", "telegram:5");
    assertEquals(Optional.of(new ChatReply.Usage(Command.ASK)), chat.refusal(me, Command.ask(" "), true));
    String huge = "x".repeat(app.questionLimit().maxChars() + 1);
    assertEquals(Optional.of(new ChatReply.Message(app.questionLimit().refusal(huge).orElseThrow())),
        chat.refusal(me, Command.ask(huge), true));
    assertEquals(Optional.empty(), chat.refusal(me, new Command("sources", ""), true));
    assertEquals(Optional.empty(), chat.refusal(me, Command.ask("who hacked Romania?"), true));
    assertEquals(Optional.empty(), chat.refusal(me, Command.ask("who hacked Sweden?"), true));
    assertEquals(Optional.of(new ChatReply.Message(ChatService.TOO_FAST)), chat.refusal(me, Command.ask("and Norway?"), true));
    assertEquals(Optional.empty(), chat.refusal(me, Command.ask("and Norway?"), false), "a question handled again is not counted");
    assertEquals(Optional.empty(), chat.refusal(new Origin("5", "66", "telegram:5"), Command.ask("and Norway?"), true));
    ChatService one = door(CHANNEL, 1);
    assertEquals(Optional.empty(), one.refusal(new Origin("C5", null, "x"), Command.ask("a"), true));
    assertEquals(Optional.of(new ChatReply.Message(ChatService.TOO_FAST)),
        one.refusal(new Origin("C5", null, "y"), Command.ask("b"), true), "without a user, the place counts");
  }

  @Test
  void eachDoorKeepsItsOwnLedgerOfWorkReceivedAndPartsSent() {
    ChatLedger telegram = door(CHAT, 30).ledger();
    ChatLedger slack = door(CHANNEL, 30).ledger();
    assertTrue(telegram.claim(77, "{\"update_id\":77}"));
    assertFalse(telegram.claim(77, "{\"update_id\":77}"), "seen before");
    assertTrue(slack.claim(77, "{\"event_id\":\"Ev77\"}"), "the same number at another door is other work");
    assertTrue(telegram.unfinished().contains("{\"update_id\":77}"));
    telegram.done(77);
    assertFalse(telegram.unfinished().contains("{\"update_id\":77}"));
    assertTrue(slack.unfinished().contains("{\"event_id\":\"Ev77\"}"));

    assertEquals(ChatLedger.Step.SEND, slack.sending(77, 0));
    assertEquals(ChatLedger.Step.SEND_AGAIN, slack.sending(77, 0), "killed during the call: in doubt");
    slack.sent(77, 0, "ts-1");
    assertEquals(ChatLedger.Step.SKIP, slack.sending(77, 0));
    assertEquals(ChatLedger.Step.SEND, telegram.sending(77, 0));
    telegram.notSent(77, 0);
    assertEquals(ChatLedger.Step.SEND, telegram.sending(77, 0), "a part refused was never sent");
  }
}
