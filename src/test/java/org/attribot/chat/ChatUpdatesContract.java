package org.attribot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attribot.StoreContract;
import org.junit.jupiter.api.Test;

/** What every engine's {@link ChatUpdates} does: each piece claimed once, handed back until done. */
public abstract class ChatUpdatesContract extends StoreContract {
  @Test
  void aPieceIsClaimedOnceAndHandedBackUntilDone() {
    ChatUpdates updates = store.chatUpdates();
    assertTrue(updates.claim("telegram", 7, "{\"n\":7}", START));
    assertFalse(updates.claim("telegram", 7, "{\"again\":7}", START), "a piece seen before");
    assertTrue(updates.claim("telegram", 3, "{\"n\":3}", START));
    assertEquals(List.of("{\"n\":3}", "{\"n\":7}"), updates.unfinished("telegram"), "oldest first");
    updates.done("telegram", 3);
    assertEquals(List.of("{\"n\":7}"), updates.unfinished("telegram"));
    assertFalse(updates.claim("telegram", 3, "{\"n\":3}", START), "a piece done is never handled again");
  }

  @Test
  void eachDoorKeepsItsOwnPieces() {
    ChatUpdates updates = store.chatUpdates();
    assertTrue(updates.claim("telegram", 1, "t", START));
    assertTrue(updates.claim("slack", 1, "s", START), "the same number from another door is another piece");
    updates.done("slack", 1);
    assertEquals(List.of("t"), updates.unfinished("telegram"));
    assertEquals(List.of(), updates.unfinished("slack"));
  }
}
