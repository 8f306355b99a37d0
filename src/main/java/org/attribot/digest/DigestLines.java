package org.attribot.digest;

import java.time.Instant;
import java.util.List;

/**
 * The port the digest reads its content from: one line per attribution made in the statements
 * ingested after {@code from} and at or before {@code to}, oldest first, from at most
 * {@code limit} statements. {@link ClaimDigestLines} reads the attribution claims, and falls
 * back to {@link ExtractiveDigestLines}, which reads the statement, where there are none.
 */
@FunctionalInterface
public interface DigestLines {
  List<DigestLine> between(Instant from, Instant to, int limit);
}
