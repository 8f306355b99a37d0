package org.attribot.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attribot.answer.Answer;
import org.attribot.answer.AnswerService;
import org.attribot.answer.Support;
import org.attribot.input.JsonFault;

/**
 * Asks every evaluation question and scores the answers. The caller supplies the
 * {@link AnswerService} over a store that holds the evaluation statements.
 */
public final class EvalRunner {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private EvalRunner() {}

  /** Reads a questions file, one JSON object a line; a bad line is an error naming it. */
  public static List<EvalQuestion> readQuestions(Path file) throws IOException {
    List<EvalQuestion> questions = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        questions.add(JSON.readValue(lines.get(i), EvalQuestion.class));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a question: " + JsonFault.describe(e), e);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a question: " + firstLine(e.getMessage()), e);
      }
    }
    if (questions.isEmpty()) {
      throw new IllegalArgumentException(file + ": no questions");
    }
    return questions;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  public static EvalReport run(AnswerService answers, List<EvalQuestion> questions, int maxChars) {
    Scorer scorer = new Scorer(maxChars);
    var before = answers.modelSentences();
    List<Answer> given = new ArrayList<>();
    List<Scorer.Verdict> verdicts = new ArrayList<>();
    for (EvalQuestion q : questions) {
      Answer a = answers.ask(q.question());
      given.add(a);
      verdicts.add(scorer.judge(q, a));
    }
    Map<String, Object> metrics = scorer.metrics(questions, given, verdicts);
    answers.modelSentences().ifPresent(after -> {
      // with a model: the sentences it wrote in checked replies, the share kept, and why the others were dropped
      var start = before.orElseThrow();
      long written = after.written() - start.written();
      long kept = after.kept() - start.kept();
      metrics.put("model_sentences_written", written);
      metrics.put("model_sentences_kept", kept);
      metrics.put("model_sentences_kept_share", Scorer.ratio(kept, written));
      metrics.put("model_sentences_dropped_uncited", after.uncited() - start.uncited());
      for (Support.Fault f : Support.Fault.values()) {
        metrics.put("model_sentences_dropped_" + f.name().toLowerCase(java.util.Locale.ROOT),
            after.unsupported().getOrDefault(f, 0L) - start.unsupported().getOrDefault(f, 0L));
      }
    });
    return new EvalReport(metrics, verdicts, given);
  }

  /** The figures, each question's verdict and the answers given, in question order. */
  public record EvalReport(Map<String, Object> metrics, List<Scorer.Verdict> verdicts, List<Answer> answers) {}
}
