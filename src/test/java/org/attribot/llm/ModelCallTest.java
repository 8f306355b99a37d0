package org.attribot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.attribot.bench.LocalChatServer;
import org.attribot.config.ConfigLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A model call with a deadline, through the real OpenAI client against a chat server on 127.0.0.1. */
class ModelCallTest {
  final ExecutorService pool = Executors.newCachedThreadPool();
  LocalChatServer server;

  @AfterEach
  void close() {
    pool.shutdownNow();
    if (server != null) {
      server.close();
    }
  }

  ModelCall call(LocalChatServer.Reply reply, Duration timeout) {
    server = new LocalChatServer(r -> reply);
    var llm = ConfigLoader.load(null, Map.of("ATTRIBOT_LLM_PROVIDER", "openai", "ATTRIBOT_LLM_BASE_URL", server.baseUrl(),
        "ATTRIBOT_LLM_MODEL", "test-model", "ATTRIBOT_LLM_API_KEY", "test-key", "ATTRIBOT_LLM_TIMEOUT", "10")).llm();
    Clock clock = Clock.systemUTC();
    Model model = new Model(ChatModels.create(llm), false, 0, new CircuitBreaker(5, Duration.ofMinutes(1), clock), pool, clock);
    return new ModelCall(model, timeout, clock);
  }

  @Test
  void aReplyInTimeIsTheTextAndCarriesTheSystemPrompt() {
    ModelCall call = call(LocalChatServer.openAi("{\"answer\": \"ok\"}"), Duration.ofSeconds(5));
    Model.Reply reply = call.answer("SYSTEM-PROMPT", "the user's prompt");
    assertTrue(reply.ok(), reply.failure());
    assertEquals("{\"answer\": \"ok\"}", reply.text());
    String sent = server.requests().get(0).body();
    assertTrue(sent.contains("SYSTEM-PROMPT") && sent.contains("the user's prompt"), sent);
  }

  @Test
  void aReplyAfterTheDeadlineIsNoReplyButTheDeadlineMessage() {
    ModelCall call = call(new LocalChatServer.Reply(LocalChatServer.openAi("too late").status(),
        LocalChatServer.openAi("too late").body(), 3_000), Duration.ofMillis(300));
    long start = System.nanoTime();
    Model.Reply reply = call.structured("system", "prompt", Model.ANSWER_SCHEMA);
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    assertFalse(reply.ok());
    assertNull(reply.text());
    assertEquals("timed out", reply.failure());
    assertTrue(tookMs < 2_000, "the caller has its reply by the deadline, not the server's: " + tookMs + " ms");
  }

  @Test
  void aCallerDeadlineAlreadyPastMakesNoCall() {
    ModelCall call = call(LocalChatServer.openAi("unused"), Duration.ofSeconds(5));
    Model.Reply reply = call.text("prompt", Clock.systemUTC().instant().minusSeconds(1));
    assertEquals("no time left", reply.failure());
    assertTrue(server.requests().isEmpty());
  }
}
