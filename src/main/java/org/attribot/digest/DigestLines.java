package org.attribot.digest;

import java.time.Instant;
import java.util.List;

/**
 * The port the digest reads its content from: one line per attribution made in the statements
 * ingested after {@code from} and at or before {@code to}, oldest first, from at most
 * {@code limit} statements. The extractive implementation reads statements; one built on
 * extracted attribution claims can replace it.
 */
@FunctionalInterface
public interface DigestLines {
  List<DigestLine> between(Instant from, Instant to, int limit);
}
