package org.attribot.statement;

/** A sentence of a statement's text with its character offsets into that text. */
public record Sentence(int start, int end, String text) {}
