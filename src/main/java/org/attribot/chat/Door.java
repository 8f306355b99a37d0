package org.attribot.chat;

/**
 * A chat door as the core knows it: its {@code name} (the source its records are kept under,
 * and the prefix of its conversations and destinations), the word for where a conversation
 * happens ("chat", "channel"), and the prefix its voters are stored under.
 */
public record Door(String name, String place, String voterPrefix) {
  public Door {
    if (name == null || !name.matches("[a-z][a-z0-9]*")) {
      throw new IllegalArgumentException("a door's name is lower-case letters and digits: " + name);
    }
    if (place == null || place.isBlank()) {
      throw new IllegalArgumentException("a door needs the word for its place");
    }
    voterPrefix = voterPrefix == null ? "" : voterPrefix;
  }
}
