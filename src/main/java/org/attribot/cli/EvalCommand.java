package org.attribot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attribot.App;
import org.attribot.answer.Answer;
import org.attribot.answer.ModelContext;
import org.attribot.eval.ContextRecall;
import org.attribot.eval.EvalQuestion;
import org.attribot.eval.EvalRunner;
import org.attribot.eval.EvalRunner.EvalReport;
import org.attribot.eval.RetrievalAtK;
import org.attribot.eval.Scorer.Verdict;
import org.attribot.ingest.IngestReport;
import org.attribot.ingest.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "eval", mixinStandardHelpOptions = true, description = {
    "Ingests a folder of statements into a fresh temporary store, asks every question and prints",
    "answer accuracy (per kind), abstain accuracy, false-abstain rate, citation precision and latency.",
    "Scored as tools/score.py scores answers; with --json the last line is one JSON object of the figures."})
final class EvalCommand implements Callable<Integer> {
  @ParentCommand
  RootCommand root;

  @Option(names = "--statements", required = true, paramLabel = "DIR", description = "Folder of statements.")
  Path statements;

  @Option(names = "--questions", paramLabel = "FILE", description = "Questions, one JSON object a line.")
  Path questions;

  @Option(names = "--json", description = "Print only the figures, as one JSON line.")
  boolean json;

  @Option(names = "--answers", paramLabel = "FILE", description = "Also write every answer as JSON Lines (the input of tools/score.py).")
  Path answersFile;

  @Option(names = "--max-chars", defaultValue = "800", paramLabel = "N",
      description = "Keywords must end within the first N characters of an answer (0: anywhere; default ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--claims", description = {"Score claim extraction instead of answers: against --gold, or claims.jsonl in the statements folder,",
      "as tools/claims_score.py scores them."})
  boolean claims;

  @Option(names = "--gold", paramLabel = "FILE", description = "Gold claims, one JSON object a line (with --claims or --support).")
  Path gold;

  @Option(names = "--pred", paramLabel = "FILE",
      description = "With --claims: also write the extracted claims as JSON Lines in the gold format (the input of tools/claims_score.py).")
  Path pred;

  @Option(names = "--context", description = {"Measure what a chat model would be sent, without asking one:",
      "context recall (share of answerable questions whose context holds every answer keyword,",
      "matched as tools/score.py matches them) and the context's tokens (OpenAI's o200k tokenizer)."})
  boolean context;

  @Option(names = "--support", description = {"Measure the check of what a chat model writes, without asking one: sentences made from",
      "the gold claims (--gold, or claims.jsonl in the statements folder), cited to their own statement or",
      "wrongly, and the share kept or dropped at each similarity threshold (llm.support_similarity)."})
  boolean support;

  @Option(names = "--failures", description = "Also print every miss: the question, the answer given, the gold keywords and the supporting statements.")
  boolean failures;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = root.spec.commandLine().getOut();
    PrintWriter err = root.spec.commandLine().getErr();
    if (support) {
      return new SupportEvalRun(root.config(), out, err).run(statements, gold != null ? gold : statements.resolve("claims.jsonl"), json);
    }
    if (claims) {
      return new ClaimEval(root.config(), out, err).run(statements, gold != null ? gold : statements.resolve("claims.jsonl"), json, pred);
    }
    if (questions == null) {
      throw new IllegalArgumentException("eval needs --questions FILE (or --claims to score claim extraction)");
    }
    List<EvalQuestion> qs = EvalRunner.readQuestions(questions);
    Path tmp = Files.createTempDirectory("attribot-eval");
    try (App app = App.open(root.config(), tmp.resolve("eval.db"), App.Embedding.LOAD_NOW)) {
      IngestReport ingest = app.ingest().ingest(List.of(statements), Progress.NONE);
      ingest.lines().stream().filter(l -> l.outcome() == IngestReport.Outcome.FAILED)
          .forEach(l -> err.println("failed    " + l.where() + " — " + l.detail()));
      if (ingest.count(IngestReport.Outcome.NEW) == 0) {
        err.println("attribot: no statements found in " + statements);
        return 1;
      }
      if (context) {
        ModelContext builder = new ModelContext(app.gazetteer());
        ContextRecall.Report recall = ContextRecall.run(app.answers(), qs, r -> {
          ModelContext.Context c = builder.build(r);
          return new ContextRecall.Sent(c.fenced(), c.tokens());
        });
        if (!json) {
          out.println("statements: " + ingest.summary());
          printContext(out, recall);
        }
        out.println(Json.line(recall.metrics()));
        return 0;
      }
      EvalReport report = EvalRunner.run(app.answers(), qs, maxChars);
      report.metrics().putAll(RetrievalAtK.measure(app.store().statements(), app.store().passages(),
          app.store().vectors(), app.gazetteer(), app.embedder(), root.config().retrieve(), qs));
      if (answersFile != null) {
        List<String> lines = new ArrayList<>();
        for (Answer a : report.answers()) {
          lines.add(Json.line(a));
        }
        Files.write(answersFile, lines, StandardCharsets.UTF_8);
      }
      if (!json) {
        out.println("statements: " + ingest.summary());
        printTable(out, report);
      }
      if (failures) {
        EvalFailures.print(out, qs, report.verdicts(), report.answers());
      }
      out.println(Json.line(report.metrics()));
      return 0;
    } finally {
      Terminal.deleteTree(tmp);
    }
  }

  @SuppressWarnings("unchecked")
  private static void printTable(PrintWriter out, EvalReport report) {
    Map<String, Object> m = report.metrics();
    List<Verdict> verdicts = report.verdicts();
    List<Verdict> answerable = verdicts.stream().filter(v -> EvalQuestion.ANSWERABLE.contains(v.kind())).toList();
    List<Verdict> unanswerable = verdicts.stream().filter(v -> v.kind().equals("unanswerable")).toList();
    List<Verdict> answered = answerable.stream().filter(v -> !v.abstained()).toList();
    out.printf("%d questions (%d answerable, %d unanswerable); keywords within first %s chars%n",
        verdicts.size(), answerable.size(), unanswerable.size(), (int) m.get("max_chars") > 0 ? m.get("max_chars") : "unlimited");
    row(out, "answer_accuracy", pct(m.get("answer_accuracy")), count(answerable, Verdict::correct));
    Map<String, Map<String, Object>> byKind = (Map<String, Map<String, Object>>) m.get("answer_accuracy_by_kind");
    for (String kind : EvalQuestion.ANSWERABLE) {
      List<Verdict> pool = answerable.stream().filter(v -> v.kind().equals(kind)).toList();
      row(out, "  " + kind, pct(byKind.get(kind).get("accuracy")), count(pool, Verdict::correct));
    }
    row(out, "abstain_accuracy", pct(m.get("abstain_accuracy")), count(unanswerable, Verdict::abstained));
    row(out, "false_abstain_rate", pct(m.get("false_abstain_rate")), count(answerable, Verdict::abstained));
    row(out, "citation_precision", pct(m.get("citation_precision")),
        answered.stream().mapToInt(Verdict::supportingCited).sum() + "/" + m.get("citations_counted"));
    row(out, "retrieval_hit", pct(m.get("retrieval_hit")), count(answerable, Verdict::hit));
    row(out, "retrieval_hit@5", pct(m.get("retrieval_hit_at_5")), "hybrid (@1 " + pct(m.get("retrieval_hit_at_1"))
        + "); vectors alone " + pct(m.get("vector_hit_at_5")) + " (@1 " + pct(m.get("vector_hit_at_1")) + ")");
    row(out, "p50 elapsed_ms", m.get("p50_ms") == null ? "n/a" : m.get("p50_ms") + ".0", "");
    row(out, "p95 elapsed_ms", m.get("p95_ms") == null ? "n/a" : m.get("p95_ms") + ".0", "");
    if (m.containsKey("model_sentences_written")) {
      row(out, "model sentences kept", pct(m.get("model_sentences_kept_share")),
          m.get("model_sentences_kept") + "/" + m.get("model_sentences_written") + "; dropped: uncited "
              + m.get("model_sentences_dropped_uncited") + ", name " + m.get("model_sentences_dropped_name") + ", number "
              + m.get("model_sentences_dropped_number") + ", meaning " + m.get("model_sentences_dropped_meaning"));
    }
    List<Verdict> wrong = answerable.stream().filter(v -> !v.correct()).toList();
    if (!wrong.isEmpty()) {
      out.println("answerable questions not correct:");
      for (Verdict v : wrong) {
        List<String> why = new ArrayList<>();
        if (v.abstained()) {
          why.add("abstained");
        }
        if (!v.missingKeywords().isEmpty()) {
          why.add("missing " + String.join(", ", v.missingKeywords()));
        }
        if (!v.hit()) {
          why.add("no supporting citation");
        }
        out.printf("  %s [%s]: %s%n", v.id(), v.kind(), String.join("; ", why));
      }
    }
    List<Verdict> missed = unanswerable.stream().filter(v -> !v.abstained()).toList();
    if (!missed.isEmpty()) {
      out.println("unanswerable questions answered anyway:");
      missed.forEach(v -> out.println("  " + v.id()));
    }
  }

  private static void printContext(PrintWriter out, ContextRecall.Report r) {
    Map<String, Object> m = r.metrics();
    out.printf("%d answerable questions; context built as the model would be sent it (no model asked)%n", r.answerable());
    row(out, "context_recall", pct(m.get("context_recall")), r.holding() + "/" + r.answerable());
    row(out, "tokens mean", String.valueOf(m.get("context_tokens_mean")), "");
    row(out, "tokens p50", String.valueOf(m.get("context_tokens_p50")), "");
    row(out, "tokens p95", String.valueOf(m.get("context_tokens_p95")), "");
    row(out, "tokens max", String.valueOf(m.get("context_tokens_max")), "");
    List<ContextRecall.Row> short_ = r.rows().stream().filter(x -> !x.missing().isEmpty()).toList();
    if (!short_.isEmpty()) {
      out.println("contexts without every answer keyword:");
      short_.forEach(x -> out.printf("  %s [%s]: missing %s%n", x.id(), x.kind(), String.join(", ", x.missing())));
    }
  }

  private static String count(List<Verdict> pool, java.util.function.Predicate<Verdict> p) {
    return pool.stream().filter(p).count() + "/" + pool.size();
  }

  private static void row(PrintWriter out, String name, String value, String fraction) {
    out.printf("  %-18s  %7s  %s%n", name, value, fraction);
  }

  private static String pct(Object value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * (Double) value);
  }
}
