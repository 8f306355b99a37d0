package org.attribot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import org.attribot.chat.ChatLedger;
import org.attribot.conversation.Repeat;
import org.attribot.StorePorts;
import org.attribot.chat.SentParts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The parts of a reply and what the store knows of them, on a real SQLite file. The client is
 * mocked only to fail after the request left, which a live server cannot be made to do.
 */
class OutboxTest {
  @TempDir Path dir;
  StorePorts store;
  TelegramClient client = mock(TelegramClient.class);

  @BeforeEach
  void open() {
    store = StorePorts.sqlite(dir.resolve("s.db"), 1000, Clock.systemUTC());
  }

  ChatLedger ledger() {
    return new ChatLedger(TelegramBot.DOOR, store.chatUpdates(), store.sentParts(),
        Clock.systemUTC());
  }

  @AfterEach
  void close() {
    store.close();
  }

  static SendMessage message(String text) {
    return SendMessage.builder().chatId(7L).text(text).build();
  }

  static Message id(int id) {
    Message m = new Message();
    m.setMessageId(id);
    return m;
  }

  @Test
  void aSendCutOffAfterTheRequestLeftIsSentOnceMoreMarkedAndRecordedAsSent() throws Exception {
    when(client.execute(any(SendMessage.class))).thenThrow(new TelegramApiException("connection reset")).thenReturn(id(9));
    new Outbox(new TelegramSender(client), ledger(), 1).send(message("APT28 did it [1]."));
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(client, times(2)).execute(sent.capture());
    assertEquals("APT28 did it [1].", sent.getAllValues().get(0).getText());
    assertEquals(Repeat.marked("APT28 did it [1]."), sent.getAllValues().get(1).getText());
    assertEquals(SentParts.State.SENT, store.sentParts().state(TelegramBot.SOURCE, 1, 0));
  }

  @Test
  void afterARestartSentPartsAreSkippedAndThePartInDoubtIsMarked() throws Exception {
    store.sentParts().sending(TelegramBot.SOURCE, 5, 0, Clock.systemUTC().instant());
    store.sentParts().sent(TelegramBot.SOURCE, 5, 0, "1", Clock.systemUTC().instant());
    store.sentParts().sending(TelegramBot.SOURCE, 5, 1, Clock.systemUTC().instant()); // killed during this call
    when(client.execute(any(SendMessage.class))).thenReturn(id(10), id(11));
    Outbox again = new Outbox(new TelegramSender(client), ledger(), 5);
    again.send(message("part one"));
    again.send(message("part two"));
    again.send(message("part three"));
    ArgumentCaptor<SendMessage> sent = ArgumentCaptor.forClass(SendMessage.class);
    verify(client, times(2)).execute(sent.capture());
    assertEquals(Repeat.marked("part two"), sent.getAllValues().get(0).getText());
    assertEquals("part three", sent.getAllValues().get(1).getText());
  }

  @Test
  void aPartTelegramRefusedCountsAsNeverSent() throws Exception {
    TelegramApiRequestException refused = mock(TelegramApiRequestException.class);
    when(client.execute(any(SendMessage.class))).thenThrow(refused);
    Outbox out = new Outbox(new TelegramSender(client), ledger(), 3);
    assertThrows(TelegramApiRequestException.class, () -> out.send(message("x")));
    assertEquals(SentParts.State.NEW, store.sentParts().state(TelegramBot.SOURCE, 3, 0));
  }
}
