package org.attribot.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.attribot.config.Config;

/**
 * Builds the LangChain4j chat model the configuration names. Retries are attribot's own
 * (see {@code Model}), so the clients are built with none.
 */
public final class ChatModels {
  private ChatModels() {}

  /** The model, or null when {@code llm.provider} is none. */
  public static ChatModel create(Config.Llm llm) {
    if (!llm.configured()) {
      return null;
    }
    if (llm.model().isBlank()) {
      throw new IllegalArgumentException("llm.model (ATTRIBOT_LLM_MODEL) must name a model for provider " + llm.provider());
    }
    String key = llm.apiKey().isBlank() ? "none" : llm.apiKey();
    return switch (llm.provider()) {
      case "openai" -> {
        var b = OpenAiChatModel.builder().apiKey(key).modelName(llm.model()).timeout(llm.timeout()).maxRetries(0)
            .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA).strictJsonSchema(true);
        if (!llm.baseUrl().isBlank()) {
          b.baseUrl(llm.baseUrl());
        }
        yield b.build();
      }
      case "anthropic" -> {
        var b = AnthropicChatModel.builder().apiKey(key).modelName(llm.model()).timeout(llm.timeout()).maxRetries(0);
        if (!llm.baseUrl().isBlank()) {
          b.baseUrl(llm.baseUrl());
        }
        yield b.build();
      }
      case "gemini" -> {
        var b = GoogleAiGeminiChatModel.builder().apiKey(key).modelName(llm.model()).timeout(llm.timeout()).maxRetries(0);
        if (!llm.baseUrl().isBlank()) {
          b.baseUrl(llm.baseUrl());
        }
        yield b.build();
      }
      default -> throw new IllegalArgumentException("unknown llm.provider " + llm.provider());
    };
  }

  /** Whether the provider takes a JSON schema for structured answers. */
  public static boolean takesJsonSchema(Config.Llm llm) {
    return llm.provider().equals("openai") || llm.provider().equals("gemini");
  }
}
