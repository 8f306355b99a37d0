package org.attribot.ingest;

import java.util.List;
import org.attribot.claim.Claim;
import org.attribot.claim.ClaimExtractor;
import org.attribot.claim.Claims;
import org.attribot.statement.Statements;
import org.attribot.statement.StoredStatement;

/**
 * Re-extracts the attribution claims of every statement (after a gazetteer or extractor
 * change) without touching the statements: each statement's claims are replaced in a
 * transaction of their own, so a failure leaves every statement with a complete set.
 */
public final class ClaimReindexer {
  private final Statements statements;
  private final StatementWrites writes;
  private final Claims claims;
  private final ClaimExtractor extractor;

  public ClaimReindexer(Statements statements, StatementWrites writes, Claims claims, ClaimExtractor extractor) {
    this.statements = statements;
    this.writes = writes;
    this.claims = claims;
    this.extractor = extractor;
  }

  /** What a claims reindex did. */
  public record Result(int statements, int before, int after) {}

  public Result run(Progress progress) {
    int before = claims.count();
    List<Long> keys = statements.statementKeys();
    for (int i = 0; i < keys.size(); i++) {
      StoredStatement s = statements.statement(keys.get(i));
      List<Claim> found = extractor.extract(s.statement());
      writes.replaceClaims(s.key(), s.contentHash(), found); // false: changed meanwhile, its new version has its claims
      progress.update(i + 1, keys.size(), "statements");
    }
    return new Result(keys.size(), before, claims.count());
  }
}
