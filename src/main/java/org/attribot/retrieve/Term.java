package org.attribot.retrieve;

/**
 * A content word of a question: its lower-case surface form (what FTS5 is asked for), its
 * stem (what sentences are matched on), and whether it is an anchor — a name or number the
 * evidence must contain for an answer to stand.
 */
public record Term(String surface, String stem, boolean anchor) {}
