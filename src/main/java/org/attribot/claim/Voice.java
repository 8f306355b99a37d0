package org.attribot.claim;

import java.util.List;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;

/**
 * Who speaks for a statement, and whether that voice is the publisher itself (an institution's own
 * text); {@code lead} are those of them who speak where a sentence names no speaker (a headline's
 * subject, not the parties it says the subject joins).
 */
record Voice(List<String> principals, boolean institutional, List<String> lead) {
  Voice(List<String> principals, boolean institutional) {
    this(principals, institutional, principals);
  }

  /** The statement's own voice, or a body of its state (the UK's NCSC speaks for the UK). */
  boolean speaksFor(String speaker, Gazetteer gazetteer) {
    if (principals.contains(speaker)) {
      return true;
    }
    if (gazetteer.lookup(speaker, Entity.Kind.ORGANISATION).stream()
        .anyMatch(e -> e.state() != null && principals.contains(e.state()))) {
      return true;
    }
    // a state speaks for a statement voiced by its own agency (an agency's statement: its state speaks for it too)
    return principals.stream().flatMap(p -> gazetteer.lookup(p, Entity.Kind.ORGANISATION).stream())
        .anyMatch(e -> speaker.equals(e.state()));
  }
}
