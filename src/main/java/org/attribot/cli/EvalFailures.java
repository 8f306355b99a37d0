package org.attribot.cli;

import java.io.PrintWriter;
import java.util.List;
import org.attribot.answer.Answer;
import org.attribot.eval.EvalQuestion;
import org.attribot.eval.Scorer.Verdict;

/**
 * Every miss of an eval run in one place: the question, the answer given, the gold keywords
 * (and which are missing), the statements that support the answer and those cited.
 */
final class EvalFailures {
  /** How much of an answer is shown: the scorer reads the first 800 characters. */
  private static final int SHOWN = 900;

  private EvalFailures() {}

  static void print(PrintWriter out, List<EvalQuestion> questions, List<Verdict> verdicts, List<Answer> answers) {
    out.println("misses:");
    for (int i = 0; i < verdicts.size(); i++) {
      Verdict v = verdicts.get(i);
      boolean answerable = EvalQuestion.ANSWERABLE.contains(v.kind());
      if (answerable ? v.correct() : v.abstained()) {
        continue;
      }
      EvalQuestion q = questions.get(i);
      Answer a = answers.get(i);
      out.printf("%n%s [%s] %s%n", v.id(), v.kind(), q.question());
      if (answerable) {
        out.printf("  keywords:   %s%s%n", q.answerKeywords(),
            v.missingKeywords().isEmpty() ? "" : " — missing " + v.missingKeywords());
        out.printf("  supporting: %s%n", q.supportingIds());
      } else {
        out.println("  unanswerable: the sources do not cover it, yet it was answered");
      }
      out.printf("  cited:      %s%s%n", v.cited(), a.abstained() ? " (abstained)" : "");
      String text = a.text().replace('\n', ' ');
      out.printf("  answer:     %s%n", text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text);
    }
  }
}
