package org.attribot.actor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes gazetteer files: a JSON array of entity objects with the fields
 * {@code canonical}, {@code kind}, {@code aliases}, {@code sponsor} and {@code state}.
 * Written files hold one entity per line, omit null and empty fields, and end with a newline.
 */
final class GazetteerJson {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .serializationInclusion(JsonInclude.Include.NON_EMPTY)
      .build();

  private GazetteerJson() {}

  /** Parses a gazetteer from {@code in}; {@code source} names it in error messages. */
  static List<Entity> read(InputStream in, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(source + ": a gazetteer file is a JSON array of entities");
    }
    List<Entity> out = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      try {
        out.add(MAPPER.treeToValue(root.get(i), Entity.class));
      } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
        String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        throw new IllegalArgumentException(source + ": entity [" + i + "] is not valid: " + why, e);
      }
    }
    return out;
  }

  /** Parses the gazetteer file at {@code file}. */
  static List<Entity> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("gazetteer file not found: " + file);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The file text for {@code entities}: one compact JSON object per line. */
  static String toJson(List<Entity> entities) {
    StringBuilder sb = new StringBuilder(entities.size() * 120);
    sb.append("[\n");
    for (int i = 0; i < entities.size(); i++) {
      try {
        sb.append(MAPPER.writeValueAsString(entities.get(i)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot serialise " + entities.get(i), e);
      }
      sb.append(i + 1 < entities.size() ? ",\n" : "\n");
    }
    return sb.append("]\n").toString();
  }

  /** Writes {@code entities} to {@code out} (parent folders created, file replaced). */
  static void write(List<Entity> entities, Path out) {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, toJson(entities), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write gazetteer file " + out + ": " + e.getMessage(), e);
    }
  }
}
