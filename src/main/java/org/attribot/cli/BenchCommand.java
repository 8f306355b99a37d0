package org.attribot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.bench.Bench;
import org.attribot.bench.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench", description = {
    "Generates a synthetic corpus, ingests it into a fresh temporary store and times warm questions:",
    "ingest statements/s, question latency p50/p95/p99 and heap in use, as a Markdown table."})
final class BenchCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Option(names = "--statements", defaultValue = "10000", paramLabel = "N", description = "Statements to generate (default ${DEFAULT-VALUE}).")
  int statements;

  @Option(names = "--questions", defaultValue = "500", paramLabel = "N", description = "Questions to time (default ${DEFAULT-VALUE}).")
  int questions;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the generator (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws IOException {
    if (statements < 1 || questions < 1) {
      throw new IllegalArgumentException("--statements and --questions must be at least 1");
    }
    PrintWriter out = root.spec.commandLine().getOut();
    Path tmp = Files.createTempDirectory("attribot-bench");
    try (App app = App.open(root.config(), tmp.resolve("bench.db"))) {
      out.printf("generating %d statements (seed %d)%n", statements, seed);
      Bench.Result r = Bench.run(app.store(), app.answers(), SyntheticCorpus.generate(statements, seed),
          SyntheticCorpus.questions(questions, seed + 1), out);
      out.println(Bench.table(r));
      return 0;
    } finally {
      try (var walk = Files.walk(tmp)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
