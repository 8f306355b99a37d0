package org.attribot.chat;

import java.time.Instant;
import java.util.List;

/**
 * The pieces of chat work each door has received (a Telegram update, a Slack event), by
 * {@code source} and a number. A piece claimed but never marked done is handed back after a
 * restart, so none is dropped and none handled twice.
 */
public interface ChatUpdates {
  /** Keeps the payload; true the first time the piece is seen, false ever after. */
  boolean claim(String source, long updateId, String payload, Instant now);

  /** The payloads claimed but never done, oldest first. */
  List<String> unfinished(String source);

  /** Marks a piece handled, so it is never handled again. */
  void done(String source, long updateId);
}
