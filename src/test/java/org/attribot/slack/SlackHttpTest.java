package org.attribot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.attribot.App;
import org.attribot.chat.Answerer;
import org.attribot.bench.LocalSlackApi;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP transport itself, as a client on the internet meets it: every answer a short JSON
 * body or a bare status — never the server's error page or version — and verification before
 * anything else, whatever the path or method.
 */
class SlackHttpTest {
  static final String SECRET = "test-signing-secret";
  LocalSlackApi slack;
  App app;
  SlackRunner runner;
  String base;

  @BeforeEach
  void start() throws Exception {
    slack = new LocalSlackApi(SECRET);
    Config config = ConfigLoader.load(null, Map.of("SLACK_BOT_TOKEN", "test-bot-token", "SLACK_SIGNING_SECRET", SECRET,
        "ATTRIBOT_SLACK_API_URL", slack.apiUrl(), "ATTRIBOT_SLACK_HOST", "127.0.0.1", "ATTRIBOT_SLACK_PORT", "0"));
    app = App.sample(config);
    runner = new SlackRunner(config.slack(), app.chat(SlackRunner.DOOR, config.slack().perMinute(), Clock.systemUTC(),
        new Answerer() {
          public org.attribot.answer.Answer ask(String conversationId, String question) {
            return app.answers().ask(question);
          }

          public void forget(String conversationId) {}
        }), Clock.systemUTC());
    base = "http://127.0.0.1:" + runner.port();
  }

  @AfterEach
  void stop() {
    runner.close();
    app.close();
    slack.close();
  }

  Map<String, String> signed(String body) {
    String now = Long.toString(Instant.now().getEpochSecond());
    return Map.of("X-Slack-Request-Timestamp", now, "X-Slack-Signature",
        new RequestSignature(SECRET).sign(now, body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aSignedCommandGetsBoltsAcknowledgementWithoutAServerVersion() throws Exception {
    String body = LocalSlackApi.commandBody("/attrib", "who hacked Romania?", "U1", "C1", slack.responseUrl("r1"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + SlackRunner.PATH))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    signed(body).forEach(request::header);
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("Looking into it"), response.body());
    assertTrue(response.headers().firstValue("Server").isEmpty(), "no server name or version: " + response.headers().map());
    slack.await(s -> s.responses("r1").size() == 1);
  }

  @Test
  void anythingButASignedPostToTheEventsPathIsRefusedWithAShortJsonBody() {
    String body = LocalSlackApi.commandBody("/attrib", "who hacked Romania?", "U1", "C1", slack.responseUrl("r2"));
    LocalSlackApi.Ack unsignedElsewhere = slack.post(base + "/admin", body, Map.of());
    assertEquals(401, unsignedElsewhere.status());
    assertEquals("{\"error\":\"invalid request\"}", unsignedElsewhere.body());
    LocalSlackApi.Ack signedElsewhere = slack.post(base + "/admin", body, signed(body));
    assertEquals(404, signedElsewhere.status());
    assertEquals("{\"error\":\"not found\"}", signedElsewhere.body());
    String huge = "text=" + "a".repeat(SignatureFilter.MAX_BODY);
    LocalSlackApi.Ack tooLarge = slack.post(base + SlackRunner.PATH, huge, signed(huge));
    assertEquals(413, tooLarge.status());
    assertEquals("{\"error\":\"too large\"}", tooLarge.body());
    assertEquals(0, slack.responses("r2").size());
  }

  @Test
  void aMalformedHttpRequestGetsA400WithoutAStackTraceOrServerName() throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), runner.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String reply = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertTrue(reply.startsWith("HTTP/1.1 400"), reply);
      assertFalse(reply.contains("Exception") || reply.contains("org.eclipse") || reply.contains("Jetty")
          || reply.toLowerCase(java.util.Locale.ROOT).contains("server:"), reply);
    }
  }
}
