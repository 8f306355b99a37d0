package org.attribot.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attribot.App;
import org.attribot.config.Config;
import org.attribot.digest.DigestScheduler;
import org.attribot.telegram.TelegramRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
    "Runs every adapter that is configured until stopped (Ctrl-C or SIGTERM):",
    "the Telegram bot when TELEGRAM_BOT_TOKEN is set, and the daily digest to every subscribed",
    "destination whose platform is configured (a digest missed while stopped is sent once at start)."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Option(names = "--db", paramLabel = "PATH", description = "The store (default: store.path; the built-in sample store if that file does not exist).")
  Path db;

  @Override
  public Integer call() throws Exception {
    Config config = root.config();
    if (!config.telegram().configured()) {
      throw new IllegalArgumentException("nothing to serve: set TELEGRAM_BOT_TOKEN to run the Telegram bot");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (App app = root.app(db, true); TelegramRunner telegram = app.telegram(config.telegram());
        DigestScheduler digest = new DigestScheduler(app.digest(app.digestSenders()), config.digest().check())) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "attribot-shutdown"));
      root.spec.commandLine().getErr().println("attribot: serving Telegram and the daily digest; stop with Ctrl-C");
      stopped.await();
    }
    return 0;
  }
}
