package org.attribot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.attribot.App;
import org.attribot.bench.LocalSlackApi;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.Test;

/** Socket Mode: the real Bolt Socket Mode client (Java-WebSocket) against a Socket Mode server on 127.0.0.1. */
class SlackSocketModeTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** Slack's end of the WebSocket: says hello, hands out envelopes, keeps the acknowledgements. */
  static final class LocalSocketMode extends WebSocketServer {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch connected = new CountDownLatch(1);
    final List<JsonNode> acks = new CopyOnWriteArrayList<>();
    volatile WebSocket client;

    LocalSocketMode() {
      super(new InetSocketAddress("127.0.0.1", 0));
      setReuseAddr(true);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      client = conn;
      conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"local\",\"build_number\":1,"
          + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0TEST\"}}");
      connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      try {
        acks.add(JSON.readTree(message));
      } catch (java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    @Override
    public void onStart() {
      started.countDown();
    }

    void envelope(String id, String type, JsonNode payload) {
      ObjectNode envelope = JSON.createObjectNode().put("envelope_id", id).put("type", type)
          .put("accepts_response_payload", type.equals("slash_commands"));
      envelope.set("payload", payload);
      client.send(envelope.toString());
    }
  }

  @Test
  void aSlashCommandAndAMentionArriveOverTheWebSocketAndAreAnswered() throws Exception {
    LocalSocketMode socket = new LocalSocketMode();
    socket.start();
    assertTrue(socket.started.await(1, TimeUnit.MINUTES));
    try (LocalSlackApi slack = new LocalSlackApi("unused");
        App app = App.sample(ConfigLoader.load(null, Map.of()))) {
      slack.socketUrl("ws://127.0.0.1:" + socket.getPort() + "/");
      Config config = ConfigLoader.load(null, Map.of("SLACK_BOT_TOKEN", "test-bot-token", "SLACK_APP_TOKEN", "test-app-token",
          "ATTRIBOT_SLACK_MODE", "socket", "ATTRIBOT_SLACK_API_URL", slack.apiUrl()));
      try (SlackRunner runner = app.slack(config.slack())) {
        assertEquals(-1, runner.port(), "no HTTP server in Socket Mode");
        assertTrue(socket.connected.await(1, TimeUnit.MINUTES), "connected to the URL apps.connections.open gave");
        assertTrue(slack.calls("apps.connections.open").size() >= 1);

        ObjectNode command = JSON.createObjectNode();
        for (String pair : LocalSlackApi.commandBody("/attrib", "who hacked Romania?", "U1", "C1", slack.responseUrl("ws"))
            .split("&")) {
          String[] kv = pair.split("=", 2);
          command.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        socket.envelope("env-1", "slash_commands", command);
        slack.await(s -> !socket.acks.isEmpty());
        JsonNode ack = socket.acks.get(0);
        assertEquals("env-1", ack.path("envelope_id").asText());
        assertEquals("Looking into it\u2026", ack.path("payload").path("text").asText(), ack.toString());
        slack.await(s -> s.responses("ws").size() == 1);
        assertTrue(slack.responses("ws").get(0).body().path("text").asText().contains("APT 28"));

        socket.envelope("env-2", "events_api", JSON.readTree(LocalSlackApi.mentionBody("EvWs", "C1", "U1",
            "<@UBOT> who hacked Romania?", "1700000000.000900", null)));
        slack.await(s -> s.calls("chat.postMessage").size() == 1 && socket.acks.size() == 2);
        assertEquals("env-2", socket.acks.get(1).path("envelope_id").asText());
        assertEquals("1700000000.000900", slack.calls("chat.postMessage").get(0).body().path("thread_ts").asText());
      }
    } finally {
      socket.stop(1000);
    }
  }
}
