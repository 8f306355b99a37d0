package org.attribot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db}, for a command that reads the store (the built-in sample stands in for a missing one). */
final class ReadStoreOption {
  @Option(names = "--db", paramLabel = "PATH",
      description = "The store (default: store.path; the built-in sample store if that file does not exist).")
  Path db;
}
