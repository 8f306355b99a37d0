package org.attribot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.ingest.ClaimReindexer;
import org.attribot.ingest.Progress;
import org.attribot.ingest.Reindexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "reindex", mixinStandardHelpOptions = true, description = {
    "Re-embeds the store: drops vectors made by another embedding model and embeds every passage",
    "that has none. With --claims, re-extracts every statement's attribution claims instead (after",
    "a change of actor list or extractor). Statements are not touched."})
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Mixin
  StoreOption store;

  @Option(names = "--claims", description = "Re-extract the attribution claims of every statement.")
  boolean claims;

  @Override
  public Integer call() {
    PrintWriter out = root.spec.commandLine().getOut();
    try (App app = root.app(store.db, RootCommand.Missing.REFUSE, claims ? App.Embedding.ON_FIRST_USE : App.Embedding.LOAD_NOW)) {
      if (claims) {
        ClaimReindexer.Result r = new ClaimReindexer(app.store().statements(), app.store().statementWrites(), app.store().claims(),
            app.claimExtractor()).run(progress());
        out.printf("claims re-extracted for %d statements: %d claims before, %d now%n", r.statements(), r.before(), r.after());
        return 0;
      }
      if (app.embedder() == null) {
        throw new IllegalArgumentException("embeddings are off (retrieve.vectors is 0): nothing to reindex");
      }
      Reindexer.Result r = new Reindexer(app.store().passages(), app.store().vectorWrites(), app.embedder()).run(progress());
      out.printf("reindexed with %s: %d vectors of other models dropped, %d passages embedded%n", r.model(), r.dropped(), r.embedded());
      return 0;
    }
  }

  private Progress progress() {
    return System.console() != null ? new IngestCommand.TerminalProgress(root.spec.commandLine().getErr(), "reindexing") : Progress.NONE;
  }
}
