package org.attribot.chat;

/**
 * Where a request comes from on its door: the {@code place} (a chat or channel id), who asked
 * ({@code user}; null when unknown, the place counts for them), and the conversation it belongs to.
 */
public record Origin(String place, String user, String conversation) {
  public Origin {
    if (place == null || place.isBlank()) {
      throw new IllegalArgumentException("a request comes from a place");
    }
    if (conversation == null || conversation.isBlank()) {
      throw new IllegalArgumentException("a request belongs to a conversation");
    }
  }

  /** Whom the rate limit counts: the user, else the place. */
  String asker() {
    return user == null ? place : user;
  }
}
