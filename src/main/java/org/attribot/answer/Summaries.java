package org.attribot.answer;

import java.util.Collection;
import java.util.Set;

/** Which statements hold a summary in other words than their publisher's, so their passages are never shown as quotes. */
@FunctionalInterface
public interface Summaries {
  /** None: every statement is in its publisher's own words. */
  Summaries NONE = ids -> Set.of();

  /** The ids among {@code statementIds} whose statement's text is a summary. */
  Set<String> among(Collection<String> statementIds);
}
