package org.attribot.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.actor.Mention;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A question read for retrieval: its content terms (stop words dropped, at most
 * {@link #MAX_TERMS}), which of them are anchors, and the answer type.
 */
public record Question(String text, List<Term> terms, AnswerType answerType, Set<String> speakers, boolean many) {
  public static final int MAX_TERMS = 24;
  /** What joins two names the question offers as alternatives. */
  private static final java.util.regex.Pattern EITHER = java.util.regex.Pattern.compile("\\s*,?\\s+or\\s+(the\\s+)?");
  /** Words written with a capital that name no one ("Western governments"): searched, but no anchor. */
  private static final Set<String> GENERIC = Set.of("western", "eastern", "northern", "southern", "allied", "foreign",
      "international", "official", "officials", "government", "governments", "state", "national", "federal", "public",
      "cyber", "hackers", "hacker", "group", "agency", "agencies", "minister", "ministry", "president", "secretary");

  /**
   * {@code speakers}: surfaces of the terms that name whose statement is asked about; {@code many}:
   * the question asks for several things or a comparison, so its answer may lie in several statements.
   */
  public Question {
    terms = List.copyOf(terms);
    speakers = Set.copyOf(speakers);
  }

  /** Whether the question asks how something changed over time: its answer is a timeline of statements. */
  public boolean asksHowItChanged() {
    return Phrasing.asksHowItChanged(text);
  }

  /**
   * For a question asking for names of things, the word for that kind of thing ("companies" in
   * "which shipping companies were hit"): a sentence listing such names answers it without
   * saying the word. Null for other questions.
   */
  public String namesAsked() {
    return answerType == AnswerType.NAMES ? Phrasing.namesAsked(text) : null;
  }

  /** Whether the term names the one whose statement the question asks about. */
  public boolean isSpeaker(Term term) {
    return speakers.contains(term.surface());
  }

  public static Question of(String text) {
    return of(text, null);
  }

  /**
   * Reads a question. Names the gazetteer knows ("Fancy Bear", "Czechia", "British") become
   * one anchor term each, searched under every name of the entity; the other words become
   * word terms.
   */
  public static Question of(String asked, Gazetteer gazetteer) {
    String text = Phrasing.normalise(asked);
    List<int[]> speakerRegions = Phrasing.speakerRegions(text);
    Set<String> speakers = new LinkedHashSet<>();
    List<Mention> mentions = gazetteer == null ? List.of() : gazetteer.find(shortNamesInCapitals(text));
    Map<String, Term> terms = new LinkedHashMap<>();
    String lastKey = null;
    int lastEnd = -1;
    for (Mention m : mentions) {
      Set<String> canonical = new LinkedHashSet<>();
      Set<String> forms = new LinkedHashSet<>();
      Set<String> relatives = new LinkedHashSet<>();
      for (Entity e : m.entities()) {
        canonical.add(e.canonical());
        if (e.kind() == Entity.Kind.ACTOR) {
          gazetteer.sponsorOf(e).ifPresent(s -> relatives.add(s.canonical()));
          gazetteer.stateOf(e).ifPresent(s -> relatives.add(s.canonical()));
        }
        for (String name : e.names()) {
          forms.add(name.toLowerCase(Locale.ROOT));
        }
      }
      String surface = m.matched().toLowerCase(Locale.ROOT);
      if (within(m.start(), speakerRegions)) {
        speakers.add(surface);
      }
      Term term = new Term(surface, List.copyOf(forms), List.of(), canonical, true, relatives);
      if (lastKey != null && EITHER.matcher(text.substring(lastEnd, m.start())).matches()) {
        Term merged = either(terms.get(lastKey), term); // "the GRU or the SVR": either one answers
        if (speakers.contains(terms.get(lastKey).surface()) || speakers.contains(surface)) {
          speakers.add(merged.surface());
        }
        terms.put(lastKey, merged);
      } else {
        lastKey = "@" + String.join("|", canonical);
        terms.putIfAbsent(lastKey, term);
      }
      lastEnd = m.end();
    }
    List<Words.Token> tokens = Words.tokens(text);
    for (int i = 0; i < tokens.size() && terms.size() < MAX_TERMS; i++) {
      Words.Token t = tokens.get(i);
      if (inside(t, mentions)) {
        continue;
      }
      boolean acronym = t.raw().length() >= 2 && t.raw().equals(t.raw().toUpperCase(Locale.ROOT))
          && t.raw().chars().anyMatch(Character::isLetter);
      if ((Words.isStop(t.lower()) && !acronym) || t.lower().length() > 40) {
        continue;
      }
      boolean anchor = acronym
          || t.raw().chars().anyMatch(Character::isDigit)
          || t.raw().chars().skip(1).anyMatch(Character::isUpperCase)
          || (i > 0 && Character.isUpperCase(t.raw().charAt(0)) && !GENERIC.contains(t.lower()));
      Term previous = terms.get(t.lower());
      if (previous == null || (anchor && !previous.anchor())) {
        terms.put(t.lower(), term(t.lower(), anchor));
      }
      if (within(t.start(), speakerRegions)) {
        speakers.add(t.lower());
      }
    }
    return new Question(asked, new ArrayList<>(terms.values()).subList(0, Math.min(terms.size(), MAX_TERMS)),
        answerType(text), speakers, Phrasing.asksForMany(asked(text)));
  }

  /**
   * What joins a follow-up to the question it follows when no model rewrites it: the words of
   * both are searched, but what is asked is the follow-up's ("… — and when was that?").
   */
  public static final String FOLLOWED_BY = " \u2014 ";

  /** The part of a question that asks: the follow-up, where one is joined on. */
  private static String asked(String text) {
    int i = text.lastIndexOf(FOLLOWED_BY);
    return i < 0 ? text : text.substring(i + FOLLOWED_BY.length());
  }

  /** The kind of answer the asking part wants; a follow-up that says none ("and who else?" aside) keeps its question's. */
  private static AnswerType answerType(String text) {
    AnswerType own = Phrasing.answerType(asked(text));
    return own != AnswerType.OTHER || asked(text).equals(text) ? own : Phrasing.answerType(text);
  }

  /** Whether a word, capitalised or not, names no one ("Western", "Government"): never an anchor. */
  public static boolean isGeneric(String lower) {
    return GENERIC.contains(lower);
  }

  private static boolean within(int offset, List<int[]> regions) {
    for (int[] r : regions) {
      if (offset >= r[0] && offset < r[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Words.Token t, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (t.start() >= m.start() && t.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /** A two-letter word of a question: "eu", "uk". */
  private static final java.util.regex.Pattern TWO_LETTERS = java.util.regex.Pattern.compile("\\b[a-z]{2}\\b");

  /**
   * The question with its two-letter words written in capitals, unless they are English words
   * ("us", "it"): askers type "the eu" and "the uk", which the actor list only matches in capitals.
   */
  private static String shortNamesInCapitals(String text) {
    java.util.regex.Matcher m = TWO_LETTERS.matcher(text);
    StringBuilder out = new StringBuilder(text);
    while (m.find()) {
      if (!Words.isStop(m.group())) {
        out.replace(m.start(), m.end(), m.group().toUpperCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** One name of two joined by "or": a statement naming either holds the term. */
  private static Term either(Term a, Term b) {
    Set<String> forms = new LinkedHashSet<>(a.forms());
    forms.addAll(b.forms());
    Set<String> entities = new LinkedHashSet<>(a.entities());
    entities.addAll(b.entities());
    Set<String> relatives = new LinkedHashSet<>(a.relatives());
    relatives.addAll(b.relatives());
    return new Term(a.surface() + " or " + b.surface(), List.copyOf(forms), List.of(), entities, true, relatives);
  }

  static Term term(String lower, boolean anchor) {
    List<String> forms = Synonyms.of(lower);
    return new Term(lower, forms, forms.stream().map(Words::stem).distinct().toList(), Set.of(), anchor);
  }

  /** The same question with {@code replaced} terms swapped for their new versions. */
  public Question withTerms(List<Term> replaced) {
    return new Question(text, replaced, answerType, speakers, many);
  }

  /** A form as an FTS5 phrase. Forms hold only letters, digits and inner dots or commas; quotes are dropped anyway. */
  public static String quote(String form) {
    return '"' + form.replace("\"", "") + '"';
  }
}
