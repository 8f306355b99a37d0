package org.attribot.digest;

import java.util.List;
import java.util.Map;
import org.attribot.answer.CitationCheck;
import org.attribot.llm.Model;
import org.attribot.llm.ModelCall;
import org.attribot.llm.Prompts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model's summary of a digest, from its numbered lines (fenced as data), checked like any
 * answer: a marker that is not a line is removed, a sentence left uncited is dropped, and a
 * summary citing nothing valid is no summary (null).
 */
public final class DigestSummarizer {
  private static final Logger LOG = LoggerFactory.getLogger(DigestSummarizer.class);
  /** Lines the model is given. */
  static final int LINES = 40;

  private final ModelCall model;
  private final String system;
  private final String template;

  public DigestSummarizer(ModelCall model, String system, String template) {
    this.model = model;
    this.system = system;
    this.template = template;
  }

  /** A cited summary, or null. */
  public String summarize(List<Digest.Item> items) {
    List<Digest.Item> given = items.subList(0, Math.min(LINES, items.size()));
    StringBuilder fenced = new StringBuilder();
    for (Digest.Item item : given) {
      DigestLine l = item.line();
      fenced.append("<line n=\"").append(item.n()).append("\">\n")
          .append("actor: ").append(l.actor() == null ? "(none named)" : Prompts.defuse(l.actor(), "line")).append('\n')
          .append("attributed by: ").append(Prompts.defuse(l.attributor(), "line")).append('\n')
          .append("publisher: ").append(Prompts.defuse(l.publisher(), "line")).append(l.published() == null ? "" : " | date: " + l.published())
          .append('\n').append("text: ").append(Prompts.defuse(l.what(), "line")).append("\n</line>\n");
    }
    Model.Reply reply = model.answer(system, Prompts.render(template, Map.of("lines", fenced.toString())));
    if (!reply.ok()) {
      LOG.info("digest summary: model unavailable ({}); lines only", reply.failure());
      return null;
    }
    CitationCheck.Checked checked = CitationCheck.check(reply.text(), given.size());
    if (!checked.usable()) {
      LOG.info("digest summary cites no line: left out");
      return null;
    }
    return checked.text();
  }

}
