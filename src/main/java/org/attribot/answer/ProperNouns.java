package org.attribot.answer;

import java.util.ArrayList;
import java.util.List;
import org.attribot.retrieve.Candidate;
import org.attribot.retrieve.Question;
import org.attribot.retrieve.Term;
import org.attribot.retrieve.Words;
import org.attribot.statement.Sentence;
import org.attribot.statement.TextSplitter;

/**
 * Finds the names in a question typed in lower case ("who hacked romania?"): a term the
 * retrieved statements write with a capital inside a sentence, at least twice as often as
 * without, is a name and so an anchor.
 */
final class ProperNouns {
  private ProperNouns() {}

  static Question promote(Question question, List<Candidate> candidates) {
    List<Term> terms = new ArrayList<>();
    boolean changed = false;
    for (Term term : question.terms()) {
      if (!term.anchor() && writtenAsName(term, candidates)) {
        terms.add(term.asAnchor());
        changed = true;
      } else {
        terms.add(term);
      }
    }
    return changed ? question.withTerms(terms) : question;
  }

  private static boolean writtenAsName(Term term, List<Candidate> candidates) {
    int capital = 0;
    int lower = 0;
    String stem = Words.stem(term.surface());
    for (Candidate c : candidates) {
      String text = c.statement().statement().text();
      for (Sentence s : TextSplitter.sentences(text)) {
        List<Words.Token> tokens = Words.tokens(s.text());
        for (int i = 1; i < tokens.size(); i++) {
          Words.Token t = tokens.get(i);
          if (!Words.sameWord(Words.stem(t.lower()), stem) || !t.lower().startsWith(term.surface().substring(0, 1))) {
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
