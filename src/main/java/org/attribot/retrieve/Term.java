package org.attribot.retrieve;

import java.util.List;
import java.util.Set;

/**
 * A content word or a named entity of a question: its lower-case surface form, the forms it
 * may take in a statement (itself, synonyms, or every name of the entity — what FTS5 is asked
 * for), their stems (what sentence words are matched on), the canonical names of the entities
 * it names (empty for a plain word; several for an ambiguous alias), and whether it is an
 * anchor — a name or number the evidence must contain for an answer to stand. An entity's
 * relatives are the agency that runs it and its state: a text that names only those still
 * speaks of it ("Cozy Bear" in the question, "the SVR" in the text), though less plainly.
 */
public record Term(String surface, List<String> forms, List<String> stems, Set<String> entities, boolean anchor,
    Set<String> relatives) {
  public Term {
    forms = List.copyOf(forms);
    stems = List.copyOf(stems);
    entities = Set.copyOf(entities);
    relatives = Set.copyOf(relatives);
  }

  public Term(String surface, List<String> forms, List<String> stems, Set<String> entities, boolean anchor) {
    this(surface, forms, stems, entities, anchor, Set.of());
  }

  public Term asAnchor() {
    return anchor ? this : new Term(surface, forms, stems, entities, true, relatives);
  }

  /** Whether a sentence that names {@code named} entities names the agency or state behind this term's entity. */
  public boolean relativeIn(Set<String> named) {
    for (String e : relatives) {
      if (named.contains(e)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEntity() {
    return !entities.isEmpty();
  }

  /** Whether a word's stem is this term (entities are matched by name, not by word). */
  public boolean matches(String tokenStem) {
    for (String stem : stems) {
      if (Words.sameWord(stem, tokenStem)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a sentence that names {@code named} entities names this term's. */
  public boolean namedIn(Set<String> named) {
    for (String e : entities) {
      if (named.contains(e)) {
        return true;
      }
    }
    return false;
  }
}
