package org.attribot.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSplitterTest {
  @Test
  void sentencesKeepOffsetsAndSkipAbbreviations() {
    String text = "The U.S. and the UK blamed APT 28. Mr. Smith agreed.\n“The same actor hit Romania,” the Council noted.";
    List<Sentence> sentences = TextSplitter.sentences(text);
    assertEquals(List.of("The U.S. and the UK blamed APT 28.", "Mr. Smith agreed.",
        "“The same actor hit Romania,” the Council noted."), sentences.stream().map(Sentence::text).toList());
    for (Sentence s : sentences) {
      assertEquals(s.text(), text.substring(s.start(), s.end()));
    }
  }

  @Test
  void passagesCoverTheTextWithExactOffsets() {
    String text = "Short headline\n" + "A first paragraph that is long enough to stand alone as a passage of its own. ".repeat(4)
        + "\n" + "Second paragraph. ".repeat(80);
    List<Passage> passages = TextSplitter.passages(text);
    for (Passage p : passages) {
      assertEquals(p.text(), text.substring(p.start(), p.end()));
    }
    assertEquals(true, passages.size() >= 3, "the long paragraph is cut: " + passages.size());
    assertEquals(0, passages.get(0).start());
    assertEquals(text.strip().length(), passages.get(passages.size() - 1).end());
  }

  @Test
  void aHardWrappedTextIsSplitIntoWholeSentencesNotLines() {
    String text = "Cyber Alert\n\nThe government today attributed the intrusion into the parliament's\n"
        + "network to APT 28, a group run by Russia's military intelligence\n"
        + "service. The minister said the attack began in March.\n"
        + "- Further advice follows.";
    List<String> sentences = TextSplitter.sentences(text).stream().map(Sentence::text).toList();
    assertEquals("Cyber Alert", sentences.get(0), "a short heading stays its own line");
    assertEquals("The government today attributed the intrusion into the parliament's\n"
        + "network to APT 28, a group run by Russia's military intelligence\nservice.", sentences.get(1));
    assertEquals("The minister said the attack began in March.", sentences.get(2));
    assertEquals("- Further advice follows.", sentences.get(3), "a bullet starts anew");
  }
}
