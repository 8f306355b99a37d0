package org.attribot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A chat-model server on 127.0.0.1 that speaks enough of the OpenAI ({@code /v1/chat/completions})
 * and Anthropic ({@code /v1/messages}) APIs for the real LangChain4j clients: it answers each
 * request as the script says (status, body, delay) and records what it was sent. For the
 * benchmark of attribot's own time around a model call, and for tests.
 */
public final class LocalChatServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the server answers to one request. */
  public record Reply(int status, String body, long delayMs) {}

  /** A request as received. */
  public record Request(String path, Map<String, List<String>> headers, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Reply> script;

  public LocalChatServer(Function<Request, Reply> script) {
    this.script = script;
    // without TCP_NODELAY the JDK server's replies wait ~40 ms for delayed ACKs
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "local-chat-server");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request = new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body);
      requests.add(request);
      Reply reply = this.script.apply(request);
      if (reply.delayMs() > 0) {
        try {
          Thread.sleep(reply.delayMs());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      try {
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
      } catch (IOException e) {
        // the client gave up (a timeout): nothing to tell it
      } finally {
        exchange.close();
      }
    });
    server.start();
  }

  public void script(Function<Request, Reply> next) {
    this.script = next;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The base URL the LangChain4j clients take: {@code http://127.0.0.1:PORT/v1}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/v1";
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** An OpenAI chat completion whose message is {@code content}. */
  public static Reply openAi(String content) {
    return new Reply(200, json(Map.of("id", "chatcmpl-1", "object", "chat.completion", "created", 1, "model", "test",
        "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
            "message", Map.of("role", "assistant", "content", content))),
        "usage", Map.of("prompt_tokens", 1, "completion_tokens", 1, "total_tokens", 2))), 0);
  }

  /** An Anthropic message whose text is {@code text}. */
  public static Reply anthropic(String text) {
    return new Reply(200, json(Map.of("id", "msg_1", "type", "message", "role", "assistant", "model", "test",
        "content", List.of(Map.of("type", "text", "text", text)), "stop_reason", "end_turn",
        "usage", Map.of("input_tokens", 1, "output_tokens", 1))), 0);
  }

  /** The structured answer attribot asks for, as JSON text. */
  public static String answerJson(String answer, List<Integer> citations, boolean enough) {
    return json(Map.of("answer", answer, "citations", citations, "enough_evidence", enough));
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
