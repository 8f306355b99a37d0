package org.attribot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attribot.answer.Answer;
import org.attribot.answer.Citation;
import org.junit.jupiter.api.Test;

class TelegramFormatTest {
  @Test
  void aNineThousandCharacterAnswerIsSplitBetweenSentencesWithEveryTagClosed() {
    StringBuilder text = new StringBuilder();
    int n = 0;
    while (text.length() < 9_000) {
      text.append("Sentence ").append(++n).append(" says that APT 28 & friends hit <targets> again [1]. ");
    }
    List<Citation> cites = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      cites.add(new Citation(i, "s" + i, "Title " + i + " & more", "Pub", null, LocalDate.of(2025, 1, 1),
          "https://example.org/" + i, "q"));
    }
    List<String> messages = TelegramFormat.html(new Answer("q", text.toString().strip(), false, cites, 0));
    assertTrue(messages.size() >= 3, "split into " + messages.size());
    StringBuilder all = new StringBuilder();
    for (String m : messages) {
      assertTrue(m.length() <= TelegramFormat.LIMIT, "length " + m.length());
      assertEquals(count(m, "<a "), count(m, "</a>"), "links closed within a message");
      assertEquals(count(m, "<b>"), count(m, "</b>"));
      assertTrue(m.endsWith(".") || m.endsWith("</a> — Pub, 2025-01-01") || m.endsWith("</b>"), m.substring(m.length() - 30));
      all.append(m).append(' ');
    }
    for (int i = 1; i <= n; i++) {
      assertTrue(all.toString().contains("Sentence " + i + " says"), "sentence " + i + " kept");
    }
    assertTrue(all.toString().contains("&amp; friends hit &lt;targets&gt;"));
  }

  private static int count(String s, String part) {
    return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
