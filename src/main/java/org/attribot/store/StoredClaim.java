package org.attribot.store;

import org.attribot.claim.Claim;

/** A claim as the store holds it, with the key of the statement it came from. */
public record StoredClaim(long statementKey, Claim claim) {}
