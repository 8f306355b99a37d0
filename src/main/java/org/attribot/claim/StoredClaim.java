package org.attribot.claim;

/** A claim as the store holds it, with the key of the statement it came from. */
public record StoredClaim(long statementKey, Claim claim) {}
