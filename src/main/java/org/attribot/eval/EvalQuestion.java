package org.attribot.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One evaluation question, in the format of {@code eval/dev/questions.jsonl}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(
    String id,
    String question,
    @JsonProperty("answer_keywords") List<String> answerKeywords,
    @JsonProperty("acceptable_alternatives") Map<String, List<String>> acceptableAlternatives,
    @JsonProperty("supporting_ids") List<String> supportingIds,
    String kind) {

  public static final List<String> ANSWERABLE = List.of("single", "alias", "cross");

  public EvalQuestion {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(kind, "kind");
    if (!ANSWERABLE.contains(kind) && !kind.equals("unanswerable")) {
      throw new IllegalArgumentException("unknown kind '" + kind + "' (want single, alias, cross or unanswerable)");
    }
    answerKeywords = answerKeywords == null ? List.of() : List.copyOf(answerKeywords);
    acceptableAlternatives = acceptableAlternatives == null ? Map.of() : Map.copyOf(acceptableAlternatives);
    supportingIds = supportingIds == null ? List.of() : List.copyOf(supportingIds);
  }

  public boolean answerable() {
    return ANSWERABLE.contains(kind);
  }
}
