package org.attribot.statement;

/** What reading one source unit (a file, or a line of a JSON Lines file) gave. */
public sealed interface Parsed {
  /** Where it came from: {@code path} or {@code path:line}. */
  String where();

  record Ok(String where, Statement statement) implements Parsed {}

  record Failed(String where, String fault) implements Parsed {}
}
