package org.attribot.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.attribot.embed.LocalModel;
import org.attribot.input.JsonFault;

/**
 * Loads {@link Config}: built-in defaults, then the YAML file (if it exists), then
 * environment variables named {@code ATTRIBOT_} + the key upper-cased with dots as
 * underscores ({@code store.path} → {@code ATTRIBOT_STORE_PATH}). Unknown keys and
 * values of the wrong type are errors that name the key and where it came from. Each
 * value is checked by its {@link Rule}, put into a tree of sections, and Jackson binds
 * the tree onto the {@link Config} records.
 */
public final class ConfigLoader {
  /** Every key with its default, in the order the example file documents them. */
  static final Map<String, String> DEFAULTS = new LinkedHashMap<>();
  /** How each key's text is checked and turned into the value its record component binds. */
  private static final Map<String, Rule> RULES = new HashMap<>();

  static {
    setting("store.path", "data/attribot.db", Rule.TEXT);
    setting("store.busy_timeout_ms", "5000", Rule.whole(0, 600_000));
    setting("ingest.max_file_mb", "16", Rule.whole(1, 4096));
    setting("actors.path", "data/actors.json", Rule.TEXT);
    setting("retrieve.passages", "40", Rule.whole(1, 1000));
    setting("retrieve.vectors", "40", Rule.whole(0, 1000));
    setting("retrieve.statements", "8", Rule.whole(1, 100));
    setting("retrieve.embedding_model", "minilm", Rule.choice(LocalModel.settings()));
    setting("answer.min_coverage", "0.6", Rule.decimal(0, 1));
    setting("answer.companion_ratio", "0.9", Rule.decimal(0.01, 1));
    setting("answer.max_statements", "3", Rule.whole(1, 20));
    setting("answer.max_chars", "760", Rule.whole(100, 4000));
    setting("llm.provider", "none", Rule.choice("none", "openai", "anthropic", "gemini"));
    setting("llm.base_url", "", Rule.TEXT);
    setting("llm.model", "", Rule.TEXT);
    setting("llm.api_key", "", Rule.TEXT);
    setting("llm.timeout", "30", Rule.whole(1, 600));
    setting("llm.max_retries", "2", Rule.whole(0, 10));
    setting("llm.circuit_failures", "3", Rule.whole(1, 100));
    setting("llm.circuit_open_seconds", "60", Rule.whole(1, 86_400));
    setting("llm.support_similarity", "", Rule.decimalOrEmpty(0, 1));
    setting("prompts.path", "prompts", Rule.TEXT);
    setting("memory.turns", "6", Rule.whole(1, 100));
    setting("telegram.api_url", "", Rule.TEXT);
    setting("telegram.username", "", Rule.TEXT);
    setting("telegram.allowed_chats", "", Rule::chatIds);
    setting("telegram.per_minute", "10", Rule.whole(1, 1000));
    setting("telegram.workers", "8", Rule.whole(1, 256));
    setting("slack.mode", "http", Rule.choice("http", "socket"));
    setting("slack.host", "0.0.0.0", Rule.TEXT);
    setting("slack.port", "3000", Rule.whole(0, 65_535));
    setting("slack.api_url", "", Rule.TEXT);
    setting("slack.command", "/attrib", Rule::command);
    setting("slack.workers", "8", Rule.whole(1, 256));
    setting("slack.per_minute", "10", Rule.whole(1, 1000));
    setting("digest.time", "08:00", Rule::time);
    setting("digest.zone", "Europe/Brussels", Rule::zone);
    setting("digest.empty", "skip", text -> BooleanNode.valueOf(Rule.choice("skip", "announce").read(text).asText()
        .equals("announce")));
    setting("digest.max_statements", "100", Rule.whole(1, 1000));
    setting("digest.max_attempts", "5", Rule.whole(1, 50));
    setting("digest.retry_seconds", "60", Rule.whole(1, 86_400));
    setting("digest.senders", "8", Rule.whole(1, 64));
    setting("digest.telegram_per_second", "30", Rule.whole(1, 1000));
    setting("digest.check_seconds", "30", Rule.whole(1, 3600));
    setting("question.max_chars", "2000", Rule.whole(10, 100_000));
  }

  private static void setting(String key, String defaultValue, Rule rule) {
    DEFAULTS.put(key, defaultValue);
    RULES.put(key, rule);
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
    ObjectNode tree = MAPPER.createObjectNode();
    for (Map.Entry<String, String> e : values.entrySet()) {
      String key = e.getKey();
      ObjectNode section = tree.withObjectProperty(key.substring(0, key.indexOf('.')));
      try {
        section.set(key.substring(key.indexOf('.') + 1), RULES.get(key).read(e.getValue()));
      } catch (Rule.Refused r) {
        throw new ConfigException(sources.getOrDefault(key, "default") + ": " + key + r.getMessage());
      }
    }
    tree.withObjectProperty("telegram").put("token", env.getOrDefault("TELEGRAM_BOT_TOKEN", ""));
    tree.withObjectProperty("slack").put("bot_token", env.getOrDefault("SLACK_BOT_TOKEN", "").strip())
        .put("signing_secret", env.getOrDefault("SLACK_SIGNING_SECRET", "").strip())
        .put("app_token", env.getOrDefault("SLACK_APP_TOKEN", "").strip());
    try {
      return MAPPER.treeToValue(tree, Config.class);
    } catch (JsonProcessingException e) { // every value was checked above, so this is a bug, not a setting
      throw new IllegalStateException("the checked settings do not fit Config: " + e.getOriginalMessage(), e);
    }
  }

  private static void readFile(Path file, Map<String, String> values, Map<String, String> sources) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new ConfigException(file + ": not valid YAML" + (e instanceof JsonProcessingException j
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

  /** Binds the checked tree: names in snake case, the few value types a setting has read from the checked text. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .addModule(new SimpleModule("attribot-config")
          .addAbstractTypeMapping(Set.class, LinkedHashSet.class)
          .addDeserializer(Path.class, from(Path::of))
          .addDeserializer(Duration.class, from(seconds -> Duration.ofSeconds(Long.parseLong(seconds))))
          .addDeserializer(LocalTime.class, from(LocalTime::parse))
          .addDeserializer(ZoneId.class, from(ZoneId::of))
          .addDeserializer(LocalModel.class, from(LocalModel::ofSetting)))
      .build();

  private static <T> JsonDeserializer<T> from(Function<String, T> parse) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return parse.apply(p.getValueAsString());
      }
    };
  }
}
