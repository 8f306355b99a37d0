package org.attribot.llm;

import dev.langchain4j.model.openai.OpenAiChatModelName;
import dev.langchain4j.model.openai.OpenAiTokenCountEstimator;

/**
 * Counts tokens as OpenAI's tokenizer (o200k_base, through LangChain4j's
 * {@link OpenAiTokenCountEstimator}, offline) does. Other providers' tokenizers differ by a
 * few percent on English prose; the count bounds what a prompt costs, not a provider's bill.
 */
public final class Tokens {
  private static final OpenAiTokenCountEstimator ESTIMATOR = new OpenAiTokenCountEstimator(OpenAiChatModelName.GPT_4_O_MINI);

  private Tokens() {}

  public static int count(String text) {
    return text.isEmpty() ? 0 : ESTIMATOR.estimateTokenCountInText(text);
  }
}
