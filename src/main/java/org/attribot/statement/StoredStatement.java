package org.attribot.statement;

import java.time.Instant;

/** A statement as the store holds it: its current version and when that was ingested. */
public record StoredStatement(long key, Statement statement, String contentHash, Instant ingestedAt, int version) {}
