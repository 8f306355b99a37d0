package org.attribot.ingest;

import java.util.List;
import org.attribot.claim.Claim;
import org.attribot.claim.ClaimExtractor;
import org.attribot.store.Store;
import org.attribot.store.StoredStatement;

/**
 * Re-extracts the attribution claims of every statement (after a gazetteer or extractor
 * change) without touching the statements: each statement's claims are replaced in a
 * transaction of their own, so a failure leaves every statement with a complete set.
 */
public final class ClaimReindexer {
  private final Store store;
  private final ClaimExtractor extractor;

  public ClaimReindexer(Store store, ClaimExtractor extractor) {
    this.store = store;
    this.extractor = extractor;
  }

  /** What a claims reindex did. */
  public record Result(int statements, int before, int after) {}

  public Result run(Progress progress) {
    int before = store.claims().count();
    List<Long> keys = store.statementKeys();
    for (int i = 0; i < keys.size(); i++) {
      StoredStatement s = store.statement(keys.get(i));
      List<Claim> claims = extractor.extract(s.statement());
      store.claims().replaceFor(s.key(), s.contentHash(), claims); // false: changed meanwhile, its new version has its claims
      progress.update(i + 1, keys.size(), "statements");
    }
    return new Result(keys.size(), before, store.claims().count());
  }
}
