package org.attribot.claim;

import org.attribot.actor.Entity;

/**
 * A name found in a statement, read for the part it can play in a claim: {@code name} is the
 * canonical name (an attributor's name for states and bodies), {@code entity} what the
 * gazetteer knows, {@code start}..{@code end} where the text names it.
 */
record Party(String name, Entity entity, int start, int end, String matched) {

  enum Role {
    /** A hacking group. */
    ACTOR,
    /** A state agency that sponsors groups (GRU, MSS). */
    SPONSOR,
    /** An alliance, union or agency that attributes (NATO, EU, NCSC, FBI). */
    BODY,
    /** A state. */
    STATE
  }

  Role role(java.util.Set<String> sponsors) {
    return switch (entity.kind()) {
      case ACTOR -> Role.ACTOR;
      case COUNTRY -> Role.STATE;
      case ORGANISATION -> sponsors.contains(entity.canonical()) ? Role.SPONSOR : Role.BODY;
    };
  }

  /** The state an actor or sponsor belongs to, or a state itself. */
  String state() {
    return entity.kind() == Entity.Kind.COUNTRY ? entity.canonical() : entity.state();
  }
}
