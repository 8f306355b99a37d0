package org.attribot.retrieve;

/**
 * A passage found by full-text search. {@code score} is FTS5's bm25 turned positive:
 * higher is better, comparable only within one search.
 */
public record PassageHit(long passageId, long statementKey, int ordinal, int start, int end, String text, double score) {}
