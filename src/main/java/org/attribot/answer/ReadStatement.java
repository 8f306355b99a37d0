package org.attribot.answer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attribot.retrieve.Words;
import org.attribot.statement.Sentence;
import org.attribot.statement.Statement;
import org.attribot.statement.TextSplitter;

/**
 * A statement split once into sentences and tokens (with stems), for judging it as evidence;
 * the facts of its record (title, publisher, author, date) are tokens too.
 */
record ReadStatement(Statement statement, List<Sentence> sentences, List<List<Word>> words, List<Word> record) {
  private static final DateTimeFormatter DATE_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** A token as written and its stem. */
  record Word(String raw, String stem) {}

  static ReadStatement of(Statement s) {
    List<Sentence> sentences = TextSplitter.sentences(s.text());
    List<List<Word>> words = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      words.add(words(sentence.text()));
    }
    String facts = String.join(" ", s.title(), s.publisher(), s.author() == null ? "" : s.author(),
        s.published() == null ? "" : s.published().format(DATE_WORDS));
    return new ReadStatement(s, sentences, words, words(facts));
  }

  static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    for (Words.Token t : Words.tokens(text)) {
      out.add(new Word(t.raw(), Words.stem(t.lower())));
    }
    return List.copyOf(out);
  }

  /** A bounded cache of read statements, keyed by content hash. */
  static final class Cache {
    private final Map<String, ReadStatement> map;

    Cache(int capacity) {
      this.map = new LinkedHashMap<>(capacity, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReadStatement> eldest) {
          return size() > capacity;
        }
      };
    }

    synchronized ReadStatement get(String contentHash, Statement s) {
      return map.computeIfAbsent(contentHash, h -> of(s));
    }
  }
}
