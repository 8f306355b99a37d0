package org.attribot.llm;

import org.attribot.pause.Pause;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the chat model within a deadline: rate limits (429), server errors (5xx) and
 * timeouts are retried with exponential backoff while time is left; whatever happens, the
 * caller has a {@link Reply} by the deadline. Failures feed the circuit breaker, and an open
 * circuit means no call at all. Never throws, never logs what was sent.
 */
public final class Model {
  private static final Logger LOG = LoggerFactory.getLogger(Model.class);
  /** The answer schema: text, the passage numbers cited, and whether the passages sufficed. */
  static final JsonSchema ANSWER_SCHEMA = JsonSchema.builder().name("attribot_answer")
      .rootElement(JsonObjectSchema.builder()
          .addStringProperty("answer")
          .addProperty("citations", JsonArraySchema.builder().items(new JsonIntegerSchema()).build())
          .addBooleanProperty("enough_evidence")
          .required("answer", "citations", "enough_evidence")
          .build())
      .build();

  private final ChatModel chat;
  private final boolean jsonSchema;
  private final int maxRetries;
  private final CircuitBreaker circuit;
  private final ExecutorService pool;
  private final Clock clock;

  public Model(ChatModel chat, boolean jsonSchema, int maxRetries, CircuitBreaker circuit, ExecutorService pool, Clock clock) {
    this.chat = chat;
    this.jsonSchema = jsonSchema;
    this.maxRetries = maxRetries;
    this.circuit = circuit;
    this.pool = pool;
    this.clock = clock;
  }

  /** What the model said, or why it said nothing. */
  public record Reply(String text, String failure) {
    public boolean ok() {
      return failure == null;
    }
  }

  /** Asks for a structured answer (JSON schema where the provider takes one). */
  public Reply answer(List<ChatMessage> messages, Instant deadline) {
    return structured(messages, ANSWER_SCHEMA, deadline);
  }

  /** Asks for JSON in the shape of {@code schema} (enforced where the provider takes a schema). */
  public Reply structured(List<ChatMessage> messages, JsonSchema schema, Instant deadline) {
    ChatRequest.Builder request = ChatRequest.builder().messages(messages);
    if (jsonSchema) {
      request.responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build());
    }
    return call(request.build(), deadline);
  }

  /** Asks for plain text. */
  public Reply text(List<ChatMessage> messages, Instant deadline) {
    return call(ChatRequest.builder().messages(messages).build(), deadline);
  }

  public boolean available() {
    return circuit.allows();
  }

  private Reply call(ChatRequest request, Instant deadline) {
    if (!circuit.allows()) {
      return new Reply(null, "circuit open");
    }
    String failure = "no time left";
    for (int attempt = 0; attempt <= maxRetries; attempt++) {
      long remaining = Duration.between(clock.instant(), deadline).toMillis();
      if (remaining <= 0) {
        break;
      }
      Future<String> future = pool.submit(() -> chat.chat(request).aiMessage().text());
      try {
        String text = future.get(remaining, TimeUnit.MILLISECONDS);
        if (text == null || text.isBlank()) {
          failure = "empty reply";
          break;
        }
        circuit.success();
        return new Reply(text, null);
      } catch (TimeoutException e) {
        future.cancel(true);
        failure = "timed out";
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        future.cancel(true);
        failure = "interrupted";
        break;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        failure = cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage());
        if (!(cause instanceof RetriableException) || attempt == maxRetries) {
          break;
        }
        LOG.info("model call failed ({}), retrying", failure);
        long backoff = Math.min(200L << attempt, Duration.between(clock.instant(), deadline).toMillis() - 50);
        if (backoff <= 0 || !Pause.sleep(backoff)) {
          break;
        }
      }
    }
    circuit.failure();
    LOG.warn("model unavailable: {}{}", failure, circuit.isOpen() ? "; circuit open" : "");
    return new Reply(null, failure);
  }


  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    String line = s.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
