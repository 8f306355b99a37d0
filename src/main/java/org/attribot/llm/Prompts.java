package org.attribot.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The prompt templates, read once at start: from the configured folder when it has the
 * file, else the default inside the jar. {@code {{name}}} placeholders are filled by
 * {@link #render}.
 */
public record Prompts(String system, String answer, String rewrite, String claims) {
  public static Prompts load(Path folder) {
    return new Prompts(read(folder, "system.txt"), read(folder, "answer.txt"), read(folder, "rewrite.txt"),
        read(folder, "claims.txt"));
  }

  /** One template by file name ({@code digest.txt}): from {@code folder} when it has it, else the jar's. */
  public static String template(Path folder, String name) {
    return read(folder, name);
  }

  private static String read(Path folder, String name) {
    try {
      if (folder != null && Files.isRegularFile(folder.resolve(name))) {
        return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
      }
      try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + name)) {
        if (in == null) {
          throw new IllegalStateException("prompt " + name + " is missing from the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompt " + name + ": " + e.getMessage(), e);
    }
  }

  /** The template with every {@code {{key}}} replaced by its value. */
  public static String render(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    return out;
  }
}
