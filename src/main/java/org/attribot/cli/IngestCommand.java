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

  @Option(names = "--db", paramLabel = "PATH", description = "The store (default: store.path).")
  Path db;

  @Option(names = {"-q", "--quiet"}, description = "Print only failures and the summary.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = root.spec.commandLine().getOut();
    PrintWriter err = root.spec.commandLine().getErr();
    try (App app = root.app(db, RootCommand.Missing.CREATE, App.Embedding.LOAD_NOW)) {
      Progress progress = System.console() != null ? new TerminalProgress(err) : Progress.NONE;
      IngestReport report = app.ingest().ingest(paths, progress);
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

  /** A progress line redrawn in place on a terminal. */
  static final class TerminalProgress implements Progress {
    private final PrintWriter err;

    TerminalProgress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void update(int done, int total, String current) {
      String name = current.length() > 50 ? "…" + current.substring(current.length() - 49) : current;
      err.print(String.format("\r\u001b[Kingesting %d/%d %s", done, total, name));
      if (done == total) {
        err.print("\r\u001b[K");
      }
      err.flush();
    }
  }
}
