package org.attribot.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import org.attribot.embed.MiniLmEmbedder;
import org.attribot.statement.Statement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The benchmarks, run from the test classpath (they are not in the product jar):
 * {@code mvn -B -q -Pbench test-compile exec:java -Dexec.args="--slack 5"}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
    "Benchmarks on a synthetic corpus, in fresh temporary stores, and prints Markdown tables:",
    "1. ingest with real all-MiniLM-L6-v2 embeddings against the model's own rate on the same passages;",
    "2. warm question latency (p50/p95/p99, including embedding the question) and heap, at scale, for attribot",
    "   and for a naive LangChain4j RAG over the same passages. At scale the passage vectors are stand-ins",
    "   (a hashed bag-of-words vector of 384 dimensions per passage) so the run takes minutes, not hours."})
public final class BenchCommand implements Callable<Integer> {
  private final Map<String, String> env;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (default: $ATTRIBOT_CONFIG, else config/attribot.yaml if it exists).")
  Path configFile;

  @Option(names = "--statements", defaultValue = "100000", paramLabel = "N", description = "Statements at scale (default ${DEFAULT-VALUE}).")
  int statements;

  @Option(names = "--embedded", defaultValue = "300", paramLabel = "N", description = "Statements ingested with real embeddings (default ${DEFAULT-VALUE}).")
  int embedded;

  @Option(names = "--questions", defaultValue = "300", paramLabel = "N", description = "Questions timed per system (default ${DEFAULT-VALUE}).")
  int questions;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the generator (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--llm", description = {"Instead: attribot's own time around a model call (rewrite, retrieval, prompt,",
      "checking, memory), with an OpenAI-compatible server on 127.0.0.1 that answers at once."})
  boolean llm;

  @Option(names = "--telegram", paramLabel = "CHATS", description = {"Instead: CHATS chats asking the Telegram bot at once",
      "(real client and long poller, Bot API on 127.0.0.1)."})
  Integer telegram;

  @Option(names = "--digest", paramLabel = "CHATS", description = {"Instead: CHATS subscribed chats due at once, digests sent",
      "through the real client to a Bot API on 127.0.0.1 that refuses anything beyond Telegram's rate limits."})
  Integer digest;
  @Option(names = "--slack", paramLabel = "COMMANDS", description = {"Instead: COMMANDS signed slash commands at once to the",
      "Slack app over HTTP on 127.0.0.1, answered by a composer whose model takes 5 s: ack times, answered exactly once."})
  Integer slack;

  @Option(names = "--claims", paramLabel = "N", description = {"Instead: ingest N synthetic statements with and without offline",
      "claim extraction, with embeddings and keyword-only, and print what extraction adds."})
  Integer claims;

  @Option(names = "--concurrency", description = {"Instead: questions per second with 1, 4 and 16 askers at once over a store",
      "of the dev statements, while another thread re-ingests them with changed text in a loop."})
  boolean concurrency;

  @Option(names = "--seconds", defaultValue = "10", paramLabel = "N",
      description = "With --concurrency: seconds per number of askers (default ${DEFAULT-VALUE}).")
  int seconds;

  BenchCommand(Map<String, String> env) {
    this.env = env;
  }

  /** Runs the benchmark the arguments name; exits with a non-zero code only on failure. */
  public static void main(String[] args) {
    int code = run(args, System.getenv());
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, Map<String, String> env) {
    CommandLine cli = new CommandLine(new BenchCommand(env));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("bench: " + e.getMessage());
      return 1;
    });
    return cli.execute(args);
  }

  /** The settings, found as attribot finds them. */
  private Config config() {
    Path file = configFile;
    if (file == null && env.get("ATTRIBOT_CONFIG") != null) {
      file = Path.of(env.get("ATTRIBOT_CONFIG"));
    }
    if (file != null && !Files.exists(file)) {
      throw new IllegalArgumentException("config file " + file + " does not exist");
    }
    ConfigLoader.unknownVariables(env).forEach(w -> spec.commandLine().getErr().println("bench: warning: " + w));
    return ConfigLoader.load(file != null ? file : Path.of("config", "attribot.yaml"), env);
  }

  @Override
  public Integer call() throws Exception {
    if (statements < 1 || questions < 1 || embedded < 1) {
      throw new IllegalArgumentException("--statements, --embedded and --questions must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (digest != null) {
      out.print(DigestLoad.run(digest));
      out.flush();
      return 0;
    }
    if (claims != null) {
      if (claims < 1) {
        throw new IllegalArgumentException("--claims must be at least 1");
      }
      out.print(ClaimOverhead.run(claims, seed));
      out.flush();
      return 0;
    }
    if (slack != null) {
      if (slack < 1) {
        throw new IllegalArgumentException("--slack must be at least 1");
      }
      out.print(SlackLoad.run(slack));
      out.flush();
      return 0;
    }
    if (telegram != null) {
      out.print(TelegramLoad.run(telegram));
      out.flush();
      return 0;
    }
    if (llm) {
      out.print(LlmOverhead.run(questions, seed));
      out.flush();
      return 0;
    }
    if (concurrency) {
      if (seconds < 1) {
        throw new IllegalArgumentException("--seconds must be at least 1");
      }
      Path dir = Files.createTempDirectory("attribot-bench");
      try {
        out.print(ConcurrentAsk.run(config(), org.attribot.Shared.devSet(), seconds, dir));
        out.flush();
      } finally {
        Bench.deleteTree(dir);
      }
      return 0;
    }
    Config config = config();
    Path tmp = Files.createTempDirectory("attribot-bench");
    try {
      Bench.IngestFigures ingest;
      try (App app = App.open(config, tmp.resolve("ingest.db"))) {
        out.printf("1/3 ingest: %d statements with real embeddings%n", embedded);
        out.flush();
        ingest = Bench.ingest(app.ingest(), app.embedder(), SyntheticCorpus.generate(embedded, seed + 7));
      }
      List<String> qs = SyntheticCorpus.questions(questions, seed + 1);
      List<Bench.QueryFigures> figures = new ArrayList<>();
      out.printf("2/3 attribot: %d statements%n", statements);
      out.flush();
      List<Statement> corpus = SyntheticCorpus.generate(statements, seed);
      try (App app = App.open(config, tmp.resolve("scale.db"))) {
        figures.add(Bench.attribot(app.store(), app.answers(), app.embedder().model(), corpus, qs, out));
      }
      out.println("3/3 naive LangChain4j RAG");
      out.flush();
      figures.add(Bench.naive(MiniLmEmbedder.langchainModel(), corpus, qs));
      out.println();
      out.print(Bench.table(ingest, figures));
      out.printf("(max heap %d MiB, %d cores)%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
          Runtime.getRuntime().availableProcessors());
      return 0;
    } finally {
      Bench.deleteTree(tmp);
    }
  }
}
