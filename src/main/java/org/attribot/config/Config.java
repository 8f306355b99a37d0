package org.attribot.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;

/**
 * Every setting, after defaults, the config file and {@code ATTRIBOT_…} environment
 * variables have been applied (in that order). See {@code config/attribot.example.yaml}.
 * {@link ConfigLoader} binds the checked settings onto these records: a section per record,
 * a component per key in snake case, or the key its {@link JsonProperty} names.
 */
public record Config(Store store, Ingest ingest, Actors actors, Retrieve retrieve, Answer answer, Llm llm, Prompts prompts,
    Memory memory, Telegram telegram, Slack slack, Digest digest, Question question) {

  /**
   * The least embedding similarity a sentence a model writes must have with a window of what it
   * cites: {@code llm.support_similarity}, or when that is empty the embedding model's own.
   */
  public double supportSimilarity() {
    return llm.supportSimilarity() != null ? llm.supportSimilarity() : retrieve.embeddingModel().supportSimilarity();
  }

  /** {@code question.*}: the longest question any door (CLI, Telegram, Slack) takes, in characters. */
  public record Question(int maxChars) {}

  /** {@code store.*}: where the SQLite file is and how long a writer waits for a lock. */
  public record Store(Path path, int busyTimeoutMs) {}

  /** {@code ingest.*}: the largest file read. */
  public record Ingest(int maxFileMb) {}

  /** {@code actors.*}: the actor list written by {@code actors import}; the built-in one is used until it exists. */
  public record Actors(Path path) {}

  /**
   * {@code retrieve.*}: how many passages the keyword and the vector search return (vectors 0:
   * no embeddings at all), how many statements they may come from, and the embedding model.
   */
  public record Retrieve(int passages, int vectors, int statements, org.attribot.embed.LocalModel embeddingModel) {
    public boolean embeddings() {
      return vectors > 0;
    }
  }

  /**
   * {@code llm.*}: the chat model for generative answers ({@code provider} none, openai,
   * anthropic or gemini), the time one answer may take, retries, and the circuit that sends
   * answers extractive after repeated failures, and the least embedding similarity between a
   * sentence the model writes and a window of what it cites (0: not checked; null: the embedding
   * model's own, see {@link Config#supportSimilarity()}). The key comes from the environment only
   * and is never printed.
   */
  public record Llm(String provider, String baseUrl, String model, String apiKey, java.time.Duration timeout,
      int maxRetries, int circuitFailures, @JsonProperty("circuit_open_seconds") java.time.Duration circuitOpen,
      Double supportSimilarity) {
    public boolean configured() {
      return !provider.equals("none");
    }

    @Override
    public String toString() {
      return "Llm[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
          + (apiKey == null || apiKey.isEmpty() ? "(none)" : "(set)") + ", timeout=" + timeout + "]";
    }
  }

  /** {@code prompts.*}: the folder of prompt templates; the jar's defaults fill in what it lacks. */
  public record Prompts(Path path) {}

  /**
   * {@code telegram.*}: the bot token (from TELEGRAM_BOT_TOKEN only, never printed), the Bot
   * API URL (empty: Telegram's own), the bot's @name (empty: asked of Telegram), the chats
   * allowed (empty: all), questions per user a minute, the longest question, worker threads.
   */
  public record Telegram(String token, String apiUrl, String username, java.util.Set<Long> allowedChats, int perMinute,
      int workers) {
    public boolean configured() {
      return !token.isBlank();
    }

    @Override
    public String toString() {
      return "Telegram[token=" + (token.isBlank() ? "(none)" : "(set)") + ", apiUrl=" + apiUrl + ", username=" + username + "]";
    }
  }

  /**
   * {@code slack.*}: the bot token (SLACK_BOT_TOKEN), signing secret (SLACK_SIGNING_SECRET, HTTP
   * mode) and app token (SLACK_APP_TOKEN, Socket Mode) come from the environment only and are
   * never printed; the transport ({@code http} or {@code socket}), the address and port HTTP
   * listens on, the Web API prefix (empty: Slack's own), the slash command's name, worker threads.
   */
  public record Slack(String botToken, String signingSecret, String appToken, String mode, String host, int port,
      String apiUrl, String command, int workers, int perMinute) {
    public boolean configured() {
      return !botToken.isBlank();
    }

    public boolean socketMode() {
      return mode.equals("socket");
    }

    @Override
    public String toString() {
      return "Slack[botToken=" + set(botToken) + ", signingSecret=" + set(signingSecret) + ", appToken=" + set(appToken)
          + ", mode=" + mode + ", host=" + host + ", port=" + port + ", apiUrl=" + apiUrl + ", command=" + command + ", workers=" + workers
          + ", perMinute=" + perMinute + "]";
    }

    private static String set(String secret) {
      return secret.isBlank() ? "(none)" : "(set)";
    }
  }

  /**
   * {@code digest.*}: the default local time and zone of a subscription, whether a day with
   * nothing new is skipped or announced, the most statements one digest lists, how often a
   * failed send is tried (backoff from {@code retry} doubling), how many destinations are
   * sent to at once, Telegram's overall messages a second, and how often the schedule is looked at.
   */
  public record Digest(java.time.LocalTime time, java.time.ZoneId zone, @JsonProperty("empty") boolean announceEmpty,
      int maxStatements, int maxAttempts, @JsonProperty("retry_seconds") java.time.Duration retry, int senders,
      int telegramPerSecond, @JsonProperty("check_seconds") java.time.Duration check) {}

  /** {@code memory.*}: how many turns of each conversation are kept. */
  public record Memory(int turns) {}

  /** {@code answer.*}: the extractive composer's evidence threshold and size limits. */
  public record Answer(double minCoverage, double companionRatio, int maxStatements, int maxChars) {}
}
