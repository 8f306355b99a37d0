package org.attribot.claim;

import java.util.Collection;
import java.util.List;

/**
 * The attribution claims kept with their statements. Every list is newest statement first
 * (undated last), in the statement's own order within one; names match in any case.
 */
public interface Claims {
  /** Claims matching {@code filter}. */
  List<StoredClaim> list(ClaimFilter filter);

  /** Claims whose accused — the known group, the agency or its state — is one of {@code names}. */
  List<StoredClaim> about(Collection<String> names);

  /** Claims made by one of {@code attributors}. */
  List<StoredClaim> by(Collection<String> attributors);

  /** Claims with one of {@code stances}. */
  List<StoredClaim> withStance(Collection<Stance> stances);

  /** Every claim of the statements with these keys. */
  List<StoredClaim> ofStatements(Collection<Long> statementKeys);

  int count();
}
