package org.attribot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.ingest.IngestReport;
import org.attribot.ingest.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
    "Reads statements from files and folders (JSON, JSON Lines, Markdown/text with front matter) into the store.",
    "Prints what was new, unchanged, updated or failed; exits 1 if anything failed."})
final class IngestCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
  List<Path> paths;

  @Mixin
  StoreOption store;

  @Option(names = {"-q", "--quiet"}, description = "Print only failures and the summary.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = root.spec.commandLine().getOut();
    PrintWriter err = root.spec.commandLine().getErr();
    try (App app = root.app(store.db, RootCommand.Missing.CREATE, App.Embedding.LOAD_NOW)) {
      boolean terminal = System.console() != null;
      IngestReport report = app.ingest().ingest(paths, quiet && !terminal ? Progress.NONE : new Committed(err, terminal));
      if (terminal) {
        err.print("\r\u001b[K");
        err.flush();
      }
      for (IngestReport.Line line : report.lines()) {
        boolean failed = line.outcome() == IngestReport.Outcome.FAILED;
        if (quiet && !failed) {
          continue;
        }
        String text = String.format("%-9s %s%s — %s", line.outcome().name().toLowerCase(Locale.ROOT), line.where(),
            line.statementId() == null ? "" : " (" + line.statementId() + ")", line.detail());
        (failed ? err : out).println(text);
      }
      out.println(report.summary());
      return report.ok() ? 0 : 1;
    }
  }

  /** How many statements are committed, told after each batch: one line each, or on a terminal one line redrawn in place. */
  record Committed(PrintWriter err, boolean terminal) implements Progress {
    @Override
    public void update(int done, int total, String current) {
      String line = "committed " + done + " statement" + (done == 1 ? "" : "s") + " — " + current;
      if (terminal) {
        err.print("\r\u001b[K" + (line.length() > 100 ? line.substring(0, 99) + "…" : line));
      } else {
        err.println(line);
      }
      err.flush();
    }
  }

  /** A progress line redrawn in place on a terminal: {@code label done/total current}, erased when done. */
  record TerminalProgress(PrintWriter err, String label) implements Progress {
    @Override
    public void update(int done, int total, String current) {
      err.print(String.format("\r\u001b[K%s %d/%d %s", label, done, total, current));
      if (done == total) {
        err.print("\r\u001b[K");
      }
      err.flush();
    }
  }
}
