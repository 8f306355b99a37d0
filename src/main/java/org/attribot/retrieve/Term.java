package org.attribot.retrieve;

import java.util.List;

/**
 * A content word of a question: its lower-case surface form, the forms it may take in a
 * statement (itself, synonyms, aliases — what FTS5 is asked for), their stems (what
 * sentences are matched on), and whether it is an anchor — a name or number the evidence
 * must contain for an answer to stand.
 */
public record Term(String surface, List<String> forms, List<String> stems, boolean anchor) {
  public Term {
    forms = List.copyOf(forms);
    stems = List.copyOf(stems);
  }

  public Term asAnchor() {
    return anchor ? this : new Term(surface, forms, stems, true);
  }

  /** Whether a token stem names this term. */
  public boolean matches(String tokenStem) {
    for (String stem : stems) {
      if (Words.sameWord(stem, tokenStem)) {
        return true;
      }
    }
    return false;
  }
}
