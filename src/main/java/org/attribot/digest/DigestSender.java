package org.attribot.digest;

import java.time.Duration;
import java.util.List;

/**
 * A platform's way of delivering digests (Telegram, Slack). An implementation translates:
 * it renders a digest into messages within the platform's limits and reports what the
 * platform answered to one message as a {@link SendResult}; it never retries, waits or
 * decides what happens next.
 */
public interface DigestSender extends AutoCloseable {
  /** The platform of the destinations it serves: {@code telegram} or {@code slack}. */
  String platform();

  /** How fast the platform takes messages. */
  Limits limits();

  /** The digest as the messages to send, in order, each within the platform's limits. */
  List<String> render(Digest digest);

  /** A rendered message with {@link org.attribot.conversation.Repeat#NOTE} first, for a part sent again. */
  String markRepeat(String message);

  /** Sends one rendered message to a destination id (a chat id, a channel id). */
  SendResult send(String destinationId, String message);

  /** Releases the client the sender holds, if it opened one; whoever made the sender closes it. */
  @Override
  default void close() {}

  /** At most {@code perSecond} messages a second in all, and one a destination every {@code perDestination}. */
  record Limits(int perSecond, Duration perDestination) {
    public Limits {
      if (perSecond < 1) {
        throw new IllegalArgumentException("perSecond < 1: " + perSecond);
      }
    }
  }
}
