package org.attribot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.attribot.StoreContract;
import org.junit.jupiter.api.Test;

/** What every engine's {@link SentParts} does: each part of a reply new, being sent, or sent. */
public abstract class SentPartsContract extends StoreContract {
  @Test
  void aPartGoesFromNewToSendingToSent() {
    SentParts parts = store.sentParts();
    assertEquals(SentParts.State.NEW, parts.state("telegram", 5, 0));
    parts.sending("telegram", 5, 0, START);
    assertEquals(SentParts.State.SENDING, parts.state("telegram", 5, 0));
    parts.sent("telegram", 5, 0, "m1", START);
    assertEquals(SentParts.State.SENT, parts.state("telegram", 5, 0));
    assertEquals(SentParts.State.NEW, parts.state("telegram", 5, 1), "each part on its own");
    assertEquals(SentParts.State.NEW, parts.state("slack", 5, 0), "each door on its own");
  }

  @Test
  void aPartSentAgainIsSendingAndARefusedOneIsNewAgain() {
    SentParts parts = store.sentParts();
    parts.sending("slack", 2, 0, START);
    parts.sending("slack", 2, 0, START.plusSeconds(1));
    assertEquals(SentParts.State.SENDING, parts.state("slack", 2, 0));
    parts.notSent("slack", 2, 0);
    assertEquals(SentParts.State.NEW, parts.state("slack", 2, 0));
  }
}
