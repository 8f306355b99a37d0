package org.attribot.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.conversation.AdapterStart;
import org.attribot.digest.DigestScheduler;
import org.attribot.slack.SlackRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
    "Runs every adapter that is configured until stopped (Ctrl-C or SIGTERM):",
    "the Telegram bot when TELEGRAM_BOT_TOKEN is set, the Slack app when SLACK_BOT_TOKEN is set",
    "(over HTTP with SLACK_SIGNING_SECRET, or Socket Mode with ATTRIBOT_SLACK_MODE=socket and SLACK_APP_TOKEN),",
    "and the daily digest to every subscribed destination whose platform is configured (a digest missed",
    "while stopped is sent once at start). A platform that cannot be reached is tried again (after 1, 2, 4 … 30 s)",
    "while the rest serve; one that refuses its token is stopped, and serve exits 1 when none is left."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Mixin
  ReadStoreOption store;

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
    PrintWriter err = root.spec.commandLine().getErr();
    List<String> serving = new ArrayList<>();
    if (config.telegram().configured()) {
      serving.add("Telegram");
    }
    if (config.slack().configured()) {
      serving.add(config.slack().socketMode() ? "Slack (Socket Mode)"
          : "Slack (HTTP" + (config.slack().port() > 0 ? ", port " + config.slack().port() : "") + ")");
    }
    AtomicInteger left = new AtomicInteger(serving.size());
    AdapterStart.Listener listener = new AdapterStart.Listener() {
      @Override
      public void up(String platform, AutoCloseable adapter) {
        String where = adapter instanceof SlackRunner s && s.port() >= 0 ? " on port " + s.port() : "";
        synchronized (err) {
          err.println("attribot: " + platform + " is up" + where);
          err.flush();
        }
      }

      @Override
      public void ended(String platform, String why) {
        synchronized (err) {
          err.println("attribot: " + why + "; " + platform + " is stopped");
          err.flush();
        }
        if (left.decrementAndGet() == 0) {
          stopped.countDown();
        }
      }
    };
    try (App app = root.app(store.db, RootCommand.Missing.SAMPLE, App.Embedding.LOAD_NOW);
        DigestScheduler digest = new DigestScheduler(app.digest(app.digestSenders()), config.digest().check());
        AdapterStart telegram = !config.telegram().configured() ? null
            : new AdapterStart("Telegram", () -> app.telegram(config.telegram()), listener);
        AdapterStart slack = !config.slack().configured() ? null
            : new AdapterStart("Slack", () -> app.slack(config.slack()), listener)) {
      serving.add("the daily digest");
      synchronized (err) {
        err.println("attribot: serving " + String.join(", ", serving) + "; stop with Ctrl-C");
        err.flush();
      }
      stopped.await();
      if (left.get() == 0) {
        synchronized (err) {
          err.println("attribot: no chat platform is left to serve; stopping");
          err.flush();
        }
        return 1;
      }
    } finally {
      closed.countDown();
    }
    return 0;
  }
}
