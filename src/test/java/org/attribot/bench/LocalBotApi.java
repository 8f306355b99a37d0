package org.attribot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Telegram Bot API on 127.0.0.1 for the real client and long poller: updates go in, every
 * call is recorded with its arrival time. For the Telegram load benchmark and for tests.
 */
public final class LocalBotApi implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String USERNAME = "attribot_test_bot";
  private static final java.time.Duration AWAIT = java.time.Duration.ofMinutes(1);

  /** One call: the method (lower case), its JSON body, when it arrived. */
  public record Call(String method, JsonNode body, long atNanos) {}

  private final HttpServer server;
  private final List<JsonNode> updates = new CopyOnWriteArrayList<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<Call> delivered = new CopyOnWriteArrayList<>();
  private final AtomicInteger messageIds = new AtomicInteger(1000);
  /**
   * Chat ids whose sendMessage replies are held until the condition holds of the recorded calls
   * (at most a minute): a chat whose sends do not come back until something else has happened.
   */
  public final Map<Long, Predicate<LocalBotApi>> heldChats = new ConcurrentHashMap<>();
  /** When set, every sendMessage in HTML parse mode is refused as Telegram refuses bad entities. */
  public final java.util.concurrent.atomic.AtomicBoolean refuseHtml = new java.util.concurrent.atomic.AtomicBoolean();
  /** How many sendMessage calls are still to be refused with a 429. */
  public final AtomicInteger tooMany = new AtomicInteger();
  private volatile long confirmed;
  /** A refusal Telegram gives: its status and description. */
  public record Refusal(int status, String description) {}
  /** Chats every sendMessage to which is refused, and how. */
  public final Map<Long, Refusal> refusals = new ConcurrentHashMap<>();
  /**
   * When set, a sendMessage beyond Telegram's limits — a 31st in any second, or a second one to
   * the same chat within a second — is refused with a 429 and counted in {@link #violations}.
   */
  public final java.util.concurrent.atomic.AtomicBoolean enforceLimits = new java.util.concurrent.atomic.AtomicBoolean();
  public final AtomicInteger violations = new AtomicInteger();
  private final java.util.ArrayDeque<Long> accepted = new java.util.ArrayDeque<>();
  /** Called with the number of messages accepted so far, after each accepted message's reply has gone back. */
  public volatile java.util.function.IntConsumer afterDelivered = n -> {};
  private final Map<Long, Long> lastToChat = new ConcurrentHashMap<>();

  /** When set, every call is refused as Telegram refuses a token it does not know: 401 Unauthorized. */
  public final java.util.concurrent.atomic.AtomicBoolean refuseToken = new java.util.concurrent.atomic.AtomicBoolean();

  /** A Bot API on a free port. */
  public LocalBotApi() throws IOException {
    this(0);
  }

  /** A Bot API on {@code port} of 127.0.0.1 (0: a free one), as when Telegram comes back where it was expected. */
  public LocalBotApi(int port) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase();
      byte[] raw = exchange.getRequestBody().readAllBytes();
      JsonNode body = raw.length == 0 ? JSON.createObjectNode() : parse(raw);
      calls.add(new Call(method, body, System.nanoTime()));
      if (refuseToken.get()) {
        reply(exchange, 401, Map.of("ok", false, "error_code", 401, "description", "Unauthorized"));
        return;
      }
      int status = 200;
      Object result;
      switch (method) {
        case "getme" -> result = Map.of("id", 42, "is_bot", true, "first_name", "attribot", "username", USERNAME);
        case "getupdates" -> result = updates(body);
        case "sendmessage" -> {
          long chat = body.path("chat_id").asLong();
          Predicate<LocalBotApi> held = heldChats.get(chat);
          if (held != null) {
            holdUntil(held);
          }
          if (refuseHtml.get() && body.hasNonNull("parse_mode")) {
            reply(exchange, 400, Map.of("ok", false, "error_code", 400,
                "description", "Bad Request: can't parse entities: unsupported start tag"));
            return;
          }
          Refusal refusal = refusals.get(chat);
          if (refusal != null) {
            reply(exchange, refusal.status(), Map.of("ok", false, "error_code", refusal.status(),
                "description", refusal.description()));
            return;
          }
          if (tooMany.getAndDecrement() > 0 || enforceLimits.get() && !withinLimits(chat)) {
            reply(exchange, 429, Map.of("ok", false, "error_code", 429, "description", "Too Many Requests: retry after 1",
                "parameters", Map.of("retry_after", 1)));
            return;
          }
          delivered.add(new Call(method, body, System.nanoTime()));
          reply(exchange, 200, Map.of("ok", true, "result", Map.of("message_id", messageIds.incrementAndGet(),
              "date", 1_700_000_000, "chat", Map.of("id", chat, "type", chat < 0 ? "group" : "private"),
              "text", body.path("text").asText())));
          afterDelivered.accept(delivered.size());
          return;
        }
        default -> result = true;
      }
      reply(exchange, status, Map.of("ok", true, "result", result));
    });
    server.start();
  }

  /** Whether a message to {@code chat} now keeps to 30 a second overall and 1 a second per chat; counts it if so. */
  private synchronized boolean withinLimits(long chat) {
    long now = System.nanoTime();
    while (!accepted.isEmpty() && now - accepted.peekFirst() >= 1_000_000_000L) {
      accepted.pollFirst();
    }
    Long last = lastToChat.get(chat);
    if (accepted.size() >= 30 || last != null && now - last < 1_000_000_000L) {
      violations.incrementAndGet();
      return false;
    }
    accepted.addLast(now);
    lastToChat.put(chat, now);
    return true;
  }

  private static JsonNode parse(byte[] raw) {
    try {
      return JSON.readTree(raw);
    } catch (IOException e) {
      return JSON.createObjectNode().put("raw", new String(raw, StandardCharsets.UTF_8));
    }
  }

  private List<JsonNode> updates(JsonNode body) {
    long offset = body.path("offset").asLong(0);
    if (offset > confirmed) {
      confirmed = offset;
    }
    // long polling as Telegram does it: hold the request until an update comes or the timeout passes
    long wait = Math.min(10, Math.max(0, body.path("timeout").asLong(0))) * 1000L;
    long deadline = System.currentTimeMillis() + Math.max(wait, 50);
    while (System.currentTimeMillis() < deadline) {
      List<JsonNode> out = new ArrayList<>();
      for (JsonNode u : updates) {
        if (u.path("update_id").asLong() >= confirmed) {
          out.add(u);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
      sleep(2);
    }
    return List.of();
  }

  private static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, Object value) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(value);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void holdUntil(Predicate<LocalBotApi> release) {
    long deadline = System.nanoTime() + AWAIT.toNanos();
    try {
      while (!release.test(this) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The offset the bot last asked from: every update below it is confirmed as received. */
  public long confirmed() {
    return confirmed;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public void message(long updateId, long chat, String chatType, String text) {
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", updateId + 1);
    m.put("date", 1_700_000_000);
    m.set("chat", JSON.valueToTree(Map.of("id", chat, "type", chatType)));
    m.set("from", JSON.valueToTree(Map.of("id", Math.abs(chat) + 7, "is_bot", false, "first_name", "Analyst")));
    m.put("text", text);
    updates.add(JSON.createObjectNode().put("update_id", updateId).set("message", m));
  }

  public void callback(long updateId, long chat, String data) {
    ObjectNode q = JSON.createObjectNode();
    q.put("id", "cb-" + updateId);
    q.set("from", JSON.valueToTree(Map.of("id", chat + 7, "is_bot", false, "first_name", "Analyst")));
    q.put("chat_instance", "ci");
    q.put("data", data);
    q.set("message", JSON.valueToTree(Map.of("message_id", 5, "date", 1_700_000_000,
        "chat", Map.of("id", chat, "type", "private"), "text", "answer")));
    updates.add(JSON.createObjectNode().put("update_id", updateId).set("callback_query", q));
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  public List<Call> sentTo(long chat) {
    return calls("sendmessage").stream().filter(c -> c.body().path("chat_id").asLong() == chat).toList();
  }

  /** The messages to {@code chat} that were accepted (not refused), in order. */
  public List<Call> deliveredTo(long chat) {
    return delivered.stream().filter(c -> c.body().path("chat_id").asLong() == chat).toList();
  }

  /** Every message accepted, in order. */
  public List<Call> delivered() {
    return List.copyOf(delivered);
  }

  /**
   * Waits until {@code test} holds of the recorded calls. The minute allowed is for an event that
   * must happen, however loaded the machine; it returns as soon as the event is there.
   */
  public void await(Predicate<LocalBotApi> test) throws InterruptedException {
    long deadline = System.nanoTime() + AWAIT.toNanos();
    while (!test.test(this)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out; calls: " + calls.stream().map(Call::method).toList());
      }
      Thread.sleep(20);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
