package org.attribot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.attribot.App;
import org.attribot.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in sample store holds attribot's own summaries of real statements: an answer from it
 * cites the real source but says the passage is attribot's summary, and never puts it in
 * quotation marks as the publisher's words. A store of originals is quoted as before.
 */
class SummaryCitationTest {
  static final String QUESTION = "what has APT28 been accused of?";

  @Test
  void anAnswerFromTheSampleStoreCitesItsPassagesAsAttribotsSummariesWithoutQuotationMarks() {
    try (App app = App.sample(TestStores.defaults())) {
      Answer a = app.answers().ask(QUESTION);
      assertFalse(a.abstained(), a.text());
      assertFalse(a.text().contains("\u201c") || a.text().contains("\u201d"), "no passage quoted as the publisher's: " + a.text());
      for (Citation c : a.citations()) {
        assertTrue(c.summary(), c.toString());
        assertTrue(c.sourceLine().startsWith("[" + c.n() + "] attribot's summary of: " + c.title() + " — " + c.publisher()),
            c.sourceLine());
        assertTrue(c.url().startsWith("https://"), "the real source is still cited: " + c);
      }
    }
  }

  @Test
  void anAnswerFromAStoreOfOriginalsQuotesThePublishersWords(@TempDir Path dir) {
    try (App app = TestStores.dev(dir)) {
      Answer a = app.answers().ask(QUESTION);
      assertTrue(a.text().contains("\u201c"), "the publishers' words are quoted: " + a.text());
      for (Citation c : a.citations()) {
        assertFalse(c.summary(), c.toString());
        assertTrue(c.sourceLine().startsWith("[" + c.n() + "] " + c.title() + " — "), c.sourceLine());
      }
    }
  }

  @Test
  void inAMixedAnswerOnlyTheSummarysPassagesLoseTheirQuotationMarks() {
    Citation summary = new Citation(1, "sum", "France accuses the GRU", "Censor.NET", null, null, "https://example.org/1",
        "France accused the GRU.");
    Citation original = new Citation(2, "orig", "NATO statement", "NATO", null, null, "https://example.org/2",
        "NATO condemned APT28.");
    Answer a = new Answer("q", "What it is accused of:\n- France attributes it to APT28 [1]: \u201cFrance accused the GRU.\u201d"
        + " \u201cIt condemned APT28.\u201d\n- NATO attributes it to APT28 [2]: \u201cNATO condemned APT28.\u201d", false,
        List.of(summary, original), 0);
    Answer marked = a.withSummaries(Set.of("sum"));
    assertEquals("What it is accused of:\n- France attributes it to APT28 [1]: France accused the GRU. It condemned APT28.\n"
        + "- NATO attributes it to APT28 [2]: \u201cNATO condemned APT28.\u201d", marked.text());
    assertTrue(marked.citations().get(0).summary());
    assertFalse(marked.citations().get(1).summary());
    assertEquals("[1] attribot's summary of: France accuses the GRU — Censor.NET. https://example.org/1",
        marked.citations().get(0).sourceLine());
    assertEquals("[2] NATO statement — NATO. https://example.org/2", marked.citations().get(1).sourceLine());
  }
}
