package org.attribot.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.config.ConfigLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "attribot",
    mixinStandardHelpOptions = true,
    version = "attribot 0.1.0",
    description = "Answers questions about cyber attributions from a store of statements, citing each one.",
    subcommands = {AskCommand.class, ChatCommand.class, ServeCommand.class, IngestCommand.class, ActorCommand.class, ActorsCommand.class, ReindexCommand.class,
        ClaimsCommand.class, ExportCommand.class, EvalCommand.class, DigestCommand.class,
        SubscriptionsCommand.class, picocli.CommandLine.HelpCommand.class})
final class RootCommand implements java.util.concurrent.Callable<Integer> {
  final Map<String, String> env;
  final InputStream in;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (default: $ATTRIBOT_CONFIG, else config/attribot.yaml if it exists).")
  Path configFile;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  private boolean warned;

  RootCommand(Map<String, String> env, InputStream in) {
    this.env = env;
    this.in = in;
  }

  /** No command: the usage, on standard error, and a usage error's exit code. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("attribot: give a command.");
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** Standard input, line by line, as UTF-8. */
  java.io.BufferedReader input() {
    return new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
  }

  Config config() {
    Path file = configFile;
    if (file == null && env.get("ATTRIBOT_CONFIG") != null) {
      file = Path.of(env.get("ATTRIBOT_CONFIG"));
    }
    if (file != null && !Files.exists(file)) {
      throw new IllegalArgumentException("config file " + file + " does not exist");
    }
    if (!warned) {
      warned = true;
      ConfigLoader.unknownVariables(env).forEach(w -> spec.commandLine().getErr().println("attribot: warning: " + w));
    }
    return ConfigLoader.load(file != null ? file : Path.of("config", "attribot.yaml"), env);
  }

  /** What a command does when its store does not exist. */
  enum Missing {
    /** A read command: the built-in sample store stands in for the configured store; a --db that does not exist is refused. */
    SAMPLE,
    /** A command that needs a store: refused, whether the path came from --db or the settings. */
    REFUSE,
    /** A command that writes (ingest, subscriptions add): the store is created. */
    CREATE
  }

  /** The store at --db, else the configured one, the embedding model loaded on first use. */
  App app(Path db, Missing missing) {
    return app(db, missing, App.Embedding.ON_FIRST_USE);
  }

  /** The store at --db, else the configured one, the embedding model loaded as {@code embedding} says (at once for commands that search vectors). */
  App app(Path db, Missing missing, App.Embedding embedding) {
    Config config = config();
    Path file = db != null ? db : config.store().path();
    if (missing != Missing.CREATE && !Files.exists(file)) {
      if (db == null && missing == Missing.SAMPLE) {
        spec.commandLine().getErr().println("attribot: no store at " + file
            + " yet; answering from the built-in sample store (build your own with: attribot ingest PATH)");
        return App.sample(config);
      }
      throw new IllegalArgumentException("there is no store at " + file + (db != null ? " (given by --db)" : " (store.path)")
          + ": check the path, or make a store there with: attribot ingest FILES --db " + file);
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(file + " is a folder, not a store; give the store's file, such as " + file.resolve("attribot.db"));
    }
    return App.open(config, file, embedding);
  }
}
