package org.attribot.actor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attribot.input.JsonFault;

/**
 * Reads and writes gazetteer files: a JSON array of entity objects with the fields
 * {@code canonical}, {@code kind}, {@code aliases}, {@code sponsor} and {@code state}.
 * Written files hold one entity per line, omit null and empty fields, and end with a newline.
 */
final class GazetteerJson {

  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private GazetteerJson() {}

  /** Parses a gazetteer from {@code in}; {@code source} names it in error messages. */
  static List<Entity> read(InputStream in, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      String at = JsonFault.position(e, 0);
      throw new IllegalArgumentException(source + ": not valid JSON" + (at == null ? "" : " at " + at) + ": "
          + JsonFault.describe(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(source + ": a gazetteer file is a JSON array of entities");
    }
    List<Entity> out = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      out.add(entity(root.get(i), source, i));
    }
    return out;
  }

  /** One entity object, checked field by field (faster and clearer than data binding). */
  private static Entity entity(JsonNode node, String source, int i) {
    String where = source + ": entity [" + i + "]";
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + " is not an object");
    }
    String canonical = text(node, "canonical", where);
    if (canonical == null || canonical.isBlank()) {
      throw new IllegalArgumentException(where + " has no \"canonical\" name");
    }
    String kindName = text(node, "kind", where);
    Entity.Kind kind;
    try {
      kind = Entity.Kind.valueOf(kindName == null ? "" : kindName.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + " (" + canonical + ") has kind " + kindName
          + "; expected one of ACTOR, ORGANISATION, COUNTRY", e);
    }
    List<String> aliases = new ArrayList<>();
    JsonNode list = node.get("aliases");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw new IllegalArgumentException(where + " (" + canonical + "): \"aliases\" is not an array");
      }
      for (JsonNode alias : list) {
        if (!alias.isTextual()) {
          throw new IllegalArgumentException(where + " (" + canonical + "): an alias is not a string: " + alias);
        }
        aliases.add(alias.asText());
      }
    }
    return new Entity(canonical, kind, aliases, text(node, "sponsor", where), text(node, "state", where));
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" is not a string");
    }
    return value.asText();
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
      Entity e = entities.get(i);
      ObjectNode node = MAPPER.createObjectNode();
      node.put("canonical", e.canonical());
      node.put("kind", e.kind().name());
      if (!e.aliases().isEmpty()) {
        ArrayNode aliases = node.putArray("aliases");
        e.aliases().forEach(aliases::add);
      }
      if (e.sponsor() != null) {
        node.put("sponsor", e.sponsor());
      }
      if (e.state() != null) {
        node.put("state", e.state());
      }
      try {
        sb.append(MAPPER.writeValueAsString(node));
      } catch (JsonProcessingException ex) {
        throw new IllegalStateException("cannot serialise " + e, ex);
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
