package org.attribot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attribot.App;
import org.attribot.export.Csv;
import org.attribot.export.Stix;
import org.attribot.claim.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes the attribution claims in the store (or"
    + " those the filters pick) as a STIX 2.1 bundle for CTI tools, as CSV for spreadsheets, or both. The same store gives the same bytes.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Spec
  CommandSpec spec;

  @Mixin
  ClaimOptions options;

  @Option(names = "--stix", paramLabel = "FILE", description = "Write a STIX 2.1 bundle (JSON) to FILE (-: standard output).")
  Path stix;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write one CSV row per claim (the columns of claims --json) to FILE (-: standard output).")
  Path csv;

  @Override
  public Integer call() throws IOException {
    if (stix == null && csv == null) {
      throw new ParameterException(spec.commandLine(), "give --stix FILE, --csv FILE or both");
    }
    if (STDOUT.equals(stix) && STDOUT.equals(csv)) {
      throw new ParameterException(spec.commandLine(), "only one of --stix and --csv can go to standard output (-)");
    }
    PrintWriter out = root.spec.commandLine().getOut();
    // what was written is told on standard error when the data itself goes to standard output
    PrintWriter told = STDOUT.equals(stix) || STDOUT.equals(csv) ? root.spec.commandLine().getErr() : out;
    try (App app = root.app(options.store.db, RootCommand.Missing.SAMPLE)) {
      ClaimOptions.Selection picked = options.select(app);
      List<StoredClaim> claims = picked.claims();
      String what = claims.size() + " claims from " + picked.statements().size() + " statements";
      if (stix != null) {
        Stix.Bundle bundle = new Stix(app.gazetteer()).bundle(claims, picked.statements()::get);
        write(stix, bundle.json(), out);
        told.printf("wrote %s to %s: a STIX 2.1 bundle of %s%n", what, shown(stix), bundle.counts().isEmpty() ? "no objects"
            : bundle.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
      }
      if (csv != null) {
        write(csv, Csv.of(claims.stream().map(StoredClaim::claim).toList()), out);
        told.printf("wrote %s to %s%n", what, shown(csv));
      }
      return 0;
    }
  }

  private static final Path STDOUT = Path.of("-");

  private static String shown(Path file) {
    return file.equals(STDOUT) ? "standard output" : file.toString();
  }

  private static void write(Path file, String text, PrintWriter out) {
    if (file.equals(STDOUT)) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException("cannot write " + file + ": its folder does not exist", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new IllegalArgumentException("cannot write " + file + ": permission denied", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + file + (e instanceof java.nio.file.FileSystemException f
          && f.getReason() != null ? ": " + f.getReason().toLowerCase(java.util.Locale.ROOT) : ""), e);
    }
  }
}
