package org.attribot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.answer.Answer;
import org.attribot.answer.Citation;
import org.attribot.statement.Sentence;
import org.attribot.statement.TextSplitter;

/**
 * Answers as Slack mrkdwn and Block Kit. Every piece of user or statement text goes through
 * {@link #escape}, so none can ping a channel or a person or forge a link; the answer is in
 * sections of at most {@link #SECTION_LIMIT} characters, cut between sentences; the sources are
 * a context block of {@code <url|[n] Title> · Publisher · date}; a plain {@code text} always
 * goes beside the blocks, for notifications and clients that show no blocks.
 */
final class SlackFormat {
  static final int SECTION_LIMIT = 3000;
  /** Slack's most elements in one context block. */
  static final int CONTEXT_ELEMENTS = 10;
  static final String SHARE = "attribot_share";
  static final String VOTE_UP = "attribot_vote_up";
  static final String VOTE_DOWN = "attribot_vote_down";

  private static final Pattern BROADCAST = Pattern.compile("(?i)@(channel|here|everyone)\\b");
  private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");

  private SlackFormat() {}

  /**
   * Text safe to put in mrkdwn: {@code &}, {@code <} and {@code >} escaped, and a literal
   * {@code @channel}, {@code @here} or {@code @everyone} broken by an invisible word joiner.
   */
  static String escape(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return BROADCAST.matcher(escaped).replaceAll("@\u2060$1");
  }

  /**
   * What a person typed, from the markup Slack sends: mentions as {@code @name} (or
   * {@code @id}), channels as {@code #name}, links as their label or address, entities decoded.
   */
  static String plain(String slackText) {
    if (slackText == null) {
      return "";
    }
    Matcher m = MARKUP.matcher(slackText);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(readable(m.group(1))));
    }
    m.appendTail(out);
    return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
  }

  private static String readable(String inner) {
    int bar = inner.indexOf('|');
    String target = bar < 0 ? inner : inner.substring(0, bar);
    String label = bar < 0 ? null : inner.substring(bar + 1);
    if (target.startsWith("@") || target.startsWith("#")) {
      return label == null ? target : target.charAt(0) + label.replaceFirst("^[@#]", "");
    }
    if (target.startsWith("!")) {
      return label != null ? label : "@" + target.substring(1).split("\\^")[0];
    }
    return label != null ? label : target;
  }

  /** The blocks of an answer: ephemeral ones show the question and a "Share in channel" button. */
  static List<LayoutBlock> answer(Answer answer, long answerId, boolean ephemeral) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (ephemeral && !answer.question().isBlank()) {
      blocks.add(context(c -> c.elements(List.of(mrkdwn("*Question:* " + escape(answer.question()))))));
    }
    List<String> sentences = new ArrayList<>();
    for (Sentence s : TextSplitter.sentences(answer.text())) {
      sentences.add(escape(s.text()));
    }
    blocks.addAll(sections(sentences, " "));
    if (!answer.citations().isEmpty()) {
      blocks.add(context(c -> c.elements(sources(answer.citations()))));
    }
    List<BlockElement> buttons = new ArrayList<>();
    String id = Long.toString(answerId);
    if (ephemeral) {
      buttons.add(button(b -> b.actionId(SHARE).value(id).text(plainText("Share in channel")).style("primary")));
    }
    buttons.add(button(b -> b.actionId(VOTE_UP).value(id).text(plainText("\uD83D\uDC4D", true))
        .accessibilityLabel("Good answer")));
    buttons.add(button(b -> b.actionId(VOTE_DOWN).value(id).text(plainText("\uD83D\uDC4E", true))
        .accessibilityLabel("Bad answer")));
    blocks.add(actions(a -> a.elements(buttons)));
    return blocks;
  }

  /** The answer as plain text, escaped: the fallback beside the blocks. */
  static String fallback(Answer answer) {
    StringBuilder out = new StringBuilder(escape(answer.text()));
    if (!answer.citations().isEmpty()) {
      out.append("\n\nSources:");
      answer.citations().forEach(c -> out.append('\n').append(escape(c.sourceLine())));
    }
    return out.toString();
  }

  /** {@code <url|[n] Title> · Publisher · date} ({@code [n] attribot's summary of: Title} for a summary), leaving out what is missing. */
  static String source(Citation c) {
    return line(c.url(), escape("[" + c.n() + "] " + c.label()), c.publisher(), c.published());
  }

  /** {@code <url|label> · publisher · date}: the label (escaped already) linked only to an http(s) address. */
  static String line(String url, String label, String publisher, java.time.LocalDate published) {
    String address = url == null ? "" : url.strip();
    StringBuilder line = new StringBuilder(address.matches("(?i)https?://\\S+")
        ? "<" + address.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C") + "|" + label + ">" : label);
    if (publisher != null && !publisher.isBlank()) {
      line.append(" \u00b7 ").append(escape(publisher));
    }
    if (published != null) {
      line.append(" \u00b7 ").append(published);
    }
    return line.toString();
  }

  private static List<ContextBlockElement> sources(List<Citation> citations) {
    List<String> lines = citations.stream().map(SlackFormat::source).toList();
    int perElement = (lines.size() + CONTEXT_ELEMENTS - 1) / CONTEXT_ELEMENTS;
    List<ContextBlockElement> elements = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += perElement) {
      elements.add(mrkdwn(String.join("\n", lines.subList(i, Math.min(lines.size(), i + perElement)))));
    }
    return elements;
  }

  /** Lines of mrkdwn (each already escaped) as section blocks within the limit. */
  static List<LayoutBlock> message(List<String> lines) {
    return sections(lines, "\n");
  }

  /**
   * Units (sentences or lines, already escaped) joined by {@code separator} into sections of at
   * most {@link #SECTION_LIMIT} characters, cut between units; a unit longer than the limit on
   * its own is cut between words, never inside an entity such as {@code &amp;}.
   */
  static List<LayoutBlock> sections(List<String> units, String separator) {
    List<LayoutBlock> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String unit : units) {
      for (String piece : cut(unit)) {
        String sep = current.length() == 0 ? "" : separator;
        if (current.length() + sep.length() + piece.length() > SECTION_LIMIT) {
          blocks.add(section(current.toString()));
          current.setLength(0);
          sep = "";
        }
        current.append(sep).append(piece);
      }
    }
    if (current.length() > 0 || blocks.isEmpty()) {
      blocks.add(section(current.length() == 0 ? " " : current.toString()));
    }
    return blocks;
  }

  private static LayoutBlock section(String text) {
    return com.slack.api.model.block.Blocks.section(s -> s.text(mrkdwn(text)));
  }

  private static MarkdownTextObject mrkdwn(String text) {
    // verbatim: Slack turns nothing in it into a link or a mention of its own accord
    return MarkdownTextObject.builder().text(text).verbatim(true).build();
  }

  private static List<String> cut(String unit) {
    List<String> pieces = new ArrayList<>();
    String rest = unit;
    while (rest.length() > SECTION_LIMIT) {
      int at = rest.lastIndexOf(' ', SECTION_LIMIT);
      if (at <= 0) {
        at = SECTION_LIMIT;
        int amp = rest.lastIndexOf('&', at - 1);
        if (amp > 0 && rest.indexOf(';', amp) >= at) {
          at = amp; // do not split an entity
        }
      }
      pieces.add(rest.substring(0, at));
      rest = rest.substring(at).stripLeading();
    }
    pieces.add(rest);
    return pieces;
  }
}
