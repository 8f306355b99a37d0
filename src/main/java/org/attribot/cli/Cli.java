package org.attribot.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** The terminal adapter: parses the command line and runs a sub-command. */
public final class Cli {
  private Cli() {}

  public static int run(String[] args, Map<String, String> env) {
    return run(args, env, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.in);
  }

  /** A usage error as a sentence: an unknown command is named, with the nearest commands. */
  private static String message(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-") && !u.getCommandLine().getSubcommands().isEmpty()) {
      List<String> near = u.getSuggestions();
      return "'" + u.getUnmatched().get(0) + "' is not a command" + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?")
          + " The commands are " + String.join(", ", u.getCommandLine().getSubcommands().keySet()) + ".";
    }
    return e.getMessage();
  }

  /** Runs with the given streams (tests pass their own); returns the exit code. */
  public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err, java.io.InputStream in) {
    CommandLine cli = new CommandLine(new RootCommand(env, in));
    cli.setOut(out);
    cli.setErr(err);
    Converters.register(cli);
    cli.setParameterExceptionHandler((e, arguments) -> {
      CommandLine command = e.getCommandLine();
      command.getErr().println("attribot: " + message(e));
      command.getErr().println("See 'attribot " + command.getCommandSpec().qualifiedName(" ").replaceFirst("^attribot ?", "")
          .concat(" --help").strip() + "' for what it takes.");
      return 2;
    });
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
