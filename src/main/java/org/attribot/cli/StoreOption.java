package org.attribot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db}, for a command that writes the store or needs one that exists. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH", description = "The store (default: store.path).")
  Path db;
}
