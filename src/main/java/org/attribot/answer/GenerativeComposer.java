package org.attribot.answer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.actor.Gazetteer;
import org.attribot.llm.Model;
import org.attribot.llm.Prompts;
import org.attribot.retrieve.Retrieval;
import org.attribot.statement.Statement;
import org.attribot.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generative composer: gives the chat model the context {@link ModelContext} builds — the
 * leading statements, whole when short, or windows of sentences around the ones that best match
 * the question, numbered and fenced as data — with the prompt templates; checks every sentence
 * of the reply (a citation that is not a source is removed; a sentence left without one,
 * naming an actor, agency, state, number or year that its sources do not — see {@link Support} —
 * or not close in meaning to a window of what it cites — see {@link Meaning} — is dropped); and falls back to the extractive answer when nothing supported is left, the
 * reply says the evidence is lacking, or the model is unavailable (then with a short note).
 */
public final class GenerativeComposer {
  private static final Logger LOG = LoggerFactory.getLogger(GenerativeComposer.class);
  static final String UNAVAILABLE = "(The language model is unavailable; here is what the sources say.)";

  private final Model model;
  private final Prompts prompts;
  private final ModelContext context;
  private final Support support;
  private final Meaning meaning;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong kept = new AtomicLong();
  private final AtomicLong uncited = new AtomicLong();
  private final Map<Support.Fault, AtomicLong> faults = new EnumMap<>(Support.Fault.class);

  /** {@code meaning} may be null: sentences are then checked for their names and numbers only. */
  public GenerativeComposer(Model model, Prompts prompts, Gazetteer gazetteer, Meaning meaning) {
    this.model = model;
    this.prompts = prompts;
    this.context = new ModelContext(gazetteer);
    this.support = new Support(gazetteer);
    this.meaning = meaning;
    for (Support.Fault f : Support.Fault.values()) {
      faults.put(f, new AtomicLong());
    }
  }

  /**
   * Sentences the model has written in replies that were checked since start, how many of them
   * were kept, how many were dropped for citing no source, and how many for each fault of support.
   */
  public record Sentences(long written, long kept, long uncited, Map<Support.Fault, Long> unsupported) {
    public Sentences {
      unsupported = Map.copyOf(unsupported);
    }
  }

  public Sentences sentences() {
    Map<Support.Fault, Long> by = new EnumMap<>(Support.Fault.class);
    faults.forEach((f, n) -> by.put(f, n.get()));
    return new Sentences(written.get(), kept.get(), uncited.get(), by);
  }

  public Answer compose(Retrieval retrieval, Answer extractive, List<Turn> history, Instant deadline) {
    ModelContext.Context sent = context.build(retrieval);
    if (sent.isEmpty()) {
      return extractive; // retrieve first: with nothing retrieved the model is not asked
    }
    List<ChatMessage> messages = List.of(SystemMessage.from(prompts.system()),
        UserMessage.from(Prompts.render(prompts.answer(), Map.of(
            "question", retrieval.question().text(),
            "history", history(history),
            "passages", sent.fenced()))));
    Model.Reply reply = model.answer(messages, deadline);
    if (!reply.ok()) {
      return withNote(extractive, UNAVAILABLE);
    }
    List<ModelContext.Source> sources = sent.sources();
    Meaning.Cited meant = meaning == null ? null : meaning.over(sources.stream().map(ModelContext.Source::titled).toList());
    CitationCheck.Checked checked = CitationCheck.check(reply.text(), sources.size(), (sentence, cited) -> {
      String text = citedText(sources, cited);
      Support.Fault fault = support.check(sentence, text);
      return fault == null && meant != null && !meant.holds(support.inNamesOf(sentence, text), cited) ? Support.Fault.MEANING : fault;
    });
    written.addAndGet(checked.written());
    kept.addAndGet(checked.kept());
    uncited.addAndGet(checked.droppedSentences());
    checked.faults().forEach((f, n) -> faults.get(f).addAndGet(n));
    if (checked.unknownMarkers() > 0 || checked.droppedSentences() > 0 || checked.unsupported() > 0) {
      // counts and source numbers only: never what the model wrote
      LOG.info("model answer checked: {} of {} sentence(s) kept; {} unknown citation(s) removed, {} uncited sentence(s)"
          + " dropped, {} unsupported sentence(s) dropped (citing {}), by fault {}", checked.kept(), checked.written(),
          checked.unknownMarkers(), checked.droppedSentences(), checked.unsupported(), checked.unsupportedCited(),
          new java.util.TreeMap<>(checked.faults()));
    }
    if (!checked.usable()) {
      LOG.info("model answer unusable (cited {}, enough evidence {}): extractive answer instead",
          checked.cited(), checked.enoughEvidence());
      return extractive;
    }
    return cite(retrieval.question().text(), checked.text(), sources);
  }

  /** What a sentence citing {@code cited} rests on: those sources' record lines and the text sent of each. */
  static String citedText(List<ModelContext.Source> sources, Set<Integer> cited) {
    StringBuilder out = new StringBuilder();
    for (int n : cited) {
      out.append(sources.get(n - 1).asCited()).append("\n\n");
    }
    return out.toString();
  }

  private static String history(List<Turn> turns) {
    if (turns.isEmpty()) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder();
    for (Turn t : turns) {
      out.append("Q: ").append(t.question()).append("\nA: ").append(t.answer().replaceAll("\\s+", " ")).append('\n');
    }
    return out.toString().strip();
  }

  /** Turns passage numbers into statement citations, numbered by first appearance. */
  static Answer cite(String question, String text, List<ModelContext.Source> sources) {
    Map<String, Integer> numberOf = new LinkedHashMap<>();
    List<Citation> citations = new ArrayList<>();
    Matcher m = Pattern.compile("\\[(\\d{1,3})]").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      ModelContext.Source p = sources.get(Integer.parseInt(m.group(1)) - 1);
      Statement s = p.statement();
      Integer n = numberOf.get(s.id());
      if (n == null) {
        n = citations.size() + 1;
        numberOf.put(s.id(), n);
        citations.add(new Citation(n, s.id(), s.title(), s.publisher(), s.author(), s.published(), s.url(), p.quote()));
      }
      m.appendReplacement(out, "[" + n + "]");
    }
    m.appendTail(out);
    String body = out.toString().replaceAll("(\\[\\d+])(\\1)+", "$1"); // [1][1] → [1]
    return new Answer(question, body, false, citations, 0);
  }

  static Answer withNote(Answer answer, String note) {
    return new Answer(answer.question(), answer.text() + " " + note, answer.abstained(), answer.citations(), answer.elapsedMs());
  }
}
