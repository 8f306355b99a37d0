package org.attribot.retrieve;

/** A stored vector found by similarity: its row key and its cosine similarity to the query (-1..1). */
public record VectorHit(long key, double score) {}
