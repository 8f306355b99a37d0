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
  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{\\{(\\w+)}}");

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

  /**
   * {@code text} made safe inside {@code <tag>…</tag>}: any opening or closing {@code tag}, in
   * any case and spacing ("</STATEMENT >", "<  /statement"), is written "< /statement", which
   * closes nothing.
   */
  public static String defuse(String text, String tag) {
    return text.replaceAll("(?i)<\\s*(/?)\\s*(" + java.util.regex.Pattern.quote(tag) + ")", "< $1$2");
  }

  /** The template with every {@code {{key}}} replaced by its value. */
  public static String render(String template, Map<String, String> values) {
    // one pass over the template: a value is never searched for placeholders itself
    java.util.regex.Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    return m.appendTail(out).toString();
  }
}
