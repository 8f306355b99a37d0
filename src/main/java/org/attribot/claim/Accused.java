package org.attribot.claim;

import java.util.Set;
import org.attribot.actor.Entity;

/** One accused: as named, the known group, its sponsoring agency and state. */
record Accused(String named, String canonical, String sponsor, String state) {
  static Accused of(Party p, Set<String> sponsors) {
    Entity e = p.entity();
    return switch (p.role(sponsors)) {
      case ACTOR -> new Accused(p.matched(), e.canonical(), e.sponsor() != null ? e.sponsor() : e.state(), e.state());
      default -> new Accused(p.matched(), null, e.canonical(), e.state());
    };
  }

  static Accused state(Party p) {
    return new Accused(p.matched(), null, p.name(), p.name());
  }

  Accused withSponsor(String agency) {
    return new Accused(named, canonical, agency, state);
  }

  Accused named(String name) {
    return new Accused(name, canonical, sponsor, state);
  }
}
