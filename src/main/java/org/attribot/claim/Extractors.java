package org.attribot.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attribot.statement.Statement;

/**
 * The extractor ingest uses: the offline one always runs; with a model configured, the model's
 * claims (evidence checked) come first and the offline claims fill in every attributor and
 * accused the model missed. When the model fails, the offline claims stand alone.
 */
public final class Extractors implements ClaimExtractor {
  private final OfflineClaimExtractor offline;
  private final LlmClaimExtractor model;

  /** {@code model} may be null: offline only. */
  public Extractors(OfflineClaimExtractor offline, LlmClaimExtractor model) {
    this.offline = offline;
    this.model = model;
  }

  @Override
  public List<Claim> extract(Statement statement) {
    List<Claim> found = offline.extract(statement);
    Optional<List<Claim>> fromModel = model == null ? Optional.empty() : model.extract(statement);
    if (fromModel.isEmpty()) {
      return found;
    }
    List<Claim> merged = new ArrayList<>(fromModel.get());
    for (Claim c : found) {
      if (merged.stream().noneMatch(m -> same(m, c))) {
        merged.add(c);
      }
    }
    return List.copyOf(merged);
  }

  private static boolean same(Claim a, Claim b) {
    return a.attributor().equalsIgnoreCase(b.attributor()) && a.stance().comparable() == b.stance().comparable()
        && String.valueOf(a.accused()).equalsIgnoreCase(String.valueOf(b.accused()));
  }
}
