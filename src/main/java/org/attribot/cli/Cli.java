package org.attribot.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** The terminal adapter: parses the command line and runs a sub-command. */
public final class Cli {
  private Cli() {}

  public static int run(String[] args, Map<String, String> env) {
    return run(args, env, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.in);
  }

  /** Runs with the given streams (tests pass their own); returns the exit code. */
  public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, java.io.InputStream in) {
    CommandLine cli = new CommandLine(new RootCommand(env, in));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("attribot: " + e.getMessage());
      org.slf4j.LoggerFactory.getLogger(Cli.class).debug("command failed", e);
      return 1;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
