package org.attribot.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.claim.Claim;
import org.attribot.export.ClaimFields;
import org.attribot.statement.Statement;
import org.attribot.claim.StoredClaim;
import org.attribot.statement.StoredStatement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "claims", mixinStandardHelpOptions = true, description = "Lists the attribution claims in the store — who"
    + " attributed what to whom, when and how — newest statement first. Names may be given as any alias the actor list knows.")
final class ClaimsCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Mixin
  ClaimOptions options;

  @Option(names = "--json", description = "One JSON object per claim and line, with the fields of the gold claims format.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = root.spec.commandLine().getOut();
    try (App app = root.app(options.store.db, RootCommand.Missing.SAMPLE)) {
      ClaimOptions.Selection picked = options.select(app);
      if (json) {
        picked.claims().forEach(c -> out.println(Json.line(ClaimFields.of(c.claim()))));
      } else {
        table(out, picked.claims(), picked.statements());
      }
      out.flush();
      return 0;
    }
  }

  /** attributor → accused (as named), stance, year, statement id — publisher, date; then a count. */
  static void table(PrintWriter out, List<StoredClaim> claims, Map<Long, StoredStatement> statements) {
    if (claims.isEmpty()) {
      out.println("No claims match.");
      return;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"ATTRIBUTOR", "→", "ACCUSED (AS NAMED)", "STANCE", "WHEN", "STATEMENT"});
    for (StoredClaim sc : claims) {
      Claim c = sc.claim();
      Statement st = statements.get(sc.statementKey()).statement();
      rows.add(new String[] {c.attributor(), "→", accused(c), c.stance().wire(), c.when() == null ? "—" : c.when(),
          c.statementId() + " — " + st.publisher() + ", " + (st.published() == null ? "no date" : st.published())});
    }
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : String.format("%-" + width[i] + "s" + (i == 0 ? " " : "  "), row[i]));
      }
      out.println(line.toString().stripTrailing());
    }
    out.printf("%d claim%s from %d statement%s.%n", claims.size(), claims.size() == 1 ? "" : "s",
        statements.size(), statements.size() == 1 ? "" : "s");
  }

  /** The accused as specifically as known, with the text's own name when it differs: {@code APT28 (as "Fancy Bear")}. */
  static String accused(Claim c) {
    String accused = c.accused() == null ? "(no one named)" : c.accused();
    return c.actor() == null || c.actor().equalsIgnoreCase(accused) ? accused : accused + " (as \"" + c.actor() + "\")";
  }
}
