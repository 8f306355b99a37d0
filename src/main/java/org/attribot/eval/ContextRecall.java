package org.attribot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.function.Function;
import org.attribot.answer.AnswerService;
import org.attribot.retrieve.Retrieval;

/**
 * Context recall: for every answerable question, the context the generative path would send
 * the model is built (no model is asked) and searched for every answer keyword, matched as
 * {@code tools/score.py} matches them, anywhere in the context. Reports the share of answerable
 * questions whose context holds every keyword, and the tokens the context costs.
 */
public final class ContextRecall {
  private ContextRecall() {}

  /** One answerable question: the tokens of its context and the keywords the context lacks. */
  public record Row(String id, String kind, int tokens, List<String> missing) {}

  /** The figures, and one row per answerable question in question order. */
  public record Report(List<Row> rows) {
    public int answerable() {
      return rows.size();
    }

    public long holding() {
      return rows.stream().filter(r -> r.missing().isEmpty()).count();
    }

    public Double recall() {
      return Scorer.ratio(holding(), rows.size());
    }

    public Map<String, Object> metrics() {
      List<Long> tokens = rows.stream().map(r -> (long) r.tokens()).toList();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("context_answerable", rows.size());
      m.put("context_recall", recall());
      m.put("context_tokens_mean", rows.isEmpty() ? null : Math.round(tokens.stream().mapToLong(Long::longValue).average().orElse(0)));
      m.put("context_tokens_p50", Scorer.percentile(tokens, 50));
      m.put("context_tokens_p95", Scorer.percentile(tokens, 95));
      m.put("context_tokens_max", tokens.stream().mapToLong(Long::longValue).max().stream().boxed().findFirst().orElse(null));
      return m;
    }
  }

  /** The sent context for a question: its text, and its length in tokens. */
  public record Sent(String text, int tokens) {}

  public static Report run(AnswerService answers, List<EvalQuestion> questions, Function<Retrieval, Sent> context) {
    Scorer scorer = new Scorer(0);
    List<Row> rows = new ArrayList<>();
    for (EvalQuestion q : questions) {
      if (!q.answerable()) {
        continue;
      }
      Sent sent = context.apply(answers.retrieve(q.question()));
      rows.add(new Row(q.id(), q.kind(), sent.tokens(), scorer.missingKeywords(q, sent.text())));
    }
    return new Report(rows);
  }
}
