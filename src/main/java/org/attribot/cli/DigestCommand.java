package org.attribot.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.digest.Destination;
import org.attribot.digest.DigestResult;
import org.attribot.digest.PlainDigestFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "digest", mixinStandardHelpOptions = true, description = {
    "The daily digest by hand: --dry-run prints one to the terminal (nothing is sent or recorded; no token needed),",
    "--send-now sends one to a destination at once (it counts as that destination's digest)."})
final class DigestCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @ArgGroup(multiplicity = "1")
  Mode mode;

  static final class Mode {
    @Option(names = "--dry-run", required = true, description = "Print the digest instead of sending it.")
    boolean dryRun;

    @Option(names = "--send-now", required = true, description = "Send the digest to --for now.")
    boolean sendNow;
  }

  @Option(names = "--for", paramLabel = "DESTINATION", description = {"telegram:<chat id> or slack:<channel id>: that",
      "destination's digest (since its previous one, in its time zone)."})
  String destination;

  @Option(names = "--since", paramLabel = "DATE", description = "With --dry-run: statements ingested since this day (YYYY-MM-DD; default: since the destination's previous digest, else the last 24 hours).")
  LocalDate since;

  @Mixin
  ReadStoreOption store;

  @Override
  public Integer call() {
    PrintWriter out = root.spec.commandLine().getOut();
    Destination to = destination == null ? null : Destination.parse(destination);
    if (mode.sendNow && to == null) {
      throw new IllegalArgumentException("--send-now needs --for DESTINATION");
    }
    if (mode.sendNow && since != null) {
      throw new IllegalArgumentException("--since goes with --dry-run only: a digest sent covers what is new since the previous one");
    }
    try (App app = root.app(store.db, mode.dryRun ? RootCommand.Missing.SAMPLE : RootCommand.Missing.REFUSE)) {
      if (mode.dryRun) {
        out.println(PlainDigestFormat.text(app.digest(java.util.List.of()).preview(to, since)));
        return 0;
      }
      DigestResult result = app.digest(app.digestSenders()).sendNow(to);
      out.println(to + ": " + result);
      return result.sent() == 1 || result.skipped() == 1 ? 0 : 1;
    }
  }
}
