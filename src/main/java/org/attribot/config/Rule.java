package org.attribot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Checks one setting's text and gives the value its {@link Config} record component binds, or refuses it with the
 * rest of a sentence that names what to write (never a Java class or the parser's wording).
 */
@FunctionalInterface
interface Rule {
  Rule TEXT = TextNode::valueOf;

  JsonNode read(String text);

  /** A refusal: the rest of a sentence that begins with where the value came from and the key (" must be …"). */
  final class Refused extends RuntimeException {
    Refused(String rest) {
      super(rest, null, false, false);
    }
  }

  static Rule whole(int min, int max) {
    return ranged("a whole number", Integer::valueOf, min, max, IntNode::valueOf);
  }

  static Rule decimal(double min, double max) {
    return ranged("a number", Double::valueOf, min, max, DoubleNode::valueOf);
  }

  /** A number {@code parse} reads, from {@code min} to {@code max} (NaN is outside every range). */
  private static <N extends Number> Rule ranged(String what, Function<String, N> parse, N min, N max, Function<N, JsonNode> node) {
    return text -> {
      N v;
      try {
        v = parse.apply(text);
      } catch (NumberFormatException e) {
        throw new Refused(" must be " + what + ", not '" + text + "'");
      }
      if (!(v.doubleValue() >= min.doubleValue() && v.doubleValue() <= max.doubleValue())) {
        throw new Refused(" = " + v + " is outside " + min + ".." + max);
      }
      return node.apply(v);
    };
  }

  /** A number in {@code min..max}, or nothing (empty text: null, left for the code to fill in). */
  static Rule decimalOrEmpty(double min, double max) {
    Rule decimal = decimal(min, max);
    return text -> text.isBlank() ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : decimal.read(text.strip());
  }

  static Rule choice(String... allowed) {
    return text -> {
      String value = text.strip().toLowerCase(Locale.ROOT);
      if (!List.of(allowed).contains(value)) {
        throw new Refused(" must be one of " + String.join(", ", allowed) + ", not '" + text + "'");
      }
      return TextNode.valueOf(value);
    };
  }

  static JsonNode chatIds(String text) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (String part : text.split("[,\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        out.add(Long.parseLong(part.strip()));
      } catch (NumberFormatException e) {
        throw new Refused(" must be chat ids separated by commas, not '" + part + "'");
      }
    }
    return out;
  }

  static JsonNode time(String text) {
    try {
      return TextNode.valueOf(LocalTime.parse(text.strip()).toString());
    } catch (DateTimeParseException e) {
      throw new Refused(" must be a time of day as HH:MM, not '" + text + "'");
    }
  }

  static JsonNode zone(String text) {
    try {
      return TextNode.valueOf(ZoneId.of(text.strip()).getId());
    } catch (DateTimeException e) {
      throw new Refused(" must be a time zone such as Europe/Brussels, not '" + text + "'");
    }
  }

  static JsonNode command(String text) {
    String value = text.strip();
    if (!value.matches("/[a-z0-9_-]{1,31}")) {
      throw new Refused(" must be a slash command such as /attrib, not '" + value + "'");
    }
    return TextNode.valueOf(value);
  }
}
