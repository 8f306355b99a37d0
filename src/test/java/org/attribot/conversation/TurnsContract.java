package org.attribot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attribot.StoreContract;
import org.junit.jupiter.api.Test;

/** What every engine's {@link Turns} does: each conversation's newest turns, oldest first. */
public abstract class TurnsContract extends StoreContract {
  static Turn turn(int n) {
    return new Turn(START.plusSeconds(n), "q" + n, "standalone " + n, "a" + n);
  }

  @Test
  void theNewestTurnsAreKeptAndReadOldestFirst() {
    for (int n = 1; n <= 5; n++) {
      store.turns().add("c", turn(n), 3);
    }
    assertEquals(List.of(turn(3), turn(4), turn(5)), store.turns().last("c", 10));
    assertEquals(List.of(turn(4), turn(5)), store.turns().last("c", 2));
  }

  @Test
  void conversationsAreApartAndForgettingOneKeepsTheOthers() {
    store.turns().add("c", turn(1), 5);
    store.turns().add("d", turn(2), 5);
    assertEquals(List.of(turn(1)), store.turns().last("c", 5));
    store.turns().forget("c");
    assertEquals(List.of(), store.turns().last("c", 5));
    assertEquals(List.of(turn(2)), store.turns().last("d", 5));
    assertEquals(List.of(), store.turns().last("unknown", 5));
  }
}
