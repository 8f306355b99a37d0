// Over 300 lines: one pattern set for every text; its rules of who speaks, who is accused and the stance interact and are read together.
package org.attribot.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attribot.actor.Entity;
import org.attribot.actor.Gazetteer;
import org.attribot.statement.Sentence;
import org.attribot.statement.Statement;
import org.attribot.statement.TextSplitter;

/**
 * Finds attribution claims without a model: the gazetteer names the parties in each
 * sentence, sentence patterns tell who speaks, who is accused and who is a target, and the
 * statement's own voice (its publisher or headline) tells an attribution made from one
 * recalled. One claim per attributor and accused; the first sentence that makes it is the
 * evidence.
 */
public final class OfflineClaimExtractor implements ClaimExtractor {
  /** Words that make a sentence an attribution (or a reference to one). */
  private static final Pattern CUE = Pattern.compile("\\b(attribut\\w*|blam\\w*|accus\\w*|condemn\\w*|denounc\\w*|responsib(le|ility) for|the responsibility"
      + "|(was|were|is|are|be|been) (\\w+ ){0,2}(responsible|to blame)|(hold|holds|holding|held|declared?|declaring|found) (\\w+ ){1,4}"
      + "(responsible|accountable)|traced? (\\w+ ){0,4}to|tied (\\w+ ){0,8}to|singled out|pinn(ed|ing) (\\w+ ){0,4}on"
      + "|identif(y|ies|ied|ying) (\\w+ ){0,6}as|allegations?"
      + "|behind|(carried out|conducted|perpetrated|orchestrated|steered|sponsored|controlled|targeted|attacked|hacked"
      + "|compromised) by|perpetrat\\w*|orchestrat\\w*|linked to|links to|connected to|expos(e|es|ed|ing)|call(s|ed)? out"
      + "|names|named|indict\\w*|charg(es|ed)|advisory|pointing to|assess(es|ed|ment)|the finger|revealed)\\b");
  /** Words that make an attribution even without a name in the sentence ("We strongly condemn …"). */
  private static final Pattern STRONG = Pattern.compile("\\b(attribut\\w*|blam\\w*|accus\\w*|condemn\\w*)\\b");
  /** Officials who say they do not (yet) know who did it. */
  private static final Pattern UNKNOWN = Pattern.compile("\\b((did|do|does|could|can|has|have)\\s?n[o’']t|cannot|not yet)\\s+"
      + "(\\w+\\s+)?(say|said|name|named|identif\\w*|attribut\\w*|know|known|determin\\w*|blam\\w*)\\s+(who|which (group|country|state|actor)"
      + "|the (perpetrators?|attackers?|culprits?|source))\\b");
  /** An accused state's answer. */
  private static final Pattern DENIAL = Pattern.compile("\\b(den(y|ied|ies)|reject\\w*|dismiss\\w*|groundless|baseless"
      + "|unfounded|fabricat\\w*|oppos(e|es|ed)|slander\\w*)\\b");
  /** Every {@link #DENIAL} match contains one of these. */
  private static final String[] DENIAL_WORDS = {"den", "reject", "dismiss", "groundless", "baseless", "unfounded", "fabricat",
      "oppos", "slander"};
  private static final Pattern REJECTS = Pattern.compile("\\b(reject\\w*|oppos(e|es|ed)|dismiss\\w*)\\b");
  /** Someone else's or an earlier attribution, cited as context. */
  private static final Pattern RECALL = Pattern.compile("(?i)\\b(had (\\w+ )?attributed|ha(ve|s) (\\w+ )?attributed|recall\\w*"
      + "|cited|previously(?! (unknown|unreported|undisclosed|unseen|undetected|unidentified|unnamed))|earlier|in the past|jointly with|together with|after the|after [A-Z]\\w+ )");
  /** The statement's own voice recalling what it said before: "The UK has previously said …". */
  private static final Pattern EARLIER = Pattern.compile("\\b(previously(?! (unknown|unreported|undisclosed|unseen|undetected|unidentified|"
      + "unnamed))|earlier|in the past|had (\\w+ )?(said|attributed))\\b");
  /** Co-signatories of a joint advisory or statement: each makes the attribution. */
  private static final Pattern CO_SIGNED = Pattern.compile("\\b(joint (\\w+ ){0,2}(advisory|statement|attribution|assessment|report)|co-?signed|signed"
      + "|co-?authored|co-?sealed|releas\\w* (an|a|the|this|these) (\\w+ ){0,2}(advisory|advisories)"
      + "|the following (\\w+ )?(partners|agencies|organi[sz]ations|countries|nations|governments|signatories|co-?sealers|authors))\\b");
  /** Speech that reports what a named group did: "X said Ember Panda had burrowed into …" (invented). */
  private static final Pattern SPEECH = Pattern.compile("\\b(said|says|say|told|warned|stated|announced|revealed|confirmed|reported"
      + "|emphasi[sz]e[sd]?|stress(es|ed)?|assess(es|ed)?|conclude[sd]?|found|noted|added)\\b");
  /** A party shown making its own attribution as the news of a report. */
  private static final Pattern NEWS = Pattern.compile("\\b(today|this (week|month)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
      + "|signed|co-signed|along with|joint advisory|told reporters|was quoted)\\b");
  /** A state's unnamed groups: "China state-affiliated entity", "Russian state-sponsored actors". */
  private static final Pattern STATE_GROUP = Pattern.compile("(?i)^(\\s+|-)(((state|nation[- ]state|government|military|regime)"
      + "([- ](affiliated|sponsored|backed|controlled|linked|connected))?[\\s-]+)((cyber|threat|hacker|hacking|espionage|intelligence"
      + "|malicious|state|political)\\s+){0,3}(entity|entities|organi[sz]ations?|individuals|actors?|hackers?|groups?|cyberspies|spies"
      + "|operatives|officers|nationals|APTs?|agents)|((malicious|state|nation-state)\\s+)?(hackers?|hacker groups?|hacking groups?"
      + "|cyberspies|spies|operatives|APTs?|(cyber|threat|espionage) (threat )?(actors?|groups?)|intelligence (officers|operatives|agents)))\\b");
  /** A state's accused doings, owned: "Syria's hacking", "Iran's alleged involvement". */
  private static final Pattern STATE_DOING = Pattern.compile("(?i)^('s|’s)\\s+(alleged\\s+|so-called\\s+|reckless\\s+|malicious\\s+)?"
      + "(cyber[- ]?attacks?|attacks?|hack(s|ing|ers)?|responsibility|involvement|cyber[- ]?espionage|espionage|interference"
      + "|cyber (activity|activities|operations?|campaign))\\b");
  /** Words before a state that make it the accused: "blamed Russia", "by China". */
  private static final Pattern ACCUSED_BEFORE = Pattern.compile("(?i)\\b(accus\\w*|blam\\w*|by|to)\\s+(the\\s+)?$");
  /** Words before a state that accuse it wherever they stand: "blamed Russia", "denouncing North Korea". */
  private static final Pattern ACCUSING_BEFORE = Pattern.compile("(?i)\\b(accus(e|es|ed|ing)|blam(e|es|ed|ing)|condemn(s|ed|ing)?"
      + "|denounc(e|es|ed|ing)|calling out|called out|holding|held|attribut\\w+ [^.;]{0,80}?\\bto)\\s+(the\\s+)?$");
  /** A state named by its adjective ("Russian", "Chinese", "North Korean"), not as a noun ("Russia", "Beijing"). */
  private static final Pattern ADJECTIVE = Pattern.compile("(ian|ean|ese|ish|i|ic)$");
  /** Words after a state's adjective that name the state itself: "the Iranian regime", "the Syrian government". */
  private static final Pattern STATE_ITSELF = Pattern.compile("(?i)^\\s+(state|government|regime|authorities|leadership)\\b(?![- ](affiliated|sponsored|backed|linked))");
  /** The word before a state that names it as the doer: "carried out by Russia". */
  private static final Pattern AGENT_BEFORE = Pattern.compile("(?i)\\bby\\s+(the\\s+)?$");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
  /** A sentence that points back to an attribution made before it. */
  /** Every {@link #BACK} match contains one of these. */
  private static final String[] BACK_WORDS = {"the same", "this cyber", "these attacks", "the attacks", "advisory", "this group",
      "the group"};
  private static final Pattern BACK = Pattern.compile("\\b(the same (threat )?actor|this cyber ?(campaign|attack)|these attacks"
      + "|the attacks|an advisory|the advisory|this group|the group)\\b");
  private static final Pattern QUOTE_OR_PRONOUN = Pattern.compile("^\\s*[\"“«]|[\"”»]\\s*\\w+|^\\s*(He|She|They)\\b");
  private static final Pattern ALSO_KNOWN = Pattern.compile("(?i)(also known as|aka|a\\.k\\.a\\.|known as|dubbed|\\(|,\\s*or|[—–])\\s*$");

  private final Gazetteer gazetteer;
  private final Set<String> sponsors;
  private final Victims victims;

  public OfflineClaimExtractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.sponsors = gazetteer.sponsors();
    this.victims = new Victims(gazetteer, sponsors);
  }

  @Override
  public List<Claim> extract(Statement statement) {
    String text = statement.text();
    List<Party> parties = parties(text);
    Set<String> accusedStates = accusedStates(text, parties);
    Accused primary = primary(parties, true);
    Accused mostNamed = primary(parties, false);
    Set<String> onlyVictims = victims.only(text, parties, accusedStates);
    Voice voice = voice(statement, parties, accusedStates);
    String year = statement.published() == null ? null : String.valueOf(statement.published().getYear());
    Map<String, Claim> claims = new LinkedHashMap<>();
    // a statement voiced by the accused (its denial) only recalls what others said
    boolean accusedVoice = !voice.principals().isEmpty() && accusedStates.containsAll(voice.principals());
    List<String> carried = List.of();
    Lazy<List<String>> allTargets = new Lazy<>(() -> victims.named(text, parties, accusedStates, 0, text.length()));
    List<Sentence> sentences = TextSplitter.sentences(text);
    for (Sentence sentence : sentences) {
      List<Party> here = Positions.within(parties, sentence);
      String s = sentence.text();
      String lower = s.toLowerCase(java.util.Locale.ROOT); // the word patterns are lower case: faster than (?i)
      Span evidence = Span.of(text, sentence);
      if (evidence == null || (evidence.text.equalsIgnoreCase(statement.title()) && sentences.size() > 1)) {
        continue; // the headline repeated as the first line is no evidence of its own
      }
      if (containsAny(lower, "not", "n't", "n’t") && UNKNOWN.matcher(lower).find()) {
        List<String> who = speakers(text, here, accusedStates, onlyVictims);
        for (String speaker : who.isEmpty() ? voice.principals() : who) {
          put(claims, new Claim(statement.id(), speaker, null, null, null, null,
              victims.named(text, here, accusedStates, sentence.start(), sentence.end()), activity(s),
              year, Stance.DOES_NOT_ATTRIBUTE, evidence.start, evidence.end, evidence.text));
        }
        continue;
      }
      if (containsAny(lower, DENIAL_WORDS) && DENIAL.matcher(lower).find()) {
        String denier = denier(here, accusedStates, voice);
        if (denier != null) {
          Accused titled = titleActor(statement);
          titled = titled != null && denier.equals(titled.state()) ? titled : null;
          Stance stance = REJECTS.matcher(lower).find() ? Stance.REJECTS : Stance.DENIES;
          put(claims, new Claim(statement.id(), denier, titled == null ? null : titled.named(), titled == null ? null : titled.canonical(),
              denier, denier, victims.named(text, here, accusedStates, sentence.start(), sentence.end()), activity(s), year, stance,
              evidence.start, evidence.end, evidence.text));
          continue;
        }
      }
      List<String> named = speakers(text, here, accusedStates, onlyVictims);
      List<String> speakers = namedAgencies(text, sentence, here, named, parties, accusedStates);
      boolean byKind = !speakers.equals(named); // "the agencies said": they speak though named elsewhere
      speakers = followingPartners(text, sentence, parties, speakers, accusedStates, onlyVictims);
      boolean back = containsAny(lower, BACK_WORDS) && BACK.matcher(lower).find();
      boolean speaks = byKind || speakers.stream().anyMatch(name -> Positions.speaks(text, here, name));
      boolean cue = CUE.matcher(lower).find() || (SPEECH.matcher(lower).find() && speaks && (names(here, Party.Role.ACTOR)
          || names(here, Party.Role.SPONSOR) || stateGroup(text, here)));
      if (!cue && !(back && speaks)) {
        carried = speakers.isEmpty() ? carried : speakers;
        continue;
      }
      if (speakers.isEmpty() && unnamedSpeaker(text, evidence.text)) {
        continue; // "Acme Research reported …": a speaker the actor list does not know is not the statement's voice
      }
      List<Accused> accused = accused(text, here, accusedStates, mostNamed);
      if (accused.isEmpty() && primary != null && (back || !speakers.isEmpty() || STRONG.matcher(lower).find())) {
        accused = List.of(primary); // "the same threat actor", "these attacks": the statement's main accused
      }
      if (accused.isEmpty()) {
        continue;
      }
      if (speakers.isEmpty()) {
        speakers = QUOTE_OR_PRONOUN.matcher(s).find() && !carried.isEmpty() ? carried
            : voice.lead().stream().filter(name -> !accusedStates.contains(name)).toList();
      }
      for (String speaker : speakers) {
        boolean own = voice.speaksFor(speaker, gazetteer);
        Stance stance = own && EARLIER.matcher(lower).find() ? Stance.RECALLS
            : own || CO_SIGNED.matcher(lower).find() ? Stance.ATTRIBUTES
            : RECALL.matcher(s).find() ? Stance.RECALLS
            : !voice.institutional() && !accusedVoice && NEWS.matcher(lower).find() ? Stance.ATTRIBUTES : Stance.RECALLS;
        String when = stance == Stance.RECALLS ? yearIn(s, year) : year;
        List<String> targets = stance == Stance.ATTRIBUTES ? allTargets.get()
            : victims.named(text, here, accusedStates, sentence.start(), sentence.end());
        for (Accused a : accused) {
          put(claims, new Claim(statement.id(), speaker, a.named(), a.canonical(), a.sponsor(), a.state(), targets, activity(s), when,
              stance, evidence.start, evidence.end, evidence.text));
        }
      }
      carried = speakers;
    }
    return oneStancePerAccused(absorbAgencies(nameTheGroup(claims.values(), parties, sentences), voice));
  }

  /**
   * A state's unnamed actors ("Westland state-backed actors") are also the group the statement
   * itself names for that state — not in someone else's report — when it names exactly one that
   * no claim of it accuses by name: "A group known as Ember Panda breached …" beside "…
   * attributed the intrusion to Westland state-backed actors" accuses Ember Panda, of Westland.
   */
  private List<Claim> nameTheGroup(java.util.Collection<Claim> claims, List<Party> parties, List<Sentence> sentences) {
    Set<String> named = new HashSet<>();
    claims.forEach(c -> named.add(c.actorCanonical()));
    Map<String, Set<Entity>> unclaimed = new java.util.HashMap<>();
    for (Party p : parties) {
      if (p.role(sponsors) != Party.Role.ACTOR || p.state() == null || named.contains(p.name())) {
        continue;
      }
      String where = sentences.stream().filter(x -> x.start() <= p.start() && p.start() < x.end()).map(Sentence::text).findFirst().orElse("");
      if (SPEECH.matcher(where.toLowerCase(java.util.Locale.ROOT)).find()) {
        continue; // a group someone else reports ("a newspaper reported … Ember Panda") is theirs to name
      }
      unclaimed.computeIfAbsent(p.state(), k -> new java.util.LinkedHashSet<>()).add(p.entity());
    }
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      Set<Entity> groups = c.actorCanonical() == null && c.sponsorState() != null && c.sponsorState().equals(c.sponsor())
          && !c.stance().isDenial() && c.stance() != Stance.DOES_NOT_ATTRIBUTE ? unclaimed.get(c.sponsorState()) : null;
      out.add(c);
      if (groups == null || groups.size() != 1) {
        continue;
      }
      Entity g = groups.iterator().next();
      out.add(new Claim(c.statementId(), c.attributor(), c.actor(), g.canonical(), g.sponsor() != null ? g.sponsor() : g.state(),
          g.state(), c.targets(), c.activity(), c.when(), c.stance(), c.evidenceStart(), c.evidenceEnd(), c.evidence()));
    }
    return out;
  }

  /**
   * Who speaks for the statement, as its claims are read: its publisher when that is a state or
   * body, else the subject of its headline ("…, UK government says"; the accused for its denial).
   */
  public Speech speech(Statement statement) {
    String text = statement.text();
    List<Party> parties = parties(text);
    Voice voice = voice(statement, parties, accusedStates(text, parties));
    Map<String, String> stateOf = new java.util.HashMap<>();
    for (Party p : parties) {
      if (p.state() != null) {
        stateOf.put(p.name(), p.state());
      }
    }
    return new Speech(voice.lead(), stateOf);
  }

  /**
   * One claim per attributor and accused: an attribution the statement shows being made stands
   * over a mention of the same one ("had already said … was responsible"), and nobody accuses
   * itself (an accused state speaks only to deny).
   */
  private static List<Claim> oneStancePerAccused(List<Claim> claims) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      boolean self = !c.stance().isDenial() && c.stance() != Stance.DOES_NOT_ATTRIBUTE
          && (c.attributor().equals(c.sponsorState()) || c.attributor().equals(c.sponsor()));
      boolean made = c.stance() == Stance.RECALLS && claims.stream().anyMatch(o -> o.stance() == Stance.ATTRIBUTES
          && o.attributor().equals(c.attributor()) && java.util.Objects.equals(o.accused(), c.accused()));
      if (!self && !made) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A group and the agency the text ties it to are one accused: where one attributor accuses both
   * an agency alone and a group that agency sponsors, the group's claim stands.
   */
  private List<Claim> absorbAgencies(java.util.Collection<Claim> claims, Voice voice) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      boolean agencyOnly = c.actorCanonical() == null && c.sponsor() != null;
      boolean covered = agencyOnly && claims.stream().anyMatch(o -> o != c && o.actorCanonical() != null
          && o.attributor().equals(c.attributor()) && c.sponsor().equals(o.sponsor())
          && o.stance().comparable() == c.stance().comparable());
      if (!covered) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /** Whether {@code text} contains one of {@code parts}: a cheap test before a regular expression. */
  private static boolean containsAny(String text, String... parts) {
    for (String part : parts) {
      if (text.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Keeps the first claim per attributor, accused and stance class. */
  private static void put(Map<String, Claim> claims, Claim c) {
    claims.putIfAbsent(c.attributor() + "\u0000" + c.accused() + "\u0000" + c.stance().comparable(), c);
  }

  private List<Party> parties(String text) {
    List<Party> out = new ArrayList<>();
    for (var m : gazetteer.find(text)) {
      Entity e = m.entities().get(0);
      out.add(new Party(e.canonical(), e, m.start(), m.end(), m.matched()));
    }
    return out;
  }

  /**
   * The states behind every group and agency the statement names, and the states it names where
   * the accused are named: "Syrian state-backed hackers", "Iran's hacking", "blamed Belarus".
   */
  private Set<String> accusedStates(String text, List<Party> parties) {
    Set<String> states = new HashSet<>();
    for (Party p : parties) {
      Party.Role role = p.role(sponsors);
      if ((role == Party.Role.ACTOR || role == Party.Role.SPONSOR) && p.state() != null) {
        states.add(p.state());
      } else if (role == Party.Role.STATE && accusedHere(text, p)) {
        states.add(p.name());
      }
    }
    return states;
  }

  /** Whether a state is named where the accused are named: "Syrian hackers", "Iran's hacking", "blamed Belarus". */
  private static boolean accusedHere(String text, Party p) {
    String after = text.substring(p.end(), Math.min(text.length(), p.end() + 60));
    String before = text.substring(Math.max(0, p.start() - 100), p.start());
    return STATE_GROUP.matcher(after).find() || STATE_DOING.matcher(after).find() || ACCUSING_BEFORE.matcher(before).find();
  }

  /** The statement's main accused: the most named group, else the most named sponsoring agency. */
  private Accused primary(List<Party> parties, boolean preferActor) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Party> first = new LinkedHashMap<>();
    for (Party p : parties) {
      Party.Role role = p.role(sponsors);
      if (role == Party.Role.ACTOR || role == Party.Role.SPONSOR) {
        String key = (role == Party.Role.ACTOR || !preferActor ? "0" : "1") + p.name();
        counts.merge(key, 1, Integer::sum);
        first.putIfAbsent(key, p);
      }
    }
    return counts.entrySet().stream()
        .sorted((a, b) -> a.getKey().charAt(0) != b.getKey().charAt(0) ? a.getKey().charAt(0) - b.getKey().charAt(0)
            : b.getValue() - a.getValue())
        .findFirst().map(e -> Accused.of(first.get(e.getKey()), sponsors)).orElse(null);
  }

  /** A publisher named as a news outlet ("Evening Post", "Times", "Herald"): it reports, it does not attribute. */
  private static final Pattern OUTLET = Pattern.compile("(?i)\\b(post|times|news|herald|journal|today|press|daily|tribune|review"
      + "|telegraph|guardian|mail|star|gazette|beacon|media|tv|radio|chronicle|observer|express|independent|standard|report"
      + "|magazine|wire|insider|record|sun|mirror|signal|networks?)\\b");

  /** Words after an accused state in a headline that make it the one answering: "Iranian embassy slams …", "Belarus hits back". */
  private static final Pattern ANSWERS = Pattern.compile("(?i)^('s|’s)?\\s+(embassy|ministry|foreign|government|spokes\\w+|president"
      + "|officials?|authorities|mission|leader|says|said|calls|called|slams|hits back|responds|warns|denies|rejects|dismisses)\\b");
  /** What joins two names that act together in a headline: "Japan joins Canada in blaming …". */
  private static final Pattern JOINS = Pattern.compile("(?i)\\s+(joins?|joined|joins with|along with|together with|with)\\s+(the\\s+)?");

  /** A headline that ends with who says it: "…, UK government says", "… - officials said". */
  private static final Pattern SAYS_AT_END = Pattern.compile("[,:\u2013\u2014-]\\s+((?:the\\s+)?[^,:]{2,60}?)\\s+(?:says|said|say|claims|warns)\\W*$");

  /** Who speaks for the statement: its publisher when that is a state or body, else the attributors in its headline. */
  private Voice voice(Statement statement, List<Party> parties, Set<String> accusedStates) {
    String publisher = statement.publisher().replaceAll("\\(.*", "");
    List<String> fromPublisher = OUTLET.matcher(publisher).find() ? List.of() : speakers(publisher, parties(publisher), Set.of(), Set.of());
    if (!fromPublisher.isEmpty()) {
      return new Voice(fromPublisher, true);
    }
    String title = statement.title();
    Matcher says = SAYS_AT_END.matcher(title);
    if (says.find()) {
      List<Party> tail = new ArrayList<>();
      for (Party p : parties(title)) {
        if (p.start() >= says.start(1)) {
          tail.add(p);
        }
      }
      List<String> speaking = speakers(title, tail, Set.of(), Set.of());
      if (!speaking.isEmpty()) {
        return new Voice(speaking, false); // "Russia was behind the attack, UK government says": who says it is at the end
      }
    }
    String lowerTitle = title.toLowerCase(java.util.Locale.ROOT);
    Matcher cue = CUE.matcher(lowerTitle);
    Matcher denial = DENIAL.matcher(lowerTitle);
    int end = Math.min(cue.find() ? cue.start() : title.length(), denial.find() ? denial.start() : title.length());
    List<Party> inTitle = new ArrayList<>();
    for (Party p : parties(title)) {
      if (p.start() < end) {
        inTitle.add(p);
      }
    }
    if (!inTitle.isEmpty()) {
      Party first = inTitle.get(0);
      if (accusedStates.contains(first.name()) && first.role(sponsors) == Party.Role.STATE) {
        if (ANSWERS.matcher(title.substring(first.end())).find() || DENIAL.matcher(lowerTitle).find()) {
          return new Voice(List.of(first.name()), false); // the accused state's own account: "Iranian embassy slams …"
        }
      } else {
        // the headline's subject speaks: its first name and the names listed or joined with it ("Japan, Canada condemn …")
        int last = 0;
        int lead = 0;
        while (last + 1 < inTitle.size() && (Positions.listed(title, inTitle.get(last), inTitle.get(last + 1))
            || JOINS.matcher(title.substring(inTitle.get(last).end(), inTitle.get(last + 1).start())).matches())) {
          last++;
          lead = lead == last - 1 && Positions.listed(title, inTitle.get(last - 1), inTitle.get(last)) ? last : lead;
        }
        List<String> leading = speakers(title, inTitle.subList(0, lead + 1), accusedStates, Set.of());
        inTitle = new ArrayList<>(inTitle.subList(0, last + 1));
        List<String> all = speakers(title, inTitle, accusedStates, Set.of());
        if (!all.isEmpty()) {
          return new Voice(all, false, leading.isEmpty() ? all : leading);
        }
      }
    }
    List<String> fromTitle = speakers(title, inTitle, accusedStates, Set.of());
    if (fromTitle.isEmpty()) {
      for (Party p : inTitle) {
        if (accusedStates.contains(p.name()) && DENIAL.matcher(lowerTitle).find()) {
          fromTitle = List.of(p.name());
        }
      }
    }
    if (!fromTitle.isEmpty()) {
      return new Voice(fromTitle, false);
    }
    for (Sentence sentence : TextSplitter.sentences(statement.text())) {
      if (CUE.matcher(sentence.text().toLowerCase(java.util.Locale.ROOT)).find()) {
        List<String> first = speakers(statement.text(), Positions.within(parties, sentence), accusedStates, Set.of());
        if (!first.isEmpty()) {
          List<Party> here = Positions.within(parties, sentence);
          List<String> speaking = first.stream().filter(name -> Positions.speaks(statement.text(), here, name)).toList();
          return new Voice(speaking.size() > 1 ? speaking : List.of(first.get(0)), false);
        }
      }
    }
    return new Voice(List.of(), false);
  }

  /** States and bodies named in a sentence that are neither accused nor victims. */
  private List<String> speakers(String text, List<Party> here, Set<String> accusedStates, Set<String> victims) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < here.size(); i++) {
      Party p = here.get(i);
      Party.Role role = p.role(sponsors);
      if ((role == Party.Role.BODY || role == Party.Role.STATE) && !accusedStates.contains(p.name())
          && !victims.contains(p.name()) && !Positions.isTarget(text, here, i)
          && !Positions.partOf(text, p) && !Positions.isObject(text, here, i) && !namesAnother(text, here, i)) {
        out.add(p.name());
      }
    }
    return List.copyOf(out);
  }

  /** Agencies named by kind, where they speak: "Norwegian security agencies said", "Finland's cyber agency warned". */
  private static final Pattern AGENCIES_SPEAK = Pattern.compile("\\b(?:the\\s+|The\\s+|these\\s+|both\\s+|two\\s+|three\\s+)?"
      + "((?:[A-Z][\\w.]*(?:'s|’s)?\\s+)?)(?:[a-z]+(?:-[a-z]+)?\\s+){0,2}(agencies|agency)\\b(?=\\s*(?:,[^,]{0,60},\\s*)?(?:[a-z]+ly\\s+"
      + "|yesterday\\s+|today\\s+|also\\s+|have\\s+|has\\s+|had\\s+)?(?:said|say|says|announced|assess|assessed|assesses|stated|warned"
      + "|found|concluded|reported|published|confirmed|revealed|emphasi[sz]ed?|added|wrote|called|named|believe[sd]?|sounded|issued"
      + "|released|singled|identified|attributed|blamed|accused|tied|linked)\\b)");

  /** A state's agencies named by kind anywhere: "the German authoring agencies", "Norwegian security agencies". */
  private static final Pattern STATE_AGENCIES = Pattern.compile("\\b([A-Z][\\w.]*(?:'s|’s)?\\s+)(?:[a-z]+(?:-[a-z]+)?\\s+){0,2}"
      + "(agencies|agency)\\b");

  /**
   * The agencies a sentence names by kind where they speak ("the agencies said", "Norwegian
   * security agencies said"): the agencies the statement names, of the state the phrase names
   * if any; one agency for "agency". They replace the state of the phrase; with none named the
   * sentence's speakers stand.
   */
  private List<String> namedAgencies(String text, Sentence sentence, List<Party> here, List<String> speakers, List<Party> parties,
      Set<String> accusedStates) {
    Matcher m = AGENCIES_SPEAK.matcher(text).region(sentence.start(), sentence.end());
    boolean speaking = m.find();
    if (!speaking) {
      m = STATE_AGENCIES.matcher(text).region(sentence.start(), sentence.end());
      if (!m.find()) {
        return speakers;
      }
    }
    String state = null;
    for (Party p : here) {
      if (p.role(sponsors) == Party.Role.STATE && p.start() >= m.start() && p.end() <= m.end()) {
        state = p.name();
      }
    }
    if (!speaking && state == null) {
      return speakers;
    }
    Set<String> agencies = new LinkedHashSet<>();
    for (Party p : parties) {
      if (p.role(sponsors) == Party.Role.BODY && p.state() != null && !accusedStates.contains(p.state())
          && (state == null || state.equals(p.state())) && !Positions.partOf(text, p)) {
        agencies.add(p.name());
      }
    }
    if (agencies.isEmpty() || (m.group(2).equals("agency") && agencies.size() > 1)) {
      return speakers;
    }
    Set<String> out = new LinkedHashSet<>(speakers);
    if (state != null) {
      out.remove(state);
    }
    out.addAll(agencies);
    return List.copyOf(out);
  }

  /** A sentence announcing a list of co-authors: "The FBI and the following partners publish this advisory:". */
  private static final Pattern FOLLOWING = Pattern.compile("(?i)\\bthe following (\\w+ )?(partners|agencies|organi[sz]ations|countries"
      + "|nations|governments|signatories|co-?sealers|authors)\\b[^:]*:");

  /** The co-authors listed after a sentence that announces them ("… and the following partners …:"), added to its speakers. */
  private List<String> followingPartners(String text, Sentence sentence, List<Party> parties, List<String> speakers,
      Set<String> accusedStates, Set<String> victims) {
    Matcher m = FOLLOWING.matcher(text).region(sentence.start(), Math.min(text.length(), sentence.end() + 2));
    if (!m.find()) {
      return speakers;
    }
    int from = m.end();
    while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int to = text.indexOf('\n', from);
    to = to < 0 ? text.length() : to;
    List<Party> listed = new ArrayList<>();
    for (Party p : parties) {
      if (p.start() >= from && p.end() <= to) {
        listed.add(p);
      }
    }
    Set<String> out = new LinkedHashSet<>(speakers);
    out.addAll(speakers(text, listed, accusedStates, victims));
    return List.copyOf(out);
  }

  /** A name followed by an agency's after "'s" ("BSI's (BSI's) cyber centre"). */
  private static final Pattern OWNER_OF_NEXT = Pattern.compile("^('s|’s)?\\)?(\\s*\\([^()]{1,20}\\))?\\s*$");
  /** What stands between a name and its repeat in brackets: "Communications Security Establishment (CSE)". */
  private static final Pattern BRACKETED = Pattern.compile("^\\s*\\(\\s*$");

  /**
   * Whether the i-th name only qualifies the next one: a state before its own agency ("German
   * Federal Office for Information Security"), an agency before the agency it owns ("CSE's Canadian
   * Centre for Cyber Security"): the agency named last speaks.
   */
  private boolean namesAnother(String text, List<Party> here, int i) {
    if (i + 1 >= here.size()) {
      return false;
    }
    Party p = here.get(i);
    if (i > 0 && here.get(i - 1).name().equals(p.name()) && here.get(i - 1).end() <= p.start()
        && BRACKETED.matcher(text.substring(here.get(i - 1).end(), p.start())).matches()) {
      return true; // a repeat in brackets: the name before it decides
    }
    int j = i + 1;
    while (j < here.size() && here.get(j).name().equals(p.name()) && here.get(j).start() - p.end() < 20) {
      j++;
    }
    if (j >= here.size()) {
      return false;
    }
    Party next = here.get(j);
    if (next.entity().kind() != Entity.Kind.ORGANISATION || next.start() < p.end() || next.role(sponsors) != Party.Role.BODY) {
      return false;
    }
    String between = text.substring(p.end(), next.start());
    if (p.entity().kind() == Entity.Kind.COUNTRY) {
      return p.name().equals(next.state()) && OWNER_OF_NEXT.matcher(between).matches();
    }
    return p.entity().kind() == Entity.Kind.ORGANISATION && p.state() != null && p.state().equals(next.state())
        && (between.startsWith("'s") || between.startsWith("’s")) && OWNER_OF_NEXT.matcher(between).matches();
  }

  private boolean names(List<Party> here, Party.Role role) {
    return here.stream().anyMatch(p -> p.role(sponsors) == role);
  }

  /** The accused named in a sentence: each group with the agency and state it is tied to, or a state alone. */
  private List<Accused> accused(String text, List<Party> here, Set<String> accusedStates, Accused primary) {
    List<Accused> out = new ArrayList<>();
    Party previousActor = null;
    for (Party p : here) {
      if (p.role(sponsors) == Party.Role.ACTOR) {
        if (previousActor != null && ALSO_KNOWN.matcher(text.substring(previousActor.end(), p.start())).find()
            && p.start() - previousActor.end() < 30) {
          // one group under two names: keep the better-known name as canonical
          Accused last = out.remove(out.size() - 1);
          out.add(p.entity().aliases().size() > gazetteer.lookup(last.canonical()).get(0).aliases().size()
              ? Accused.of(p, sponsors).named(last.named()) : last);
        } else {
          out.add(Accused.of(p, sponsors));
        }
        previousActor = p;
      }
    }
    for (Party p : here) {
      if (p.role(sponsors) == Party.Role.SPONSOR) {
        boolean tied = false;
        for (int i = 0; i < out.size(); i++) {
          Accused a = out.get(i);
          if (p.name().equals(a.sponsor()) || (p.state() != null && p.state().equals(a.state()))) {
            out.set(i, a.withSponsor(p.name()));
            tied = true;
          }
        }
        if (!tied) {
          out.add(Accused.of(p, sponsors));
        }
      }
    }
    if (out.isEmpty()) {
      for (Party p : here) {
        if (p.role(sponsors) == Party.Role.STATE && STATE_GROUP.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 40))).find()) {
          return List.of(Accused.state(p));
        }
      }
      for (Party p : here) {
        if (p.role(sponsors) == Party.Role.STATE && accusedStates.contains(p.name())) {
          // "an Iranian hack", "operations by Iran" name the doer: the statement's group; "blamed Russia" the state
          boolean doer = ADJECTIVE.matcher(p.matched()).find() && !STATE_ITSELF.matcher(text.substring(p.end(),
                  Math.min(text.length(), p.end() + 20))).find()
              || AGENT_BEFORE.matcher(text.substring(Math.max(0, p.start() - 12), p.start())).find();
          return primary != null && p.name().equals(primary.state()) && doer ? List.of(primary) : List.of(Accused.state(p));
        }
      }
      if (accusedStates.isEmpty()) {
        for (int i = 0; i < here.size(); i++) {
          Party p = here.get(i);
          String before = text.substring(Math.max(0, p.start() - 30), p.start());
          if (p.role(sponsors) == Party.Role.STATE && ACCUSED_BEFORE.matcher(before).find()) {
            return List.of(Accused.state(p));
          }
        }
      }
    }
    return out;
  }

  /** A name before a reporting verb: "The Daily Planet reported", "Acme Labs found that". */
  private static final Pattern REPORTER = Pattern.compile("(?:^|[,;:]\\s+|\\bthat\\s+)([Tt]he\\s+)?((?:[A-Z][\\w&’'.-]*\\s+){1,5})"
      + "(?:\\([A-Z]{2,}\\)\\s+)?(?:,[^,]{5,120},\\s+)?(?:has\\s+|have\\s+|had\\s+)?(?:\\w+ly\\s+)?(reported|disclosed|revealed|found"
      + "|wrote|claimed|traced|published|discovered)\\b");
  /** Titles that make a name a person's (who speaks for the statement's voice). */
  private static final Pattern PERSON_TITLE = Pattern.compile("\\b(Lord|Lady|Sir|Mr|Mrs|Ms|Dr|Minister|President|Secretary|Director"
      + "|Spokes\\w+|Chancellor|Ambassador|General|Prime|Assistant|Attorney|Adm|Gen|Chief|Deputy|Senator|Rep)\\b");

  /**
   * Whether the sentence reports what a name the actor list does not know said: an outlet, a
   * company, a body. A person's name (a title, or a surname the text gives in full elsewhere)
   * speaks for the statement's voice and does not count.
   */
  private static boolean unnamedSpeaker(String text, String sentence) {
    Matcher m = REPORTER.matcher(sentence);
    while (m.find()) {
      String name = m.group(2).strip();
      if (m.group(1) != null || OUTLET.matcher(name).find()) {
        return true; // "The Morning Courier reported": an organisation, not a person
      }
      if (name.matches("(?i)(he|she|they|it|we|i|this|that|these|officials|authorities)") || PERSON_TITLE.matcher(name).find()) {
        continue;
      }
      String[] words = name.split("\\s+");
      if (words.length >= 2 && !name.matches(".*\\b(Journal|Post|Times|News|Agency|Inc|Corp|Group|Labs?|Security|Research|Institute"
          + "|University|Foundation|Association|Company|Intelligence|Networks?)\\b.*")) {
        continue; // a person's full name
      }
      String last = words[words.length - 1];
      if (words.length == 1 && Pattern.compile("\\b[A-Z][a-z]+\\s+" + Pattern.quote(last) + "\\b").matcher(text).find()) {
        continue; // a surname given in full elsewhere: "Anna Berg … Berg found"
      }
      return true;
    }
    return false;
  }

  /** Whether the sentence names a state's unnamed group: "Syrian state-backed hackers". */
  private boolean stateGroup(String text, List<Party> here) {
    return here.stream().anyMatch(p -> p.role(sponsors) == Party.Role.STATE
        && STATE_GROUP.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 60))).find());
  }

  /** The state that denies, when the sentence is an accused state's answer. */
  private static String denier(List<Party> here, Set<String> accusedStates, Voice voice) {
    for (Party p : here) {
      if (p.entity().kind() == Entity.Kind.COUNTRY && accusedStates.contains(p.name())) {
        return p.name();
      }
    }
    for (String principal : voice.principals()) {
      if (accusedStates.contains(principal)) {
        return principal;
      }
    }
    return null;
  }

  /** The group a headline names (a denial's subject), if any. */
  private Accused titleActor(Statement statement) {
    for (Party p : parties(statement.title())) {
      if (p.role(sponsors) == Party.Role.ACTOR) {
        return Accused.of(p, sponsors);
      }
    }
    return null;
  }

  private static String yearIn(String sentence, String fallback) {
    Matcher m = YEAR.matcher(sentence);
    return m.find() ? m.group() : fallback;
  }

  /** A short phrase for what is attributed: the sentence, cut at a word near 160 characters. */
  static String activity(String sentence) {
    String s = sentence.strip().replaceAll("\\s+", " ");
    if (s.length() <= 160) {
      return s;
    }
    int cut = s.lastIndexOf(' ', 160);
    int at = cut > 80 ? cut : Character.isHighSurrogate(s.charAt(159)) ? 159 : 160;
    return s.substring(0, at) + "…";
  }

  /** A value computed on first use: the victims of the whole statement, needed only when it attributes. */
  private static final class Lazy<T> {
    private final java.util.function.Supplier<T> supplier;
    private T value;

    Lazy(java.util.function.Supplier<T> supplier) {
      this.supplier = supplier;
    }

    T get() {
      if (value == null) {
        value = supplier.get();
      }
      return value;
    }
  }

  /** A sentence's evidence span, trimmed of surrounding space. */
  private record Span(int start, int end, String text) {
    private static boolean blank(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static Span of(String text, Sentence sentence) {
      int start = sentence.start();
      int end = sentence.end();
      while (start < end && blank(text.charAt(start))) {
        start++;
      }
      while (end > start && blank(text.charAt(end - 1))) {
        end--;
      }
      return end > start ? new Span(start, end, text.substring(start, end)) : null;
    }
  }

}
