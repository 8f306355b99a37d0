package org.attribot.chat;

import java.time.Clock;
import java.util.List;

/**
 * What one door has received and sent, so a restart neither drops nor repeats anything: each
 * piece of work (an update, an event) is claimed before it is acknowledged and marked done when
 * handled, and each part of a reply is recorded before and after the platform is called.
 */
public final class ChatLedger {
  /** What to do with a part of a reply. */
  public enum Step {
    /** Send it. */
    SEND,
    /** An earlier run may or may not have sent it: send it again, marked as a repeat. */
    SEND_AGAIN,
    /** An earlier run sent it: do not send it again. */
    SKIP
  }

  private final String source;
  private final ChatUpdates updates;
  private final SentParts parts;
  private final Clock clock;

  public ChatLedger(Door door, ChatUpdates updates, SentParts parts, Clock clock) {
    this.source = door.name();
    this.updates = updates;
    this.parts = parts;
    this.clock = clock;
  }

  /** Keeps a piece of work with its payload: true the first time it is seen, false ever after. */
  public boolean claim(long work, String payload) {
    return updates.claim(source, work, payload, clock.instant());
  }

  /** The payloads of the work an earlier run claimed but never finished, oldest first. */
  public List<String> unfinished() {
    return updates.unfinished(source);
  }

  public void done(long work) {
    updates.done(source, work);
  }

  /** Before a part is sent: what to do with it, recorded as being sent unless an earlier run sent it. */
  public Step sending(long work, int part) {
    SentParts.State state = parts.state(source, work, part);
    if (state == SentParts.State.SENT) {
      return Step.SKIP;
    }
    parts.sending(source, work, part, clock.instant());
    return state == SentParts.State.SENDING ? Step.SEND_AGAIN : Step.SEND;
  }

  /** The platform took the part ({@code messageId} may be null). */
  public void sent(long work, int part, String messageId) {
    parts.sent(source, work, part, messageId, clock.instant());
  }

  /** The platform refused the part: it was not sent. */
  public void notSent(long work, int part) {
    parts.notSent(source, work, part);
  }
}
