package org.attribot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attribot.embed.LocalModel;
import org.attribot.input.JsonFault;

/**
 * Loads {@link Config}: built-in defaults, then the YAML file (if it exists), then
 * environment variables named {@code ATTRIBOT_} + the key upper-cased with dots as
 * underscores ({@code store.path} → {@code ATTRIBOT_STORE_PATH}). Unknown keys and
 * values of the wrong type are errors that name the key and where it came from.
 */
public final class ConfigLoader {
  /** Every key with its default, in the order the example file documents them. */
  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("store.path", "data/attribot.db");
    DEFAULTS.put("store.busy_timeout_ms", "5000");
    DEFAULTS.put("ingest.max_file_mb", "16");
    DEFAULTS.put("actors.path", "data/actors.json");
    DEFAULTS.put("retrieve.passages", "40");
    DEFAULTS.put("retrieve.vectors", "40");
    DEFAULTS.put("retrieve.statements", "8");
    DEFAULTS.put("retrieve.embedding_model", "minilm");
    DEFAULTS.put("answer.min_coverage", "0.6");
    DEFAULTS.put("answer.companion_ratio", "0.9");
    DEFAULTS.put("answer.max_statements", "3");
    DEFAULTS.put("answer.max_chars", "700");
    DEFAULTS.put("llm.provider", "none");
    DEFAULTS.put("llm.base_url", "");
    DEFAULTS.put("llm.model", "");
    DEFAULTS.put("llm.api_key", "");
    DEFAULTS.put("llm.timeout", "30");
    DEFAULTS.put("llm.max_retries", "2");
    DEFAULTS.put("llm.circuit_failures", "3");
    DEFAULTS.put("llm.circuit_open_seconds", "60");
    DEFAULTS.put("prompts.path", "prompts");
    DEFAULTS.put("memory.turns", "6");
    DEFAULTS.put("telegram.api_url", "");
    DEFAULTS.put("telegram.username", "");
    DEFAULTS.put("telegram.allowed_chats", "");
    DEFAULTS.put("telegram.per_minute", "10");
    DEFAULTS.put("telegram.workers", "8");
    DEFAULTS.put("question.max_chars", "2000");
    DEFAULTS.put("slack.mode", "http");
    DEFAULTS.put("slack.host", "0.0.0.0");
    DEFAULTS.put("slack.port", "3000");
    DEFAULTS.put("slack.api_url", "");
    DEFAULTS.put("slack.command", "/attrib");
    DEFAULTS.put("slack.workers", "8");
    DEFAULTS.put("slack.per_minute", "10");
    DEFAULTS.put("digest.time", "08:00");
    DEFAULTS.put("digest.zone", "Europe/Brussels");
    DEFAULTS.put("digest.empty", "skip");
    DEFAULTS.put("digest.max_statements", "100");
    DEFAULTS.put("digest.max_attempts", "5");
    DEFAULTS.put("digest.retry_seconds", "60");
    DEFAULTS.put("digest.senders", "8");
    DEFAULTS.put("digest.telegram_per_second", "30");
    DEFAULTS.put("digest.check_seconds", "30");
  }

  /** Settings that are secrets: read from the environment only, never from a file. */
  static final java.util.Set<String> SECRETS = java.util.Set.of("llm.api_key");

  private ConfigLoader() {}

  public static String envName(String key) {
    return "ATTRIBOT_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  /** The names of environment variables attribot reads besides one per setting. */
  static final java.util.Set<String> OTHER_VARIABLES = java.util.Set.of("ATTRIBOT_CONFIG", "ATTRIBOT_DB", "ATTRIBOT_LOG_LEVEL");

  /**
   * A warning for every {@code ATTRIBOT_…} variable in {@code env} that names no setting (a misspelling is otherwise
   * silently ignored), with the nearest known name; values are never shown.
   */
  public static List<String> unknownVariables(Map<String, String> env) {
    java.util.Set<String> known = new java.util.TreeSet<>(OTHER_VARIABLES);
    DEFAULTS.keySet().forEach(k -> known.add(envName(k)));
    SECRETS.forEach(k -> known.add(envName(k)));
    List<String> out = new java.util.ArrayList<>();
    for (String name : new java.util.TreeSet<>(env.keySet())) {
      if (name.startsWith("ATTRIBOT_") && !known.contains(name)) {
        out.add("the environment variable " + name + " is not a setting and is ignored" + Names.nearest(name, known)
            .map(near -> "; did you mean " + near + "?").orElse(" (every setting is listed in config/attribot.example.yaml)"));
      }
    }
    return out;
  }

  /** Loads from {@code file} (skipped when it does not exist) and {@code env}. */
  public static Config load(Path file, Map<String, String> env) {
    Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
    Map<String, String> sources = new LinkedHashMap<>();
    if (file != null && Files.exists(file)) {
      readFile(file, values, sources);
    }
    if (env.get("ATTRIBOT_DB") != null && !env.get("ATTRIBOT_DB").isBlank()) {
      values.put("store.path", env.get("ATTRIBOT_DB").strip()); // the short name other tools use
      sources.put("store.path", "environment variable ATTRIBOT_DB");
    }
    for (String key : DEFAULTS.keySet()) {
      String value = env.get(envName(key));
      if (value != null && !value.isBlank()) {
        values.put(key, value.strip());
        sources.put(key, "environment variable " + envName(key));
      }
    }
    Values v = new Values(values, sources);
    return new Config(
        new Config.Store(Path.of(v.string("store.path")), v.integer("store.busy_timeout_ms", 0, 600_000)),
        new Config.Ingest(v.integer("ingest.max_file_mb", 1, 4096)),
        new Config.Actors(Path.of(v.string("actors.path"))),
        new Config.Retrieve(v.integer("retrieve.passages", 1, 1000), v.integer("retrieve.vectors", 0, 1000),
            v.integer("retrieve.statements", 1, 100),
            LocalModel.ofSetting(v.choice("retrieve.embedding_model", LocalModel.settings()))),
        new Config.Answer(v.decimal("answer.min_coverage", 0, 1), v.decimal("answer.companion_ratio", 0.01, 1),
            v.integer("answer.max_statements", 1, 20), v.integer("answer.max_chars", 100, 4000)),
        new Config.Llm(v.choice("llm.provider", "none", "openai", "anthropic", "gemini"), v.string("llm.base_url"),
            v.string("llm.model"), v.string("llm.api_key"), java.time.Duration.ofSeconds(v.integer("llm.timeout", 1, 600)),
            v.integer("llm.max_retries", 0, 10), v.integer("llm.circuit_failures", 1, 100),
            java.time.Duration.ofSeconds(v.integer("llm.circuit_open_seconds", 1, 86_400))),
        new Config.Prompts(Path.of(v.string("prompts.path"))),
        new Config.Memory(v.integer("memory.turns", 1, 100)),
        new Config.Telegram(env.getOrDefault("TELEGRAM_BOT_TOKEN", ""), v.string("telegram.api_url"),
            v.string("telegram.username"), v.longs("telegram.allowed_chats"), v.integer("telegram.per_minute", 1, 1000),
            v.integer("telegram.workers", 1, 256)),
        new Config.Slack(env.getOrDefault("SLACK_BOT_TOKEN", "").strip(), env.getOrDefault("SLACK_SIGNING_SECRET", "").strip(),
            env.getOrDefault("SLACK_APP_TOKEN", "").strip(), v.choice("slack.mode", "http", "socket"), v.string("slack.host"),
            v.integer("slack.port", 0, 65_535), v.string("slack.api_url"), v.command("slack.command"),
            v.integer("slack.workers", 1, 256), v.integer("slack.per_minute", 1, 1000)),
        new Config.Digest(v.time("digest.time"), v.zone("digest.zone"), v.choice("digest.empty", "skip", "announce")
            .equals("announce"), v.integer("digest.max_statements", 1, 1000), v.integer("digest.max_attempts", 1, 50),
            java.time.Duration.ofSeconds(v.integer("digest.retry_seconds", 1, 86_400)), v.integer("digest.senders", 1, 64),
            v.integer("digest.telegram_per_second", 1, 1000),
            java.time.Duration.ofSeconds(v.integer("digest.check_seconds", 1, 3600))),
        new Config.Question(v.integer("question.max_chars", 10, 100_000)));
  }

  private static void readFile(Path file, Map<String, String> values, Map<String, String> sources) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(file + ": not valid YAML" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
          ? Optional.ofNullable(JsonFault.position(j, 0)).map(at -> " at " + at).orElse("") + ": " + JsonFault.describe(j)
          : ": " + e.getMessage()));
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return;
    }
    flatten("", root, file, values, sources);
  }

  private static void flatten(String prefix, JsonNode node, Path file, Map<String, String> values, Map<String, String> sources) {
    if (!node.isObject()) {
      throw new ConfigException(file + ": expected sections of key: value settings at '" + prefix + "'");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      if (e.getValue().isObject()) {
        flatten(key, e.getValue(), file, values, sources);
      } else if (SECRETS.contains(key) || (!DEFAULTS.containsKey(key) && Names.secretLike(key))) {
        throw new ConfigException(file + ": " + key + " looks like a secret, and secrets are never read from a file: set "
            + Names.secretVariable(key) + " in the environment instead, and remove " + key + " from the file");
      } else if (!DEFAULTS.containsKey(key)) {
        throw new ConfigException(file + ": unknown setting '" + key + "'" + Names.nearest(key, DEFAULTS.keySet())
            .map(near -> "; did you mean " + near + "?").orElse("; every setting is listed in config/attribot.example.yaml"));
      } else if (!e.getValue().isNull()) {
        values.put(key, e.getValue().asText());
        sources.put(key, file.toString());
      }
    }
  }

  private record Values(Map<String, String> values, Map<String, String> sources) {
    String string(String key) {
      return values.get(key);
    }

    int integer(String key, int min, int max) {
      try {
        int v = Integer.parseInt(values.get(key));
        if (v < min || v > max) {
          throw new ConfigException(where(key) + ": " + key + " = " + v + " is outside " + min + ".." + max);
        }
        return v;
      } catch (NumberFormatException e) {
        throw new ConfigException(where(key) + ": " + key + " must be a whole number, not '" + values.get(key) + "'");
      }
    }

    double decimal(String key, double min, double max) {
      try {
        double v = Double.parseDouble(values.get(key));
        if (!(v >= min && v <= max)) {
          throw new ConfigException(where(key) + ": " + key + " = " + v + " is outside " + min + ".." + max);
        }
        return v;
      } catch (NumberFormatException e) {
        throw new ConfigException(where(key) + ": " + key + " must be a number, not '" + values.get(key) + "'");
      }
    }

    java.util.Set<Long> longs(String key) {
      java.util.Set<Long> out = new java.util.LinkedHashSet<>();
      for (String part : values.get(key).split("[,\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          out.add(Long.parseLong(part.strip()));
        } catch (NumberFormatException e) {
          throw new ConfigException(where(key) + ": " + key + " must be chat ids separated by commas, not '" + part + "'");
        }
      }
      return out;
    }

    java.time.LocalTime time(String key) {
      try {
        return java.time.LocalTime.parse(values.get(key).strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new ConfigException(where(key) + ": " + key + " must be a time of day as HH:MM, not '" + values.get(key) + "'");
      }
    }

    java.time.ZoneId zone(String key) {
      try {
        return java.time.ZoneId.of(values.get(key).strip());
      } catch (java.time.DateTimeException e) {
        throw new ConfigException(where(key) + ": " + key + " must be a time zone such as Europe/Brussels, not '"
            + values.get(key) + "'");
      }
    }

    String command(String key) {
      String value = values.get(key).strip();
      if (!value.matches("/[a-z0-9_-]{1,31}")) {
        throw new ConfigException(where(key) + ": " + key + " must be a slash command such as /attrib, not '" + value + "'");
      }
      return value;
    }

    String choice(String key, String... allowed) {
      String value = values.get(key).strip().toLowerCase(java.util.Locale.ROOT);
      if (!java.util.List.of(allowed).contains(value)) {
        throw new ConfigException(where(key) + ": " + key + " must be one of " + String.join(", ", allowed)
            + ", not '" + values.get(key) + "'");
      }
      return value;
    }

    private String where(String key) {
      return sources.getOrDefault(key, "default");
    }
  }
}
