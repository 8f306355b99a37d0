package org.attribot.claim;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who speaks for a statement, as the offline claim extractor reads it: its publisher when that
 * is a state or body, else the subject of its headline — the accuser of an attribution, the
 * accused of its own denial, "the UK" of "…, UK government says" — and the state of each body
 * the statement names.
 */
public record Speech(List<String> voice, Map<String, String> stateOf) {
  public Speech {
    voice = List.copyOf(voice);
    stateOf = Map.copyOf(stateOf);
  }

  /** Whether {@code name} is one of {@code asked} or a body of a state in it (the NCSC speaks for the United Kingdom). */
  public boolean isOneOf(String name, Set<String> asked) {
    return asked.contains(name) || (stateOf.get(name) != null && asked.contains(stateOf.get(name)));
  }
}
