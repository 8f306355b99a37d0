package org.attribot.claim;

import java.time.LocalDate;

/**
 * Which claims to list: each non-null field must match (names compared ignoring case, against
 * the canonical actor or the actor as named, the attributor, the sponsor or its state);
 * {@code since} keeps claims whose statement is dated on or after it, or undated.
 */
public record ClaimFilter(String actor, String attributor, String sponsor, LocalDate since) {
  public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null);
}
