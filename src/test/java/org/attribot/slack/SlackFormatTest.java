package org.attribot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.time.LocalDate;
import java.util.List;
import org.attribot.chat.Command;
import org.attribot.answer.Answer;
import org.attribot.answer.Citation;
import org.junit.jupiter.api.Test;

class SlackFormatTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void statementTextCannotPingOrForgeALink() throws Exception {
    Citation hostile = new Citation(1, "s1", "Tom & Jerry <!here> report <https://evil.example|click>", "A & B <@U999>", null,
        LocalDate.of(2025, 3, 1), "https://example.org/odd?a=1&b=2|x>y", "quote");
    Answer answer = new Answer("q", "Kettle Panda <!channel> struck @here & @everyone [1].", false, List.of(hostile), 0);
    String json = JSON.writeValueAsString(SlackFormat.answer(answer, 7, true)) + SlackFormat.fallback(answer);
    for (String ping : List.of("<!here>", "<!channel>", "<@U999>", "<https://evil", "@here", "@everyone", "@channel")) {
      assertFalse(json.contains(ping), ping + " in " + json);
    }
    assertEquals("<https://example.org/odd?a=1&amp;b=2%7Cx%3Ey|[1] Tom &amp; Jerry &lt;!here&gt; report "
        + "&lt;https://evil.example|click&gt;> \u00b7 A &amp; B &lt;@U999&gt; \u00b7 2025-03-01", SlackFormat.source(hostile));
  }

  @Test
  void aSourceWithoutAnHttpAddressIsNotALink() {
    Citation c = new Citation(2, "s2", "Title", null, null, null, "javascript:alert(1)", "q");
    assertEquals("[2] Title", SlackFormat.source(c));
  }

  @Test
  void aLongAnswerIsSplitIntoSectionsOfAtMost3000CharactersBetweenSentences() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      text.append("Sentence number ").append(i).append(" says that A & B attributed the breach to <Kettle Panda>. ");
    }
    Answer answer = new Answer("q", text.toString().strip(), false, List.of(), 0);
    List<LayoutBlock> blocks = SlackFormat.answer(answer, 1, false);
    List<String> sections = blocks.stream().filter(b -> b instanceof SectionBlock)
        .map(b -> ((SectionBlock) b).getText().getText()).toList();
    assertTrue(sections.size() >= 3, "split: " + sections.size());
    for (String s : sections) {
      assertTrue(s.length() <= SlackFormat.SECTION_LIMIT, "length " + s.length());
      assertTrue(s.startsWith("Sentence number ") && s.endsWith("&lt;Kettle Panda&gt;."), "cut between sentences: " + s);
    }
    assertEquals(120, String.join(" ", sections).split("Sentence number").length - 1, "nothing lost");
  }

  @Test
  void oneUnitLongerThanASectionIsCutBetweenWordsAndNeverInsideAnEntity() {
    String word = "&amp;".repeat(700); // 3,500 characters with no space
    List<LayoutBlock> blocks = SlackFormat.sections(List.of("short " + word + " tail"), " ");
    StringBuilder joined = new StringBuilder();
    for (LayoutBlock b : blocks) {
      String t = ((SectionBlock) b).getText().getText();
      assertTrue(t.length() <= SlackFormat.SECTION_LIMIT);
      assertFalse(t.matches("(?s).*&(a|am|amp)?$"), "an entity cut: " + t.substring(Math.max(0, t.length() - 10)));
      joined.append(t);
    }
    assertTrue(joined.toString().replace(" ", "").contains(word));
  }

  @Test
  void whatAPersonTypedIsReadFromSlacksMarkup() {
    assertEquals("who hacked @Bob in #general? @channel see example.org & <this>",
        SlackFormat.plain("who hacked <@U123|Bob> in <#C1|general>? <!channel> see <https://example.org|example.org> &amp; &lt;this&gt;"));
    assertEquals("@U123 <https://x.y>", SlackFormat.plain("<@U123> &lt;<https://x.y>&gt;"));
  }

  @Test
  void theMentionOfTheBotIsTakenOutOfTheQuestion() {
    assertEquals("who hacked Romania?", SlackMentions.withoutMention("<@UBOT> who hacked Romania?", "UBOT"));
    assertEquals("hey what about <@U2>?", SlackMentions.withoutMention("hey <@UBOT> what about <@U2>?", "UBOT"));
  }

  @Test
  void subCommandsAreOnlyWhatTheyLookLike() {
    assertEquals(new Command("help", ""), Command.ofWords("  "));
    assertEquals(new Command("sources", ""), Command.ofWords("Sources"));
    assertEquals(new Command("ask", "sources of the Bybit theft?"), Command.ofWords("sources of the Bybit theft?"));
    assertEquals(new Command("actor", "Fancy Bear"), Command.ofWords("actor Fancy Bear"));
    assertEquals(new Command("ask", "who hacked Romania?"), Command.ofWords("who hacked Romania?"));
  }

  @Test
  void manySourcesFitOneContextBlock() throws Exception {
    List<Citation> many = new java.util.ArrayList<>();
    for (int i = 1; i <= 13; i++) {
      many.add(new Citation(i, "s" + i, "T" + i, "P", null, null, null, "q"));
    }
    JsonNode blocks = JSON.valueToTree(SlackFormat.answer(new Answer("q", "x [1].", false, many, 0), 1, false));
    JsonNode context = blocks.get(1);
    assertEquals("context", context.path("type").asText());
    assertTrue(context.path("elements").size() <= SlackFormat.CONTEXT_ELEMENTS);
    assertTrue(context.toString().contains("[13] T13"));
  }
}
