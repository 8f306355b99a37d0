package org.attribot.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attribot.input.JsonFault;

/**
 * Reads statements from JSON (one object, or an array), JSON Lines (one object a line) and
 * Markdown or plain text with a front-matter header ({@code ---} / {@code key: value} /
 * {@code ---}). Every fault becomes a {@link Parsed.Failed} naming the file (and line), never
 * an exception, so one bad statement never stops the others.
 */
public final class StatementReader {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper YAML = new YAMLMapper();

  private final long maxFileBytes;

  public StatementReader(long maxFileBytes) {
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes < 1: " + maxFileBytes);
    }
    this.maxFileBytes = maxFileBytes;
  }

  /** The formats this reader understands, by file name; null when the name is none of them. */
  public static Format formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.JSON_LINES;
    }
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
      return Format.FRONT_MATTER;
    }
    return null;
  }

  public enum Format { JSON, JSON_LINES, FRONT_MATTER }

  public List<Parsed> read(Path file) {
    String where = file.toString();
    Format format = formatOf(file);
    if (format == null) {
      return List.of(new Parsed.Failed(where, "not a statement file (want .json, .jsonl, .md or .txt)"));
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxFileBytes) {
        return List.of(new Parsed.Failed(where, String.format(Locale.ROOT,
            "file is %.1f MB, over the %.1f MB limit (ingest.max_file_mb)", size / 1e6, maxFileBytes / 1e6)));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return List.of(new Parsed.Failed(where, "file vanished before it could be read"));
    } catch (IOException e) {
      return List.of(new Parsed.Failed(where, "cannot read: " + e.getMessage()));
    }
    return read(where, bytes, format);
  }

  /** Reads statements from bytes already in memory; {@code where} names them in messages. */
  public List<Parsed> read(String where, byte[] bytes, Format format) {
    if (bytes.length > maxFileBytes) {
      return List.of(new Parsed.Failed(where, "over the size limit (ingest.max_file_mb)"));
    }
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (InvalidUtf8 e) {
      return List.of(new Parsed.Failed(where, e.getMessage()));
    }
    if (text.isBlank()) {
      return List.of(new Parsed.Failed(where, "empty file"));
    }
    return switch (format) {
      case JSON -> readJson(where, text);
      case JSON_LINES -> readJsonLines(where, text);
      case FRONT_MATTER -> List.of(readFrontMatter(where, text));
    };
  }

  private List<Parsed> readJson(String where, String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return List.of(new Parsed.Failed(where, malformed(e, 0)));
    }
    if (root.isArray()) {
      List<Parsed> out = new ArrayList<>();
      for (int i = 0; i < root.size(); i++) {
        out.add(fromNode(where + "[" + i + "]", root.get(i), null, true));
      }
      return out.isEmpty() ? List.of(new Parsed.Failed(where, "empty JSON array")) : out;
    }
    return List.of(fromNode(where, root, null, true));
  }

  private List<Parsed> readJsonLines(String where, String text) {
    List<Parsed> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String at = where + ":" + (i + 1);
      try {
        out.add(fromNode(at, JSON.readTree(line), null, true));
      } catch (JsonProcessingException e) {
        out.add(new Parsed.Failed(at, malformed(e, i)));
      }
    }
    return out;
  }

  private Parsed readFrontMatter(String where, String text) {
    String body = text;
    JsonNode header = JSON.createObjectNode();
    if (text.startsWith("---")) {
      int close = text.indexOf("\n---", 3);
      if (close < 0) {
        return new Parsed.Failed(where, "front matter opened with --- on line 1 is never closed");
      }
      try {
        JsonNode parsed = YAML.readTree(text.substring(text.indexOf('\n') + 1, close + 1));
        if (parsed != null && !parsed.isMissingNode() && !parsed.isNull()) {
          if (!parsed.isObject()) {
            return new Parsed.Failed(where, "front matter is not a list of key: value lines");
          }
          header = parsed;
        }
      } catch (JsonProcessingException e) {
        String at = JsonFault.position(e, 1);
        return new Parsed.Failed(where, "malformed front matter" + (at == null ? "" : " at " + at) + ": " + JsonFault.describe(e));
      }
      int bodyStart = text.indexOf('\n', close + 1);
      body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
    }
    return fromNode(where, header, body.strip(), false);
  }

  private static String malformed(JsonProcessingException e, int lineOffset) {
    String at = JsonFault.position(e, lineOffset);
    return "malformed JSON" + (at == null ? "" : " at " + at) + ": " + JsonFault.describe(e);
  }

  /**
   * Builds the statement from a JSON/YAML object; {@code body} overrides a {@code text} field. {@code quoted}: every
   * field must be a JSON string (in a front-matter header, where YAML needs no quotes, any single value is read as text).
   */
  private static Parsed fromNode(String where, JsonNode node, String body, boolean quoted) {
    if (node == null || !node.isObject()) {
      return new Parsed.Failed(where, "expected a JSON object with a \"text\" field");
    }
    Fields f = new Fields(node, quoted);
    try {
      String text = body != null ? body : f.string("text");
      if (text == null || text.isBlank()) {
        return new Parsed.Failed(where, "missing text (the \"text\" field, or the body after the front matter)");
      }
      text = text.replace("\r\n", "\n");
      String title = f.string("title");
      if (title == null || title.isBlank()) {
        title = firstLine(text);
      }
      String url = f.string("url");
      String id = f.string("id");
      if (id == null || id.isBlank()) {
        id = Statement.generatedId(url, title, text);
      }
      return new Parsed.Ok(where, new Statement(id.strip(), title, f.string("publisher"),
          f.string("author"), date(f.string("published")), url, f.string("language"), text, Statement.Kind.of(f.string("kind"))));
    } catch (IllegalArgumentException e) {
      return new Parsed.Failed(where, e.getMessage());
    }
  }

  /** The fields of one statement object, each a string or absent. */
  private record Fields(JsonNode node, boolean quoted) {
    String string(String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (value.isTextual() || (!quoted && value.isValueNode())) {
        return value.asText();
      }
      throw new IllegalArgumentException("\"" + field + "\" is " + kind(value) + "; it must be a string in double quotes"
          + (value.isValueNode() ? ", such as \"" + abbreviate(value.asText()) + "\"" : ""));
    }

    private static String kind(JsonNode value) {
      return switch (value.getNodeType()) {
        case ARRAY -> "a list [ … ]";
        case OBJECT -> "an object { … }";
        case NUMBER -> "the number " + abbreviate(value.asText());
        case BOOLEAN -> "the value " + value.asText();
        default -> "not text";
      };
    }
  }

  private static LocalDate date(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    try {
      return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"published\" is not a date: \"" + abbreviate(value) + "\" (want YYYY-MM-DD)");
    }
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("").replaceFirst("^#+\\s*", "").strip();
    return line.length() > 200 ? line.substring(0, 200) : line;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static String decodeUtf8(byte[] bytes) throws InvalidUtf8 {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InvalidUtf8("invalid UTF-8 at byte " + in.position() + " (save the file as UTF-8)");
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static final class InvalidUtf8 extends Exception {
    InvalidUtf8(String message) {
      super(message);
    }
  }
}
