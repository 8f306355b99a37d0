package org.attribot.conversation;

/**
 * The one policy for a message whose sending was cut short by a crash (recorded as being sent,
 * never as sent): it is sent once more, with {@link #NOTE} first, since the platform may or may
 * not have it and neither Telegram nor Slack can be asked.
 */
public final class Repeat {
  /** Put before a message sent again when an earlier try's outcome is unknown. */
  public static final String NOTE = "(Sent again after a restart; you may have had this already.)";

  private Repeat() {}

  /** {@code text} with the note as its first paragraph. */
  public static String marked(String text) {
    return NOTE + "\n\n" + text;
  }
}
