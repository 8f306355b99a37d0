package org.attribot;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared evaluation data lives: the {@code attribot.shared} property Surefire sets, else {@code ../shared}. */
public final class Shared {
  private Shared() {}

  public static Path dir() {
    Path p = Path.of(System.getProperty("attribot.shared", "../shared"));
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException("shared data folder not found at " + p.toAbsolutePath());
    }
    return p;
  }

  public static Path devSet() {
    return dir().resolve("eval/dev");
  }
}
