package org.attribot.claim;

import java.util.List;
import org.attribot.statement.Statement;

/** The port every claim extractor implements: a statement in, its attribution claims out. */
public interface ClaimExtractor {
  /** The claims of {@code statement}, each with evidence that occurs in its text; never null. */
  List<Claim> extract(Statement statement);
}
