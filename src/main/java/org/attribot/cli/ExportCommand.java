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
import org.attribot.store.StoredClaim;
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

  @Option(names = "--stix", paramLabel = "FILE", description = "Write a STIX 2.1 bundle (JSON) to FILE.")
  Path stix;

  @Option(names = "--csv", paramLabel = "FILE", description = "Write one CSV row per claim (the columns of claims --json) to FILE.")
  Path csv;

  @Override
  public Integer call() throws IOException {
    if (stix == null && csv == null) {
      throw new ParameterException(spec.commandLine(), "give --stix FILE, --csv FILE or both");
    }
    PrintWriter out = root.spec.commandLine().getOut();
    try (App app = root.app(options.db, RootCommand.Missing.SAMPLE)) {
      ClaimOptions.Selection picked = options.select(app);
      List<StoredClaim> claims = picked.claims();
      String what = claims.size() + " claims from " + picked.statements().size() + " statements";
      if (stix != null) {
        Stix.Bundle bundle = new Stix(app.gazetteer()).bundle(claims, picked.statements()::get);
        write(stix, bundle.json());
        out.printf("wrote %s to %s: a STIX 2.1 bundle of %s%n", what, stix, bundle.counts().isEmpty() ? "no objects"
            : bundle.counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
      }
      if (csv != null) {
        write(csv, Csv.of(claims.stream().map(StoredClaim::claim).toList()));
        out.printf("wrote %s to %s%n", what, csv);
      }
      return 0;
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }
}
