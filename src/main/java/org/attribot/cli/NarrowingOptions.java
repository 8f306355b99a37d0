package org.attribot.cli;

import java.time.LocalDate;
import org.attribot.retrieve.Narrowing;
import picocli.CommandLine.Option;

/** {@code --since}, {@code --until} and {@code --publisher}: which statements an answer may use. */
final class NarrowingOptions {
  @Option(names = "--since", paramLabel = "DATE", description = "Only statements published on or after DATE (YYYY-MM-DD); undated ones are kept and flagged.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", description = "Only statements published on or before DATE (YYYY-MM-DD); undated ones are kept and flagged.")
  LocalDate until;

  @Option(names = "--publisher", paramLabel = "NAME", description = "Only statements whose publisher contains NAME (any case).")
  String publisher;

  Narrowing narrowing() {
    return new Narrowing(since, until, publisher);
  }
}
