package org.attribot.digest;

import java.util.Objects;

/**
 * Where a digest goes, written {@code telegram:<chat id>} or {@code slack:<channel id>} in the
 * CLI, the store and the logs.
 */
public record Destination(String platform, String id) {
  public static final String TELEGRAM = "telegram";
  public static final String SLACK = "slack";

  public Destination {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(id, "id");
    if (!platform.equals(TELEGRAM) && !platform.equals(SLACK)) {
      throw new IllegalArgumentException("a destination is telegram:<chat id> or slack:<channel id>, not " + platform + ":" + id);
    }
    if (platform.equals(TELEGRAM) && !id.matches("-?\\d{1,20}")) {
      throw new IllegalArgumentException("a Telegram chat id is a number: telegram:" + id);
    }
    if (platform.equals(SLACK) && !id.matches("[A-Z0-9]{2,30}")) {
      throw new IllegalArgumentException("a Slack channel id is like C0123ABCD: slack:" + id);
    }
  }

  /** Reads {@code telegram:123} or {@code slack:C0123}. */
  public static Destination parse(String text) {
    String t = text == null ? "" : text.strip();
    int colon = t.indexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("a destination is telegram:<chat id> or slack:<channel id>, not '" + t + "'");
    }
    return new Destination(t.substring(0, colon).toLowerCase(java.util.Locale.ROOT), t.substring(colon + 1));
  }

  @Override
  public String toString() {
    return platform + ":" + id;
  }
}
