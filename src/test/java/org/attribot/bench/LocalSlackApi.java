package org.attribot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.attribot.slack.RequestSignature;

/**
 * Slack on 127.0.0.1, both ways. As the Web API ({@link #apiUrl()}) and as the
 * {@code response_url}s ({@link #responseUrl}) it records every call with its arrival time;
 * as Slack's side of the Events API it sends signed slash commands, events and button presses
 * to an app, timing the acknowledgement. For the Slack load benchmark and for tests.
 */
public final class LocalSlackApi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String TEAM = "T0TEST";
  public static final String BOT_USER = "UBOT";

  /** One call Slack received: the Web API method or {@code respond/ID}, its body (form fields as an object), when it came. */
  public record Call(String method, JsonNode body, long atNanos) {}

  /** What an app answered to one request: status, body, and how long the answer took. */
  public record Ack(int status, String body, long nanos) {
    public double millis() {
      return nanos / 1e6;
    }
  }

  private final HttpServer server;
  private final RequestSignature signature;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger messages = new AtomicInteger(100);
  /** While set, every response_url answers 500. */
  public final AtomicBoolean failResponseUrls = new AtomicBoolean();
  private volatile String socketUrl = "";
  /** Channels whose chat.postMessage answers {@code ok: false} with this error (channel_not_found, is_archived …). */
  public final Map<String, String> channelErrors = new java.util.concurrent.ConcurrentHashMap<>();
  /** When set, every Web API call answers as Slack does to a token it does not accept: {@code invalid_auth}. */
  public final AtomicBoolean refuseToken = new AtomicBoolean();
  /** How many chat.postMessage calls are still to be refused with a 429 and Retry-After: 1. */
  public final AtomicInteger tooMany = new AtomicInteger();

  public LocalSlackApi(String signingSecret) {
    // without TCP_NODELAY the JDK server's replies wait ~40 ms for delayed ACKs
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.signature = new RequestSignature(signingSecret);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "local-slack-api");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/api/", exchange -> {
      String method = exchange.getRequestURI().getPath().substring("/api/".length());
      JsonNode body = body(exchange);
      calls.add(new Call(method, body, System.nanoTime()));
      if (refuseToken.get()) {
        reply(exchange, 200, Map.of("ok", false, "error", "invalid_auth"));
        return;
      }
      if (method.equals("chat.postMessage") && tooMany.getAndDecrement() > 0) {
        exchange.getResponseHeaders().add("Retry-After", "1");
        reply(exchange, 429, Map.of("ok", false, "error", "ratelimited"));
        return;
      }
      String error = channelErrors.get(body.path("channel").asText());
      if (method.equals("chat.postMessage") && error != null) {
        reply(exchange, 200, Map.of("ok", false, "error", error));
        return;
      }
      reply(exchange, 200, switch (method) {
        case "auth.test" -> Map.of("ok", true, "url", "https://attribot-test.slack.com/", "team", "Test", "user", "attribot",
            "team_id", TEAM, "user_id", BOT_USER, "bot_id", "BBOT");
        case "chat.postMessage" -> Map.of("ok", true, "ts", "1700000001." + messages.incrementAndGet());
        case "chat.postEphemeral" -> Map.of("ok", true, "message_ts", "1700000001." + messages.incrementAndGet());
        case "apps.connections.open" -> Map.of("ok", true, "url", socketUrl);
        default -> Map.of("ok", true);
      });
    });
    server.createContext("/respond/", exchange -> {
      String id = exchange.getRequestURI().getPath().substring("/respond/".length());
      calls.add(new Call("respond/" + id, body(exchange), System.nanoTime()));
      if (failResponseUrls.get()) {
        reply(exchange, 500, Map.of("ok", false, "error", "internal_error"));
      } else {
        reply(exchange, 200, Map.of("ok", true));
      }
    });
    server.start();
  }

  private static JsonNode body(HttpExchange exchange) throws IOException {
    String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    if (type.startsWith("application/x-www-form-urlencoded")) {
      ObjectNode form = JSON.createObjectNode();
      form(raw).forEach(form::put);
      return form;
    }
    try {
      return raw.isEmpty() ? JSON.createObjectNode() : JSON.readTree(raw);
    } catch (IOException e) {
      return JSON.createObjectNode().put("raw", raw);
    }
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void reply(HttpExchange exchange, int status, Object value) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(value);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** The Web API prefix to configure: {@code http://127.0.0.1:P/api/}. */
  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /** A response_url that records what is posted to it under {@code respond/ID}. */
  public String responseUrl(String id) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + id;
  }

  /** Where {@code apps.connections.open} sends Socket Mode clients. */
  public void socketUrl(String url) {
    this.socketUrl = url;
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** What was posted to the response_url {@code id}. */
  public List<Call> responses(String id) {
    return calls("respond/" + id);
  }

  /**
   * Waits until {@code test} holds of the recorded calls. The minute allowed is for an event that
   * must happen, however loaded the machine; it returns as soon as the event is there.
   */
  public void await(Predicate<LocalSlackApi> test) throws InterruptedException {
    await(test, Duration.ofMinutes(1));
  }

  /** Waits (at most {@code timeout}) until {@code test} holds of the recorded calls. */
  public void await(Predicate<LocalSlackApi> test, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!test.test(this)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out; calls: " + calls.stream().map(Call::method).toList());
      }
      Thread.sleep(10);
    }
  }

  // ---- Slack's side of the Events API: requests to the app

  /** A slash command's form body, as Slack posts it. */
  public static String commandBody(String command, String text, String user, String channel, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy");
    form.put("team_id", TEAM);
    form.put("team_domain", "test");
    form.put("channel_id", channel);
    form.put("channel_name", "general");
    form.put("user_id", user);
    form.put("user_name", "analyst");
    form.put("command", command);
    form.put("text", text);
    form.put("response_url", responseUrl);
    form.put("trigger_id", "1.2.3");
    form.put("api_app_id", "A0TEST");
    return formOf(form);
  }

  /** An {@code app_mention} event callback; {@code threadTs} null for a message outside any thread. */
  public static String mentionBody(String eventId, String channel, String user, String text, String ts, String threadTs) {
    ObjectNode event = JSON.createObjectNode().put("type", "app_mention").put("user", user).put("text", text).put("ts", ts)
        .put("channel", channel).put("event_ts", ts);
    if (threadTs != null) {
      event.put("thread_ts", threadTs);
    }
    ObjectNode body = JSON.createObjectNode().put("token", "legacy").put("team_id", TEAM).put("api_app_id", "A0TEST")
        .put("type", "event_callback").put("event_id", eventId).put("event_time", 1_700_000_000);
    body.set("event", event);
    body.set("authorizations", JSON.valueToTree(List.of(Map.of("team_id", TEAM, "user_id", BOT_USER, "is_bot", true))));
    return body.toString();
  }

  /** A button press (block_actions) as the form body Slack posts. */
  public static String actionBody(String actionId, String value, String user, String channel, String responseUrl) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", "block_actions");
    payload.put("team", Map.of("id", TEAM, "domain", "test"));
    payload.put("user", Map.of("id", user, "username", "analyst", "team_id", TEAM));
    payload.put("api_app_id", "A0TEST");
    payload.put("token", "legacy");
    payload.put("container", Map.of("type", "message", "message_ts", "1700000000.000200", "channel_id", channel, "is_ephemeral", true));
    payload.put("trigger_id", "1.2.3");
    payload.put("channel", Map.of("id", channel, "name", "general"));
    payload.put("response_url", responseUrl);
    payload.put("actions", List.of(Map.of("action_id", actionId, "block_id", "b1", "value", value, "type", "button",
        "action_ts", "1700000000.1", "text", Map.of("type", "plain_text", "text", "button", "emoji", true))));
    try {
      return "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String formOf(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(k).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return out.toString();
  }

  /** Posts {@code body} to the app signed as Slack signs it now. */
  public Ack send(String appUrl, String body) {
    return send(appUrl, body, Instant.now(), Map.of());
  }

  /** Posts {@code body} signed as at {@code at}, with extra headers (such as X-Slack-Retry-Num). */
  public Ack send(String appUrl, String body, Instant at, Map<String, String> headers) {
    String timestamp = Long.toString(at.getEpochSecond());
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("X-Slack-Request-Timestamp", timestamp);
    all.put("X-Slack-Signature", signature.sign(timestamp, body.getBytes(StandardCharsets.UTF_8)));
    return post(appUrl, body, all);
  }

  /** Posts {@code body} to the app with exactly these headers (none: unsigned). */
  public Ack post(String appUrl, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl)).timeout(Duration.ofSeconds(10))
        .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Ack(response.statusCode(), response.body(), System.nanoTime() - start);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
