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
        ClaimsCommand.class, ExportCommand.class, EvalCommand.class, BenchCommand.class, DigestCommand.class,
        SubscriptionsCommand.class})
final class RootCommand implements Runnable {
  final Map<String, String> env;
  final InputStream in;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (default: $ATTRIBOT_CONFIG, else config/attribot.yaml if it exists).")
  Path configFile;

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  RootCommand(Map<String, String> env, InputStream in) {
    this.env = env;
    this.in = in;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
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
    return ConfigLoader.load(file != null ? file : Path.of("config", "attribot.yaml"), env);
  }

  /** The store at --db, else the configured one; {@code sampleIfMissing}: the built-in sample when that file is absent. */
  App app(Path db, boolean sampleIfMissing) {
    return app(db, sampleIfMissing, App.Embedding.ON_FIRST_USE);
  }

  /** As {@link #app(Path, boolean)}, the embedding model loaded as {@code model} says (at once for commands that search vectors). */
  App app(Path db, boolean sampleIfMissing, App.Embedding model) {
    Config config = config();
    if (db != null) {
      return App.open(config, db, model);
    }
    Path configured = config.store().path();
    if (sampleIfMissing && !Files.exists(configured)) {
      spec.commandLine().getErr().println("attribot: no store at " + configured
          + " yet; answering from the built-in sample store (build your own with: attribot ingest PATH)");
      return App.sample(config);
    }
    return App.open(config, configured, model);
  }
}
