package org.attribot.answer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.actor.Mention;
import org.attribot.claim.OfflineClaimExtractor;
import org.attribot.claim.Speech;
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
record ReadStatement(Statement statement, List<Sentence> sentences, List<List<Word>> words, List<Set<Named>> named,
    List<List<Mention>> mentions, List<Word> record, Set<Named> recordNamed, List<Word> publisher, Set<Named> publisherNamed,
    Speech speech) {
  private static final DateTimeFormatter DATE_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** A token as written and its stem. */
  record Word(String raw, String stem) {}

  /** An entity a sentence names: its canonical name and kind. */
  record Named(String canonical, Entity.Kind kind) {}

  /** {@code speakers}: who speaks in each sentence, as the claim extractor reads it. */
  static ReadStatement of(Statement s, Gazetteer gazetteer, OfflineClaimExtractor speakers) {
    List<Sentence> sentences = TextSplitter.sentences(s.text());
    List<List<Word>> words = new ArrayList<>(sentences.size());
    List<Set<Named>> named = new ArrayList<>(sentences.size());
    List<List<Mention>> mentions = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      words.add(words(sentence.text()));
      List<Mention> found = List.copyOf(gazetteer.find(sentence.text()));
      mentions.add(found);
      Set<Named> own = named(found, gazetteer);
      if (!named.isEmpty() && SAME_ACTOR.matcher(sentence.text()).find() && own.stream().noneMatch(ReadStatement::isActor)) {
        own = withActorsOf(own, named.get(named.size() - 1));
      }
      named.add(own);
    }
    String facts = String.join(" ", s.title(), s.publisher(), s.author() == null ? "" : s.author(),
        s.published() == null ? "" : s.published().format(DATE_WORDS));
    return new ReadStatement(s, sentences, words, named, mentions, words(facts), named(s.title() + "\n" + s.publisher(), gazetteer),
        words(s.publisher()), named(s.publisher(), gazetteer), speakers.speech(s));
  }

  /** "the same threat actor", "the group": a sentence that names its actor only by pointing back. */
  private static final java.util.regex.Pattern SAME_ACTOR = java.util.regex.Pattern.compile(
      "\\b(the same (threat )?(actor|group|hackers|unit)|th(is|e) (threat )?(actor|group|hacking group|hacker group|unit))\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private static boolean isActor(Named n) {
    return n.kind() == Entity.Kind.ACTOR || n.kind() == Entity.Kind.ORGANISATION;
  }

  /** The sentence's own names plus the actors and agencies the sentence before it names. */
  private static Set<Named> withActorsOf(Set<Named> own, Set<Named> previous) {
    Set<Named> out = new HashSet<>(own);
    previous.stream().filter(ReadStatement::isActor).forEach(out::add);
    return Set.copyOf(out);
  }

  private static Set<Named> named(String text, Gazetteer gazetteer) {
    return named(gazetteer.find(text), gazetteer);
  }

  private static Set<Named> named(List<Mention> found, Gazetteer gazetteer) {
    Set<Named> out = new HashSet<>();
    for (Mention m : found) {
      for (Entity e : m.entities()) {
        out.add(new Named(e.canonical(), e.kind()));
        if (e.kind() == Entity.Kind.ORGANISATION && e.state() != null) {
          out.add(new Named(e.state(), Entity.Kind.COUNTRY)); // "the Justice Department" speaks for the United States
        }
      }
      // "Russia's military intelligence" names the GRU, and Russia too
      for (Words.Token word : Words.tokens(m.matched())) {
        if (word.raw().length() < m.matched().length()) {
          gazetteer.lookup(word.raw(), Entity.Kind.COUNTRY).forEach(c -> out.add(new Named(c.canonical(), c.kind())));
        }
      }
    }
    return Set.copyOf(out);
  }

  /** The canonical names a sentence names. */
  static Set<String> canonical(Set<Named> named) {
    Set<String> out = new HashSet<>();
    for (Named n : named) {
      out.add(n.canonical());
    }
    return out;
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
    private final Gazetteer gazetteer;
    private final OfflineClaimExtractor speakers;

    /** Readings of up to {@code capacity} statements, least recently used dropped first. */
    Cache(int capacity, Gazetteer gazetteer) {
      this.gazetteer = gazetteer;
      this.speakers = new OfflineClaimExtractor(gazetteer);
      this.map = new LinkedHashMap<>(capacity, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReadStatement> eldest) {
          return size() > capacity;
        }
      };
    }

    /** The statement read, from the cache when its content was read before; a reading is made outside the lock. */
    ReadStatement get(String contentHash, Statement s) {
      synchronized (map) {
        ReadStatement known = map.get(contentHash);
        if (known != null) {
          return known;
        }
      }
      ReadStatement read = of(s, gazetteer, speakers);
      synchronized (map) {
        ReadStatement raced = map.putIfAbsent(contentHash, read);
        return raced != null ? raced : read;
      }
    }
  }
}
