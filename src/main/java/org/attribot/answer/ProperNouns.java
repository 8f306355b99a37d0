package org.attribot.answer;

import java.util.ArrayList;
import java.util.List;
import org.attribot.retrieve.Question;
import org.attribot.retrieve.Term;
import org.attribot.retrieve.Words;

/**
 * Finds the names in a question typed in lower case ("who hacked romania?"): a term the
 * retrieved statements write with a capital inside a sentence, at least twice as often as
 * without, is a name and so an anchor.
 */
final class ProperNouns {
  private ProperNouns() {}

  static Question promote(Question question, List<ReadStatement> candidates) {
    List<Term> terms = new ArrayList<>();
    boolean changed = false;
    for (Term term : question.terms()) {
      boolean vocabulary = Question.isGeneric(term.surface()) || term.forms().size() > 1; // "Western", "blamed" (with synonyms)
      if (!term.anchor() && !vocabulary && writtenAsName(term, candidates)) {
        terms.add(term.asAnchor());
        changed = true;
      } else {
        terms.add(term);
      }
    }
    return changed ? question.withTerms(terms) : question;
  }

  private static boolean writtenAsName(Term term, List<ReadStatement> candidates) {
    int capital = 0;
    int lower = 0;
    String stem = Words.stem(term.surface());
    char initial = term.surface().charAt(0);
    for (ReadStatement c : candidates) {
      for (List<ReadStatement.Word> tokens : c.words()) {
        for (int i = 1; i < tokens.size(); i++) {
          ReadStatement.Word t = tokens.get(i);
          if (Character.toLowerCase(t.raw().charAt(0)) != initial || !Words.sameWord(t.stem(), stem)) {
            continue;
          }
          if (Character.isUpperCase(t.raw().charAt(0))) {
            capital++;
          } else {
            lower++;
          }
        }
      }
    }
    return capital > 0 && capital >= 2 * lower;
  }
}
