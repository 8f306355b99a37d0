package org.attribot.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The chat model as the claim extractor, the digest summary and the follow-up rewriting call
 * it: a system prompt (where one is given) and one user prompt, and a deadline — {@code timeout}
 * from now unless the caller already has one. Never throws; a {@link Model.Reply} says why
 * there is no text.
 */
public record ModelCall(Model model, Duration timeout, Clock clock) {
  public ModelCall {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(clock, "clock");
  }

  /** The deadline of a call that starts now. */
  public Instant deadline() {
    return clock.instant().plus(timeout);
  }

  /** A structured answer (the answer schema), within {@link #timeout} from now. */
  public Model.Reply answer(String system, String prompt) {
    return model.answer(messages(system, prompt), deadline());
  }

  /** JSON in the shape of {@code schema}, within {@link #timeout} from now. */
  public Model.Reply structured(String system, String prompt, JsonSchema schema) {
    return model.structured(messages(system, prompt), schema, deadline());
  }

  /** Plain text for {@code prompt} alone (no system prompt), by the caller's {@code deadline}. */
  public Model.Reply text(String prompt, Instant deadline) {
    return model.text(List.of(UserMessage.from(prompt)), deadline);
  }

  /** Whether a call would be made at all (the circuit is not open). */
  public boolean available() {
    return model.available();
  }

  private static List<ChatMessage> messages(String system, String prompt) {
    return List.of(SystemMessage.from(system), UserMessage.from(prompt));
  }
}
