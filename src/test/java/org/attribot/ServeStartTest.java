package org.attribot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.attribot.bench.LocalBotApi;
import org.attribot.bench.LocalSlackApi;
import org.attribot.slack.SlackRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as its own process while a platform cannot be reached or refuses its token:
 * the other adapter and the digest keep serving, the unreachable one is tried again until it
 * comes up, a refused token is said to be refused, and no token is ever printed.
 */
class ServeStartTest {
  static final String TELEGRAM_TOKEN = "123456:TELEGRAM-SECRET-TOKEN";
  static final String SLACK_TOKEN = "test-slack-secret-token";
  static final String SECRET = "signing-secret-for-tests";

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Waits until the app accepts connections on {@code port}; fails if the process ends first. */
  static void awaitListening(ServeProcess serve, int port) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    while (true) {
      try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException e) {
        if (!serve.alive() || System.nanoTime() > deadline) {
          throw new AssertionError("the Slack app never listened on port " + port + "; serve printed:\n" + serve.output());
        }
        Thread.sleep(50);
      }
    }
  }

  static Map<String, String> env(String telegramUrl, LocalSlackApi slack, int slackPort) {
    Map<String, String> env = new HashMap<>(Map.of("ATTRIBOT_RETRIEVE_VECTORS", "0", "ATTRIBOT_LOG_LEVEL", "WARN"));
    if (telegramUrl != null) {
      env.putAll(Map.of("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN, "ATTRIBOT_TELEGRAM_API_URL", telegramUrl));
    }
    if (slack != null) {
      env.putAll(Map.of("SLACK_BOT_TOKEN", SLACK_TOKEN, "SLACK_SIGNING_SECRET", SECRET, "ATTRIBOT_SLACK_API_URL",
          slack.apiUrl(), "ATTRIBOT_SLACK_HOST", "127.0.0.1", "ATTRIBOT_SLACK_PORT", Integer.toString(slackPort)));
    }
    return env;
  }

  static void assertNoSecret(String output) {
    assertFalse(output.contains(TELEGRAM_TOKEN) || output.contains("TELEGRAM-SECRET") || output.contains(SLACK_TOKEN)
        || output.contains(SECRET), output);
  }

  @Test
  void telegramUnreachableAtStartLeavesSlackAnsweringAndComesUpWhenTelegramDoes(@TempDir Path dir) throws Exception {
    int telegramPort = freePort(); // nothing listens there until the fake starts on it
    int slackPort = freePort();
    try (LocalSlackApi slack = new LocalSlackApi(SECRET);
        ServeProcess serve = ServeProcess.start(dir, dir.resolve("serve.log"),
            env("http://127.0.0.1:" + telegramPort, slack, slackPort), "serve")) {
      awaitListening(serve, slackPort);
      String url = "http://127.0.0.1:" + slackPort + SlackRunner.PATH;
      LocalSlackApi.Ack ack = slack.send(url,
          LocalSlackApi.commandBody("/attrib", "who hacked Romania?", "U1", "C1", slack.responseUrl("r1")));
      assertEquals(200, ack.status(), ack.body());
      slack.await(s -> s.responses("r1").size() == 1);
      assertTrue(slack.responses("r1").get(0).body().toString().contains("APT"),
          "Slack answered while Telegram was unreachable: " + slack.responses("r1").get(0).body());

      serve.awaitOutput("cannot reach Telegram at http://127.0.0.1:" + telegramPort);
      assertTrue(serve.output().matches("(?s).*cannot reach Telegram at http://127\\.0\\.0\\.1:" + telegramPort
          + " \\([^)]*\\); retrying in \\d+ s.*"), serve.output());
      assertFalse(serve.output().contains("token is invalid"), serve.output());

      try (LocalBotApi telegram = new LocalBotApi(telegramPort)) {
        telegram.message(1, 101, "private", "who hacked Romania?");
        telegram.await(a -> !a.deliveredTo(101).isEmpty());
        assertTrue(telegram.deliveredTo(101).get(0).body().path("text").asText().contains("APT"));
        serve.awaitOutput("Telegram is up");
      }
      assertTrue(serve.alive(), "serve kept running throughout");
      assertNoSecret(serve.output());
    }
  }

  @Test
  void aTokenTelegramRefusesIsReportedAsSuchAndSlackServesOn(@TempDir Path dir) throws Exception {
    int slackPort = freePort();
    try (LocalBotApi telegram = new LocalBotApi();
        LocalSlackApi slack = new LocalSlackApi(SECRET)) {
      telegram.refuseToken.set(true);
      try (ServeProcess serve = ServeProcess.start(dir, dir.resolve("serve.log"), env(telegram.url(), slack, slackPort),
          "serve")) {
        serve.awaitOutput("Telegram is stopped");
        assertTrue(serve.output().contains("refused the token in TELEGRAM_BOT_TOKEN (401 Unauthorized)"), serve.output());
        awaitListening(serve, slackPort);
        LocalSlackApi.Ack ack = slack.send("http://127.0.0.1:" + slackPort + SlackRunner.PATH,
            LocalSlackApi.commandBody("/attrib", "who hacked Romania?", "U1", "C1", slack.responseUrl("r1")));
        assertEquals(200, ack.status(), ack.body());
        slack.await(s -> s.responses("r1").size() == 1);
        assertEquals(1, telegram.calls("getme").size(), "a refused token is not tried again");
        assertTrue(serve.alive());
        assertNoSecret(serve.output());
      }
    }
  }

  @Test
  void whenTheOnlyPlatformRefusesItsTokenServeExitsWithOne(@TempDir Path dir) throws Exception {
    try (LocalSlackApi slack = new LocalSlackApi(SECRET)) {
      slack.refuseToken.set(true);
      try (ServeProcess serve = ServeProcess.start(dir, dir.resolve("serve.log"), env(null, slack, freePort()), "serve")) {
        assertEquals(1, serve.exitCode(), serve.output());
        assertTrue(serve.output().contains("refused the token in SLACK_BOT_TOKEN (invalid_auth)"), serve.output());
        assertTrue(serve.output().contains("no chat platform is left to serve"), serve.output());
        assertNoSecret(serve.output());
      }
    }
  }
}
