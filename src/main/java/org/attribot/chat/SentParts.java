package org.attribot.chat;

import java.time.Instant;

/**
 * The parts of a reply sent for one piece of chat work: {@link #sending} is kept before the
 * platform is called and {@link #sent} after it answered. After a crash a part is
 * {@link State#SENT}, {@link State#NEW} (never tried, or refused) or {@link State#SENDING} (in doubt).
 */
public interface SentParts {
  /** What is known of one part. */
  enum State { NEW, SENDING, SENT }

  State state(String source, long key, int part);

  void sending(String source, long key, int part, Instant now);

  void sent(String source, long key, int part, String messageId, Instant now);

  /** Forgets a part the platform refused: it was not sent. */
  void notSent(String source, long key, int part);
}
