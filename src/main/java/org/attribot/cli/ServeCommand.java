package org.attribot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.digest.DigestScheduler;
import org.attribot.slack.SlackRunner;
import org.attribot.telegram.TelegramRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
    "Runs every adapter that is configured until stopped (Ctrl-C or SIGTERM):",
    "the Telegram bot when TELEGRAM_BOT_TOKEN is set, the Slack app when SLACK_BOT_TOKEN is set",
    "(over HTTP with SLACK_SIGNING_SECRET, or Socket Mode with ATTRIBOT_SLACK_MODE=socket and SLACK_APP_TOKEN),",
    "and the daily digest to every subscribed destination whose platform is configured (a digest missed",
    "while stopped is sent once at start)."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Option(names = "--db", paramLabel = "PATH", description = "The store (default: store.path; the built-in sample store if that file does not exist).")
  Path db;

  @Override
  public Integer call() throws Exception {
    Config config = root.config();
    if (!config.telegram().configured() && !config.slack().configured()) {
      throw new IllegalArgumentException("nothing to serve: set TELEGRAM_BOT_TOKEN to run the Telegram bot, "
          + "SLACK_BOT_TOKEN to run the Slack app, or both");
    }
    if (config.slack().configured()) {
      SlackRunner.check(config.slack()); // a missing secret is told before the store is opened
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopped.countDown();
      try {
        closed.await(15, TimeUnit.SECONDS); // the JVM halts when hooks end: let the adapters and the store close first
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "attribot-shutdown"));
    List<String> serving = new ArrayList<>();
    try (App app = root.app(db, RootCommand.Missing.SAMPLE, App.Embedding.LOAD_NOW);
        TelegramRunner telegram = config.telegram().configured() ? app.telegram(config.telegram()) : null;
        SlackRunner slack = config.slack().configured() ? app.slack(config.slack()) : null;
        DigestScheduler digest = new DigestScheduler(app.digest(app.digestSenders()), config.digest().check())) {
      if (telegram != null) {
        serving.add("Telegram");
      }
      if (slack != null) {
        serving.add(slack.port() < 0 ? "Slack (Socket Mode)" : "Slack (HTTP, port " + slack.port() + ")");
      }
      serving.add("the daily digest");
      root.spec.commandLine().getErr().println("attribot: serving " + String.join(", ", serving) + "; stop with Ctrl-C");
      stopped.await();
    } finally {
      closed.countDown();
    }
    return 0;
  }
}
