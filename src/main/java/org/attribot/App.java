package org.attribot;

import java.nio.file.Path;
import java.time.Clock;
import org.attribot.actorcard.ActorCards;
import org.attribot.actor.Gazetteer;
import dev.langchain4j.model.chat.ChatModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.attribot.answer.AnswerService;
import org.attribot.answer.ClaimAnswers;
import org.attribot.claim.ClaimExtractor;
import org.attribot.claim.Extractors;
import org.attribot.claim.LlmClaimExtractor;
import org.attribot.claim.OfflineClaimExtractor;
import org.attribot.answer.GenerativeComposer;
import org.attribot.answer.Meaning;
import org.attribot.chat.Answerer;
import org.attribot.chat.ChatService;
import org.attribot.chat.Door;
import org.attribot.conversation.Conversations;
import org.attribot.conversation.PlatformException;
import org.attribot.conversation.QuestionLimit;
import org.attribot.llm.ChatModels;
import org.attribot.llm.CircuitBreaker;
import org.attribot.llm.Model;
import org.attribot.llm.ModelCall;
import org.attribot.llm.Prompts;
import org.attribot.answer.ExtractiveComposer;
import org.attribot.config.Config;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.attribot.digest.DigestBuilder;
import org.attribot.digest.DigestSender;
import org.attribot.digest.DigestService;
import org.attribot.digest.DigestSummarizer;
import org.attribot.digest.ClaimDigestLines;
import org.attribot.digest.ExtractiveDigestLines;
import org.attribot.digest.Subscriptions;
import org.attribot.slack.SlackDigestSender;
import org.attribot.telegram.TelegramDigestSender;
import org.attribot.embed.Embedder;
import org.attribot.embed.LocalEmbedder;
import org.attribot.ingest.IngestService;
import org.attribot.ingest.SampleCorpus;
import org.attribot.retrieve.Retriever;
import org.attribot.statement.StatementReader;
import org.attribot.slack.SlackRunner;
import org.attribot.telegram.TelegramBot;
import org.attribot.telegram.TelegramRunner;

/**
 * The composition root: builds every part with {@code new} from one {@link Config} and
 * closes what it opened in reverse order. The adapters open it; {@link Main} is the entry point.
 * A Telegram or Slack runner it starts is the caller's to close (a platform is stopped and
 * started again on its own).
 */
public final class App implements AutoCloseable {
  /** When the embedding model loads: at once, beside the rest of the start (a command that searches or makes vectors), or on first use. */
  public enum Embedding { LOAD_NOW, ON_FIRST_USE }

  private final StorePorts store;
  private final IngestService ingest;
  private final AnswerService answers;
  private final LocalEmbedder embedder;
  private final Gazetteer gazetteer;
  private final Config config;
  private final Clock clock;
  /** The chat model with the configured timeout per call; null when none is configured. */
  private final ModelCall model;
  private final Prompts prompts;
  private final Subscriptions subscriptions;
  private final ClaimExtractor claims;
  /** Model calls run here, so a call that overruns its deadline can be left behind. */
  private final ExecutorService llmCalls;
  /** The clients opened on request after the start (digest senders), in the order they were opened. */
  private final List<AutoCloseable> opened = new ArrayList<>();

  private App(Config config, StorePorts store, LocalEmbedder embedder, boolean sample, Clock clock) {
    this.store = store;
    this.config = config;
    this.clock = clock;
    StatementReader reader = reader(config);
    this.embedder = embedder;
    this.gazetteer = java.nio.file.Files.exists(config.actors().path())
        ? Gazetteer.load(config.actors().path()) : Gazetteer.loadDefault();
    Config.Answer a = config.answer();
    Config.Retrieve r = config.retrieve();
    this.prompts = Prompts.load(config.prompts().path());
    ChatModel chat = ChatModels.create(config.llm());
    this.llmCalls = Executors.newCachedThreadPool(task -> {
      Thread t = new Thread(task, "attribot-llm");
      t.setDaemon(true);
      return t;
    });
    this.model = chat == null ? null : new ModelCall(new Model(chat, ChatModels.takesJsonSchema(config.llm()),
        config.llm().maxRetries(), new CircuitBreaker(config.llm().circuitFailures(), config.llm().circuitOpen(), clock), llmCalls,
        clock), config.llm().timeout(), clock);
    this.claims = new Extractors(new OfflineClaimExtractor(gazetteer),
        model == null ? null : new LlmClaimExtractor(model, prompts, gazetteer));
    this.ingest = new IngestService(store.statementWrites(), reader, embedder, claims);
    this.answers = new AnswerService(gazetteer,
        new Retriever(store.statements(), store.passages(), store.vectors(), gazetteer, embedder, r.passages(), r.vectors(), r.statements(), clock),
        new ExtractiveComposer(gazetteer, a.minCoverage(), a.companionRatio(), a.maxStatements(), a.maxChars()),
        new ClaimAnswers(store.statements(), store.claims(), gazetteer),
        model == null ? null : new GenerativeComposer(model.model(), prompts, gazetteer,
            embedder == null ? null : new Meaning(embedder, config.supportSimilarity())),
        new Conversations(store.turns(), config.memory().turns(), model, prompts, clock), config.llm().timeout(), clock,
        store.statements()::summaries);
    this.subscriptions = new Subscriptions(store.subscriptions(), config.digest().time(), config.digest().zone(), clock);
    if (sample) {
      // keyword search only: the sample answers at once, without loading the model
      SampleCorpus.loadInto(new IngestService(store.statementWrites(), reader, null, claims), reader);
    }
  }

  /** Opens the store at {@code file} (created if missing); the embedding model loads on first use. */
  public static App open(Config config, Path file) {
    return open(config, file, Embedding.ON_FIRST_USE);
  }

  /** Opens the store at {@code file} (created if missing), loading the embedding model when {@code embedding} says. */
  public static App open(Config config, Path file, Embedding embedding) {
    return build(config, file, embedding, false, Clock.systemUTC());
  }

  /** Opens the store at {@code file} with time from {@code clock} (tests move it by hand). */
  public static App open(Config config, Path file, Clock clock) {
    return build(config, file, Embedding.ON_FIRST_USE, false, clock);
  }

  /** An in-memory store holding the built-in sample statements (keyword search only: the model is never loaded). */
  public static App sample(Config config) {
    return build(config, null, Embedding.ON_FIRST_USE, true, Clock.systemUTC());
  }

  /** Starts the model's load first, so opening the store overlaps it; whatever fails, a load under way is waited for. */
  private static App build(Config config, Path file, Embedding embedding, boolean sample, Clock clock) {
    LocalEmbedder embedder = !config.retrieve().embeddings() ? null : embedding == Embedding.LOAD_NOW
        ? LocalEmbedder.loadingNow(config.retrieve().embeddingModel()) : new LocalEmbedder(config.retrieve().embeddingModel());
    StorePorts store = null;
    try {
      store = StorePorts.sqlite(file, config.store().busyTimeoutMs(), clock);
      return new App(config, store, embedder, sample, clock);
    } catch (RuntimeException e) {
      if (store != null) {
        store.close();
      }
      if (embedder != null) {
        embedder.close();
      }
      throw e;
    }
  }

  private static StatementReader reader(Config config) {
    return new StatementReader(config.ingest().maxFileMb() * 1_000_000L);
  }

  /** The store's ports. */
  public StorePorts store() {
    return store;
  }

  public IngestService ingest() {
    return ingest;
  }

  public AnswerService answers() {
    return answers;
  }

  /** The embedding model, or null when embeddings are off ({@code retrieve.vectors: 0}). */
  public Embedder embedder() {
    return embedder;
  }

  /** The claim extractor ingest uses. */
  public ClaimExtractor claimExtractor() {
    return claims;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  public ActorCards actorCards() {
    return new ActorCards(gazetteer, store.statements(), store.passages(), store.claims());
  }

  /** Starts the Telegram bot configured in {@code config} (its token set) on this app's store; fails when Telegram cannot be reached or refuses the token. */
  public TelegramRunner telegram(Config.Telegram t) throws PlatformException {
    return new TelegramRunner(t.token(), t.apiUrl(), new TelegramBot.Settings(t.username(), t.allowedChats()), t.workers(),
        chat(TelegramBot.DOOR, t.perMinute(), clock, answerer()));
  }

  /** The chat use cases of one door: questions through {@code answerer}, at most {@code perMinute} a user. */
  public ChatService chat(Door door, int perMinute, Clock clock, Answerer answerer) {
    return new ChatService(door, new ChatService.Ports(answerer, actorCards(), subscriptions, store.statements(),
        store.answersGiven(), store.chatUpdates(), store.sentParts()),
        new ChatService.Limits(perMinute, questionLimit()), clock);
  }

  /** The answer service as the chat doors ask it. */
  public Answerer answerer() {
    return Answerer.of(answers);
  }

  /** The longest question every door takes ({@code question.max_chars}). */
  public QuestionLimit questionLimit() {
    return new QuestionLimit(config.question().maxChars());
  }

  /** Digest subscriptions, with the configured default time and zone. */
  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** A digest sender for every platform whose token is set (none: the digest can only be previewed); this app closes them. */
  public List<DigestSender> digestSenders() {
    List<DigestSender> senders = new ArrayList<>();
    if (config.telegram().configured()) {
      senders.add(opened(TelegramDigestSender.create(config.telegram().token(), config.telegram().apiUrl(),
          config.digest().telegramPerSecond())));
    }
    if (config.slack().configured()) {
      senders.add(opened(SlackDigestSender.create(config.slack())));
    }
    return senders;
  }

  private <T extends AutoCloseable> T opened(T client) {
    synchronized (opened) {
      opened.add(client);
    }
    return client;
  }

  /** The digest over this app's store: extractive lines grouped by actor, the model's checked summary when one is configured. */
  public DigestService digest(List<DigestSender> senders) {
    Config.Digest d = config.digest();
    DigestSummarizer summarizer = model == null ? null : new DigestSummarizer(model, prompts.system(),
        Prompts.template(config.prompts().path(), "digest.txt"));
    return new DigestService(subscriptions, store.deliveries(),
        new DigestBuilder(new ClaimDigestLines(store.statements(), store.claims(),
            new ExtractiveDigestLines(store.statements(), gazetteer)), summarizer,
            d.maxStatements()), senders,
        new DigestService.Settings(d.announceEmpty(), d.maxAttempts(), d.retry(), d.senders()), clock);
  }

  /** Starts the Slack app configured in {@code config} (its bot token set) on this app's store; a {@link PlatformException} when Slack cannot be reached or refuses the token. */
  public SlackRunner slack(Config.Slack s) throws Exception {
    return new SlackRunner(s, chat(SlackRunner.DOOR, s.perMinute(), Clock.systemUTC(), answerer()), Clock.systemUTC());
  }

  /**
   * Closes everything this app opened, last opened first: the digest senders' clients, the pool of
   * model calls, the store, then waits for a model load under way: the process may exit after this
   * returns. Each is closed even when one before it fails; the first failure is thrown.
   */
  @Override
  public void close() {
    List<AutoCloseable> order = new ArrayList<>();
    synchronized (opened) {
      order.addAll(opened);
      opened.clear();
    }
    Collections.reverse(order);
    order.add(llmCalls::shutdownNow);
    order.add(store);
    if (embedder != null) {
      order.add(embedder);
    }
    RuntimeException failure = null;
    for (AutoCloseable c : order) {
      try {
        c.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = e instanceof RuntimeException r ? r : new IllegalStateException("closing: " + e.getMessage(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
