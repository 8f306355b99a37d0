package org.attribot.claim;

import java.util.Locale;

/** How a statement relates to an attribution. */
public enum Stance {
  /** The attributor makes the attribution in or through this statement. */
  ATTRIBUTES,
  /** The statement cites someone else's attribution, or an earlier one, as context. */
  RECALLS,
  /** The accused state denies it. */
  DENIES,
  /** The accused state rejects or opposes it (one class with {@link #DENIES}). */
  REJECTS,
  /** Officials say they do not (yet) know who did it. */
  DOES_NOT_ATTRIBUTE;

  /** The name in files and JSON: {@code attributes}, {@code recalls}, {@code denies}, … */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Denies and rejects count as one class when claims are compared. */
  public Stance comparable() {
    return this == DENIES ? REJECTS : this;
  }

  public boolean isDenial() {
    return this == DENIES || this == REJECTS;
  }

  public static Stance parse(String wire) {
    try {
      return valueOf(wire.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("unknown stance '" + wire + "': expected attributes, recalls, denies, rejects or does_not_attribute", e);
    }
  }
}
