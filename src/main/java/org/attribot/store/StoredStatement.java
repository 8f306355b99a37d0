package org.attribot.store;

import java.time.Instant;
import org.attribot.statement.Statement;

/** A statement as the store holds it: its current version and when that was ingested. */
public record StoredStatement(long key, Statement statement, String contentHash, Instant ingestedAt, int version) {}
