package org.attribot.chat;

import java.util.List;
import org.attribot.store.StoredStatement;

/** The newest statements and how many there are, for a door's {@code sources} and introduction. */
public interface LatestStatements {
  /** Newest first by date, undated last; at most {@code limit}. */
  List<StoredStatement> latest(int limit);

  int statementCount();
}
