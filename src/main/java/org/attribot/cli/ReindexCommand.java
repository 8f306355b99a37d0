package org.attribot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.ingest.Progress;
import org.attribot.ingest.Reindexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = {
    "Re-embeds the store: drops vectors made by another embedding model and embeds every passage",
    "that has none. Statements are not touched."})
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Option(names = "--db", paramLabel = "PATH", description = "The store (default: store.path).")
  Path db;

  @Override
  public Integer call() {
    PrintWriter out = root.spec.commandLine().getOut();
    try (App app = root.app(db, false)) {
      if (app.embedder() == null) {
        throw new IllegalArgumentException("embeddings are off (retrieve.vectors is 0): nothing to reindex");
      }
      Progress progress = System.console() != null ? new IngestCommand.TerminalProgress(root.spec.commandLine().getErr()) : Progress.NONE;
      Reindexer.Result r = new Reindexer(app.store(), app.embedder()).run(progress);
      out.printf("reindexed with %s: %d vectors of other models dropped, %d passages embedded%n", r.model(), r.dropped(), r.embedded());
      return 0;
    }
  }
}
