package org.attribot.answer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.actor.Mention;
import org.attribot.claim.Claim;

/**
 * A question about attributions themselves, read: what it asks ({@link Intent}), the accused
 * it names (groups and the agencies behind them), the attributors, whose statement it asks
 * about ("according to NATO", "did NATO say"), the years it asks about, and whether it asks
 * for governments only.
 */
record AttributionQuestion(Intent intent, Set<String> accused, Set<String> attributors, Set<String> speakers, Predicate<Claim> when,
    boolean governments, String askedAs, boolean oldestFirst, Set<String> excluded) {

  /** What the question asks for. */
  enum Intent {
    /** Who attributed it: the attributors of an accused. */
    WHO_ATTRIBUTED,
    /** Whom did these attributors blame. */
    WHOM_BLAMED,
    /** Which targets, according to whom. */
    TARGETS,
    /** Who denied it. */
    DENIALS,
    /** What the accused is accused of, by whom. */
    ACCUSED_OF,
    /** When it was attributed. */
    WHEN
  }

  private static final Pattern DENIAL = Pattern.compile("\\b(den(y|ied|ies|ial|ials)|reject\\w*|dismiss\\w*)\\b");
  private static final Pattern RESPONSE = Pattern.compile("\\b(respond\\w*|response|react\\w*)\\b");
  /** "Who blamed …", "Which governments attributed …". */
  private static final Pattern WHO_ASKS = Pattern.compile("^\\s*(who|which (\\w+ )?(governments?|countries|states|nations|allies|agencies"
      + "|organi[sz]ations|partners|parties))\\b");
  /** "Which agency did NATO blame", "Who did Estonia accuse": the asker's subject does the blaming. */
  private static final Pattern WHOM_ASKS = Pattern.compile("\\b(who|whom|which|what)\\b.*\\b(did|has|have|had|do|does)\\b.*"
      + "\\b(blam\\w*|accus\\w*|attribut\\w*|name|call out|expos\\w*|point the finger at)\\b");
  /** "Who was blamed for …", "who is accused of …": asks for the accused; the passages answer that. */
  private static final Pattern PASSIVE = Pattern.compile("\\bwho (was|were|is|are|has been|have been|had been|got|gets)\\s+(\\w+\\s+)?"
      + "(accus|blam|attribut|responsib|behind|named|suspected)");
  /** "Which GRU units show up": asks for the accused with no attributor; the passages answer that. */
  private static final Pattern ASKS_ACCUSED = Pattern.compile("^\\s*(which|what) (\\w+ ){0,2}(units?|groups?|agenc\\w+|actors?|hackers)\\b");
  private static final Pattern ATTRIBUTION = Pattern.compile("\\b(blam\\w*|attribut\\w*|accus\\w*|condemn\\w*|call(ed|s)? out"
      + "|point\\w* the finger|named|expos\\w*)\\b");
  private static final Pattern TARGETS = Pattern.compile("\\b(which|what) (other )?(countries|country|targets|victims|states|nations|sectors"
      + "|allies)\\b.*\\b(target\\w*|attack\\w*|hack\\w*|hit|went after|go after|going after)\\b");
  private static final Pattern GOVERNMENTS = Pattern.compile("\\b(governments?|countries|states|nations)\\b");
  /** "countries or alliances": unions and alliances count too. */
  private static final Pattern BLOCS = Pattern.compile("\\b(blocs?|alliances?|unions?|organi[sz]ations|bodies)\\b");
  private static final Pattern ACCUSED_NOUN = Pattern.compile("^\\s*(agency|agencies|group|groups|hackers|actors?|unit|units"
      + "|intelligence|military|state-\\w+)\\b");
  private static final Pattern TARGET_BEFORE = Pattern.compile("\\b(of|against|on|in|targeting|hack of|attack on)\\s+(the\\s+)?$");
  private static final Pattern YEAR = Pattern.compile("\\b(?:in|during|of|from|on)\\s+(?:\\d{1,2}\\s+)?(?:(january|february|march|april|may|june|july"
      + "|august|september|october|november|december)\\s+)?((?:19|20)\\d\\d)(?:\\s+and\\s+((?:19|20)\\d\\d))?\\b");
  /** Words right before a state that make it the one blamed: "blamed China", "attributed to Iran". */
  private static final Pattern BLAMED = Pattern.compile("\\b(blam\\w*|accus\\w*|attribut\\w* (it |them |this |these \\w+ )?to"
      + "|condemn\\w*|point\\w* the finger at|call\\w* out)\\s+(the\\s+)?$");
  /** "What has APT28 been accused of", "what is Lazarus blamed for". */
  private static final Pattern ACCUSED_OF = Pattern.compile("\\b(what|which)\\b.*\\b(accused|blamed|suspected|charged|responsible)"
      + "\\s+(of|for|with)\\b");
  /** "Who has the GRU been accused of hacking": asks for the targets. */
  private static final Pattern ACCUSED_OF_HACKING = Pattern.compile("\\b(who|whom|which|what)\\b.*\\b(accused|blamed|suspected)"
      + "\\s+of\\s+(hacking|attacking|targeting|breaching|spying on)\\b");
  /** "When did Australia attribute APT40", "when was APT28 first blamed". */
  private static final Pattern WHEN_ASKS = Pattern.compile("^\\s*when\\b.*\\b(attribut\\w*|blam\\w*|accus\\w*|name[ds]?|expos\\w*"
      + "|call\\w* out|condemn\\w*)\\b");
  /** "What did X blame Y for": asks for the deed, not the one blamed. */
  private static final Pattern WHAT_FOR = Pattern.compile("^\\s*what\\b.*\\bfor\\b");
  /** "Except Norway and Chile, which states …": the names right after it are left out of the answer. */
  private static final Pattern EXCEPT = Pattern.compile("\\b(apart from|except( for)?|other than|besides|aside from|excluding)\\s+(the\\s+)?$");
  /** What joins the names set aside: "apart from Germany and the Czech Republic". */
  private static final Pattern EXCEPT_JOIN = Pattern.compile("^\\s*(,\\s*|,?\\s+(and|or)\\s+)(the\\s+)?$");
  /** "When was APT28 first blamed": the oldest first. */
  private static final Pattern FIRST = Pattern.compile("\\b(first|earliest|originally)\\b");
  private static final Pattern SAYS = Pattern.compile("^('s)?\\s+(say|said|says|state|stated|note|noted|cite|cited)\\b");
  private static final Pattern SOURCE_BEFORE = Pattern.compile("\\b(according to|in|by)\\s+(the\\s+)?$");

  /** Whether a word is of the attribution vocabulary ("blamed", "attributed", "called out"). */
  static boolean isAttributionWord(String word) {
    return ATTRIBUTION.matcher(word.toLowerCase(Locale.ROOT)).matches();
  }

  /** The question read, or null when it is not about attributions themselves (the passages answer it). */
  static AttributionQuestion read(String question, Gazetteer gazetteer) {
    String q = question.toLowerCase(Locale.ROOT);
    Names names = names(question, gazetteer);
    Intent intent = intent(q, names);
    return intent == null ? null : new AttributionQuestion(intent, names.accused(), names.attributors(), names.speakers(), dates(q),
        GOVERNMENTS.matcher(q).find() && !BLOCS.matcher(q).find(), names.askedAs(), FIRST.matcher(q).find(), names.excluded());
  }

  /** The parties a question names, by the part they play in it. */
  private record Names(Set<String> accused, Set<String> attributors, Set<String> speakers, String askedAs, Set<String> excluded) {}

  private static Names names(String question, Gazetteer gazetteer) {
    Set<String> accused = new LinkedHashSet<>();
    Set<String> attributors = new LinkedHashSet<>();
    Set<String> speakers = new LinkedHashSet<>();
    Set<String> excluded = new LinkedHashSet<>();
    int lastExcluded = -1;
    String askedAs = null;
    for (Mention m : gazetteer.find(question)) {
      Entity e = m.entities().get(0);
      boolean sponsor = gazetteer.isSponsor(e);
      String after = question.substring(m.end()).toLowerCase(Locale.ROOT);
      String before = question.substring(0, m.start()).toLowerCase(Locale.ROOT);
      if (EXCEPT.matcher(before).find() || (lastExcluded >= 0 && EXCEPT_JOIN.matcher(question.substring(lastExcluded, m.start())).find())) {
        m.entities().forEach(x -> excluded.add(x.canonical())); // "except Norway, which states …": not asked for
        lastExcluded = m.end();
        continue;
      }
      lastExcluded = -1;
      if (e.kind() == Entity.Kind.ACTOR || sponsor || (e.kind() == Entity.Kind.COUNTRY && BLAMED.matcher(before).find())) {
        m.entities().forEach(x -> accused.add(x.canonical())); // a group, an agency, or the state blamed ("blamed China")
        askedAs = askedAs == null ? m.matched() : askedAs;
      } else if (ACCUSED_NOUN.matcher(after).find()) {
        continue; // "Russian agency": what is asked for, not who asks
      } else if (SAYS.matcher(after).find() || SOURCE_BEFORE.matcher(before).find()) {
        speakers.add(e.canonical()); // "did NATO say", "according to NATO": whose statement
      } else if (!TARGET_BEFORE.matcher(before).find()) {
        attributors.add(e.canonical());
      }
    }
    return new Names(accused, attributors, speakers, askedAs, excluded);
  }

  private static Intent intent(String q, Names read) {
    if (DENIAL.matcher(q).find() || (RESPONSE.matcher(q).find() && !read.attributors().isEmpty())) {
      return Intent.DENIALS;
    }
    if ((TARGETS.matcher(q).find() || ACCUSED_OF_HACKING.matcher(q).find()) && !read.accused().isEmpty()) {
      return Intent.TARGETS;
    }
    if (WHEN_ASKS.matcher(q).find() && !(read.accused().isEmpty() && read.attributors().isEmpty())) {
      return Intent.WHEN;
    }
    if (ACCUSED_OF.matcher(q).find() && !read.accused().isEmpty()) {
      return Intent.ACCUSED_OF;
    }
    if (!ATTRIBUTION.matcher(q).find() || PASSIVE.matcher(q).find()) {
      return null;
    }
    if (!read.attributors().isEmpty() && WHOM_ASKS.matcher(q).find()) {
      // "what did Norway blame the SVR for" names the one blamed: it asks for what, which the sentences say
      return read.accused().isEmpty() || !WHAT_FOR.matcher(q).find() ? Intent.WHOM_BLAMED : null;
    }
    return WHO_ASKS.matcher(q).find() && !ASKS_ACCUSED.matcher(q).find() ? Intent.WHO_ATTRIBUTED : null;
  }

  /** Years (and a month) the question asks about; a claim matches by the year it was made, or is undated. */
  private static Predicate<Claim> dates(String q) {
    Matcher m = YEAR.matcher(q);
    if (!m.find()) {
      return c -> true;
    }
    Set<String> years = new LinkedHashSet<>();
    years.add(m.group(2));
    if (m.group(3) != null) {
      years.add(m.group(3));
    }
    return c -> c.when() == null || years.contains(c.when());
  }
}
