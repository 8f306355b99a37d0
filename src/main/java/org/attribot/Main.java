package org.attribot;

import org.attribot.cli.Cli;

/** The entry point: hands the command line to the CLI adapter, which builds an {@link App} for the command it runs. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args, System.getenv()));
  }
}
