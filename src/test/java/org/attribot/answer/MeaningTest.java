package org.attribot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.attribot.actor.Gazetteer;
import org.attribot.embed.LocalEmbedder;
import org.attribot.embed.LocalModel;
import org.junit.jupiter.api.Test;

/** The meaning check with the real embedding model, on a passage written for the test. */
class MeaningTest {
  static final String PASSAGE = "Finland names APT29 behind espionage at research institutes\n"
      + "Finland's Ministry for Foreign Affairs said on Tuesday that APT29 carried out a two-year cyber espionage campaign "
      + "against Finnish research institutes. The ministry said the group stole e-mail from researchers working on energy "
      + "and Arctic policy. Finland summoned the Russian ambassador over the intrusions.";
  static final String TRADE = "Finland and APT29 signed a trade agreement [1].";
  static final String PARAPHRASE = "Finland's foreign ministry said APT29 spent two years spying on Finnish research institutes [1].";

  @Test
  void windowsAreOneToThreeAdjacentSentencesAndNeverCrossAnElision() {
    assertEquals(List.of("A one.", "A one. B two.", "A one. B two. C three.", "B two.", "B two. C three.",
        "B two. C three. D four.", "C three.", "C three. D four.", "D four."), Meaning.windows("A one. B two. C three. D four."));
    List<String> elided = Meaning.windows("A one. B two. \u2026 C three. D four. \u2026");
    assertEquals(6, elided.size(), elided.toString());
    assertTrue(elided.stream().noneMatch(w -> w.contains("two") && w.contains("three")), elided.toString());
  }

  @Test
  void namesAreWrittenAsTheCitedTextWritesThemBeforeMeaningIsCompared() {
    Support support = new Support(Gazetteer.loadDefault());
    assertEquals("APT29 was behind the intrusions [1].", support.inNamesOf("Cozy Bear was behind the intrusions [1].", PASSAGE));
    assertEquals("Sandworm was behind it.", support.inNamesOf("Sandworm was behind it.", PASSAGE), "a name the text lacks stays");
  }

  @Test
  void aSentenceWithThePassagesNamesButAnotherMeaningIsNotCloseAndAParaphraseIs() {
    Support support = new Support(Gazetteer.loadDefault());
    assertNull(support.check(TRADE, PASSAGE), "the names alone cannot tell");
    assertNull(support.check(PARAPHRASE, PASSAGE));
    Meaning meaning = new Meaning(new LocalEmbedder(LocalModel.MINILM), LocalModel.MINILM.supportSimilarity());
    Meaning.Cited cited = meaning.over(List.of(PASSAGE));
    double trade = cited.closeness(TRADE, Set.of(1));
    double paraphrase = cited.closeness(PARAPHRASE, Set.of(1));
    assertFalse(cited.holds(TRADE, Set.of(1)), "trade agreement: " + trade);
    assertTrue(cited.holds(PARAPHRASE, Set.of(1)), "paraphrase: " + paraphrase);
    assertTrue(new Meaning(new LocalEmbedder(LocalModel.MINILM), 0).over(List.of(PASSAGE)).holds(TRADE, Set.of(1)),
        "a threshold of 0 checks nothing");
  }
}
