package org.attribot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  @Test
  void fileOverridesDefaultsAndEnvironmentOverridesTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("a.yaml"), "store:\n  path: from-file.db\nretrieve:\n  passages: 12\n");
    Config c = ConfigLoader.load(file, Map.of("ATTRIBOT_STORE_PATH", "from-env.db"));
    assertEquals(Path.of("from-env.db"), c.store().path());
    assertEquals(12, c.retrieve().passages());
    assertEquals(8, c.retrieve().statements());
  }

  @Test
  void unknownKeysAndBadValuesNameTheKeyAndWhereItCameFrom() throws Exception {
    Path file = Files.writeString(dir.resolve("b.yaml"), "store:\n  pth: x.db\n");
    ConfigException unknown = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of()));
    assertTrue(unknown.getMessage().startsWith(file + ": unknown setting 'store.pth'"), unknown.getMessage());
    ConfigException bad = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, Map.of("ATTRIBOT_ANSWER_MAX_CHARS", "lots")));
    assertEquals("environment variable ATTRIBOT_ANSWER_MAX_CHARS: answer.max_chars must be a whole number, not 'lots'",
        bad.getMessage());
  }

  @Test
  void aFileThatIsNotYamlIsToldByLineWithoutParserInternals() throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"), "store:\n\tpath: x.db\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of()));
    assertEquals(file + ": not valid YAML at line 2, column 1: a tab where YAML wants spaces: indent with spaces only", e.getMessage());
  }

  @Test
  void anUnknownSettingNamesTheNearestAndATokenInTheFileNamesItsVariable() throws Exception {
    ConfigException typo = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(Files.writeString(dir.resolve("k.yaml"), "retrieve:\n  vectros: 10\n"), Map.of()));
    assertTrue(typo.getMessage().endsWith("unknown setting 'retrieve.vectros'; did you mean retrieve.vectors?"), typo.getMessage());
    ConfigException far = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(Files.writeString(dir.resolve("f.yaml"), "colour: blue\n"), Map.of()));
    assertTrue(far.getMessage().endsWith("unknown setting 'colour'; every setting is listed in config/attribot.example.yaml"),
        far.getMessage());
    for (String[] secret : new String[][] {{"telegram:\n  token: 1:fake-telegram\n", "telegram.token", "TELEGRAM_BOT_TOKEN"},
        {"slack:\n  bot_token: fake-bot\n", "slack.bot_token", "SLACK_BOT_TOKEN"},
        {"slack:\n  signing_secret: fake-sign\n", "slack.signing_secret", "SLACK_SIGNING_SECRET"},
        {"slack:\n  app_token: fake-app\n", "slack.app_token", "SLACK_APP_TOKEN"}}) {
      ConfigException e = assertThrows(ConfigException.class,
          () -> ConfigLoader.load(Files.writeString(dir.resolve("secret.yaml"), secret[0]), Map.of()));
      assertTrue(e.getMessage().contains(secret[1] + " looks like a secret, and secrets are never read from a file: set " + secret[2]
          + " in the environment instead"), e.getMessage());
      assertTrue(!e.getMessage().contains("fake"), "the value is never shown: " + e.getMessage());
    }
  }

  @Test
  void aMisspeltVariableIsWarnedAboutWithTheNearestNameAndNoValue() {
    assertEquals(List.of("the environment variable ATTRIBOT_FOO is not a setting and is ignored (every setting is listed in"
            + " config/attribot.example.yaml)",
        "the environment variable ATTRIBOT_STORE_PAHT is not a setting and is ignored; did you mean ATTRIBOT_STORE_PATH?"),
        ConfigLoader.unknownVariables(Map.of("ATTRIBOT_STORE_PAHT", "secret-value", "ATTRIBOT_FOO", "1", "ATTRIBOT_DB", "x",
            "ATTRIBOT_LOG_LEVEL", "DEBUG", "ATTRIBOT_LLM_API_KEY", "k", "HOME", "h")));
  }

  @Test
  void aSecretInAFileIsRefusedAndNeverPrinted() throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), "llm:\n  api_key: sk-do-not-store-me\n");
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file, Map.of()));
    assertTrue(e.getMessage().contains("set ATTRIBOT_LLM_API_KEY in the environment instead"), e.getMessage());
    assertTrue(!e.getMessage().contains("do-not-store"));
    Config fromEnv = ConfigLoader.load(null, Map.of("ATTRIBOT_LLM_API_KEY", "k-123", "ATTRIBOT_LLM_PROVIDER", "openai"));
    assertEquals("k-123", fromEnv.llm().apiKey());
    assertTrue(!fromEnv.toString().contains("k-123"), "the key is never printed: " + fromEnv);
    ConfigException provider = assertThrows(ConfigException.class,
        () -> ConfigLoader.load(null, Map.of("ATTRIBOT_LLM_PROVIDER", "cohere")));
    assertTrue(provider.getMessage().contains("llm.provider must be one of none, openai, anthropic, gemini"), provider.getMessage());
  }

  /** The example file documents every setting there is, and nothing else. */
  @Test
  void slackIsSetByTheEnvironmentNamesOtherToolsUseAndItsSecretsAreNeverPrinted() {
    Config.Slack slack = ConfigLoader.load(null, Map.of("SLACK_BOT_TOKEN", "test-bot-token-1", "SLACK_SIGNING_SECRET", "sign-secret-2",
        "SLACK_APP_TOKEN", "test-app-token-3", "ATTRIBOT_SLACK_MODE", "socket", "ATTRIBOT_SLACK_PORT", "3100",
        "ATTRIBOT_SLACK_API_URL", "http://127.0.0.1:9/api/", "ATTRIBOT_SLACK_COMMAND", "/attribution")).slack();
    assertTrue(slack.configured() && slack.socketMode());
    assertEquals(3100, slack.port());
    assertEquals("http://127.0.0.1:9/api/", slack.apiUrl());
    assertEquals("/attribution", slack.command());
    assertEquals("test-app-token-3", slack.appToken());
    String printed = ConfigLoader.load(null, Map.of("SLACK_BOT_TOKEN", "test-bot-token-1", "SLACK_SIGNING_SECRET", "sign-secret-2",
        "SLACK_APP_TOKEN", "test-app-token-3")).toString();
    assertTrue(!printed.contains("test-bot-token-1") && !printed.contains("sign-secret-2") && !printed.contains("test-app-token-3"), printed);

    Config.Slack defaults = ConfigLoader.load(null, Map.of()).slack();
    assertTrue(!defaults.configured() && !defaults.socketMode());
    assertEquals(3000, defaults.port());
    assertEquals("/attrib", defaults.command());
    assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of("ATTRIBOT_SLACK_MODE", "webhook")));
    assertThrows(ConfigException.class, () -> ConfigLoader.load(null, Map.of("ATTRIBOT_SLACK_COMMAND", "attrib")));
  }

  @Test
  void theExampleFileListsEverySetting() throws Exception {
    String example = Files.readString(Path.of("config/attribot.example.yaml"));
    Config parsed = ConfigLoader.load(Path.of("config/attribot.example.yaml"), Map.of());
    assertEquals(ConfigLoader.load(null, Map.of()), parsed, "the example shows the defaults");
    for (String key : ConfigLoader.DEFAULTS.keySet()) {
      String leaf = key.substring(key.indexOf('.') + 1);
      if (ConfigLoader.SECRETS.contains(key)) {
        assertTrue(example.contains(ConfigLoader.envName(key)), "the example names " + ConfigLoader.envName(key));
        continue;
      }
      Matcher m = Pattern.compile("(?m)^\\s+" + Pattern.quote(leaf) + ":").matcher(example);
      assertTrue(m.find(), "config/attribot.example.yaml lacks " + key);
      assertTrue(example.contains(ConfigLoader.envName(key)), "the example names " + ConfigLoader.envName(key));
    }
  }
}
