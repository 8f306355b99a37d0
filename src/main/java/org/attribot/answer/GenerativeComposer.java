package org.attribot.answer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.llm.Model;
import org.attribot.llm.Prompts;
import org.attribot.retrieve.Candidate;
import org.attribot.retrieve.Retrieval;
import org.attribot.statement.Statement;
import org.attribot.store.PassageHit;
import org.attribot.store.Turns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generative composer: gives the chat model the retrieved passages, numbered and fenced
 * as data, with the prompt templates; checks every citation in the reply; and falls back to
 * the extractive answer when the reply cites nothing valid, says the evidence is lacking, or
 * the model is unavailable (then with a short note).
 */
public final class GenerativeComposer {
  private static final Logger LOG = LoggerFactory.getLogger(GenerativeComposer.class);
  static final String UNAVAILABLE = "(The language model is unavailable; here is what the sources say.)";
  /** Statements whose passages go to the model, and passages per statement. */
  static final int STATEMENTS = 5;
  static final int PASSAGES_EACH = 2;

  private final Model model;
  private final Prompts prompts;

  public GenerativeComposer(Model model, Prompts prompts) {
    this.model = model;
    this.prompts = prompts;
  }

  /** A passage as numbered for the model. */
  record Numbered(int n, Statement statement, PassageHit passage) {}

  public Answer compose(Retrieval retrieval, Answer extractive, List<Turns.Turn> history, Instant deadline) {
    List<Numbered> passages = passages(retrieval);
    if (passages.isEmpty()) {
      return extractive; // retrieve first: with nothing retrieved the model is not asked
    }
    List<ChatMessage> messages = List.of(SystemMessage.from(prompts.system()),
        UserMessage.from(Prompts.render(prompts.answer(), Map.of(
            "question", retrieval.question().text(),
            "history", history(history),
            "passages", fence(passages)))));
    Model.Reply reply = model.answer(messages, deadline);
    if (!reply.ok()) {
      return withNote(extractive, UNAVAILABLE);
    }
    CitationCheck.Checked checked = CitationCheck.check(reply.text(), passages.size());
    if (checked.unknownMarkers() > 0 || checked.droppedSentences() > 0) {
      LOG.info("model answer checked: {} unknown citation(s) removed, {} uncited sentence(s) dropped",
          checked.unknownMarkers(), checked.droppedSentences());
    }
    if (!checked.usable()) {
      LOG.info("model answer unusable (cited {}, enough evidence {}): extractive answer instead",
          checked.cited(), checked.enoughEvidence());
      return extractive;
    }
    return cite(retrieval.question().text(), checked.text(), passages);
  }

  /** The passages of the best statements, in retrieval order, numbered from 1. */
  static List<Numbered> passages(Retrieval retrieval) {
    List<Numbered> out = new ArrayList<>();
    for (Candidate c : retrieval.candidates().stream().limit(STATEMENTS).toList()) {
      for (PassageHit p : c.passages().stream().limit(PASSAGES_EACH).toList()) {
        out.add(new Numbered(out.size() + 1, c.statement().statement(), p));
      }
    }
    return out;
  }

  /** Each passage between tags, with the facts of its statement; a tag inside the text is defused. */
  static String fence(List<Numbered> passages) {
    StringBuilder out = new StringBuilder();
    for (Numbered p : passages) {
      Statement s = p.statement();
      out.append("<passage n=\"").append(p.n()).append("\">\n")
          .append("title: ").append(Prompts.defuse(s.title(), "passage")).append('\n')
          .append("publisher: ").append(Prompts.defuse(s.publisher(), "passage"))
          .append(s.published() == null ? "" : " | date: " + s.published()).append('\n')
          .append("text: ").append(Prompts.defuse(p.passage().text(), "passage")).append('\n')
          .append("</passage>\n");
    }
    return out.toString();
  }

  private static String history(List<Turns.Turn> turns) {
    if (turns.isEmpty()) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder();
    for (Turns.Turn t : turns) {
      out.append("Q: ").append(t.question()).append("\nA: ").append(t.answer().replaceAll("\\s+", " ")).append('\n');
    }
    return out.toString().strip();
  }

  /** Turns passage numbers into statement citations, numbered by first appearance. */
  static Answer cite(String question, String text, List<Numbered> passages) {
    Map<String, Integer> numberOf = new LinkedHashMap<>();
    List<Citation> citations = new ArrayList<>();
    Matcher m = Pattern.compile("\\[(\\d{1,3})]").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Numbered p = passages.get(Integer.parseInt(m.group(1)) - 1);
      Statement s = p.statement();
      Integer n = numberOf.get(s.id());
      if (n == null) {
        n = citations.size() + 1;
        numberOf.put(s.id(), n);
        citations.add(new Citation(n, s.id(), s.title(), s.publisher(), s.author(), s.published(), s.url(), p.passage().text()));
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
