package org.attribot.actor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name normalisation and the rules that decide whether, and how, a name may be matched in
 * free text. Lookup by name uses every name; matching in text skips names too generic to
 * match safely and restricts short or word-like names to their written case.
 */
final class Names {

  /** How a name may match in free text. */
  enum Rule {
    /** In any case: "fancy bear", "FANCY BEAR". */
    ANY,
    /** Only when the text starts the name with a capital: "Turkey", not "turkey". */
    CAPITALISED,
    /** Only when every letter is upper case in the text: "US", "U.S.", not "us". */
    UPPER,
    /** Never in free text (too generic); still found by lookup. */
    SKIP
  }

  /** Single-word (or generic multi-word) aliases that are ordinary words, products or firms. Keys. */
  static final Set<String> GENERIC = Set.of(
      // ordinary English words used as actor aliases in MISP
      "hades", "ember", "iron", "tick", "machete", "alibaba", "amoeba", "axiom", "bitter", "butterfly",
      "cardinal", "castle", "cicada", "cleaver", "dogfish", "dune", "elfin", "gorilla", "honeybee", "indra",
      "kairos", "lexus", "mask", "mirage", "monsoon", "moonlight", "nitro", "packrat", "pioneer", "polaris",
      "popeye", "reaper", "rattlesnake", "scarab", "scimitar", "siesta", "silence", "strider", "summit",
      "superman", "trident", "vermin", "venom", "watchdog", "wildcard", "sima", "mimo", "madi", "nazar",
      "calypso", "basin", "hoodoo", "voyeur", "wraith", "pupa", "kazu", "nian", "lamberts", "blackwood",
      "longhorn", "pickaxe", "patchwork", "slingshot", "lurid", "morpho", "labubu", "blackjack",
      "unknown", "anonymous", "copypaste", "cmajor", "animalfarm", "teambear", "evileye",
      // chemical elements (Microsoft names) that are everyday words
      "lead", "copper", "nickel", "oxygen", "helium", "sodium", "potassium", "calcium", "silicon",
      "platinum", "chromium", "aluminum", "aluminium", "radium", "sulphur", "sulfur", "plutonium",
      "magnesium", "manganese", "mercury", "boron", "cobalt", "polonium", "carbon",
      // companies, parties and places
      "ups", "tsb", "gop", "sandscasino",
      // placeholders
      "unnamedactor", "unnamedgroup", "unknowngroup", "cyberalliance", "thebigbang", "thegentlemen",
      "themask", "blacktechnology", "shadownetwork", "shadowcampaigns", "stormcloud", "socialnetworkteam",
      "ghostsecurity", "darkengine",
      // a phrase that also describes other states' services (e.g. the Dutch MIVD)
      "militaryintelligenceservice");

  /** Names that are also everyday words in lower case; they match only when capitalised. Keys. */
  static final Set<String> CAPITALISED_ONLY = Set.of(
      "turkey", "chad", "jordan", "jersey", "guinea", "reunion", "chile", "polish", "danish",
      "snake", "dragonfly", "callisto", "sauron", "leviathan", "ghostwriter", "tortoiseshell", "buckeye",
      "sidewinder", "lyceum", "zinc");

  /**
   * Phrases that contain a gazetteer name but do not mean its entity ("South America" is not
   * the United States, "New Mexico" not Mexico). Matched like names, they hide the shorter
   * name inside them and yield no mention.
   */
  static final Set<String> BLOCKING_PHRASES = Set.of(
      "South America", "North America", "Latin America", "Central America", "Americas",
      "South American", "North American", "Latin American", "Central American",
      "New Mexico", "New Jersey", "New South Wales", "New England", "Indian Ocean", "British Columbia",
      "Chinese Taipei", "Georgia Tech");

  /**
   * Two- and three-letter English words: an all-capital name spelled like one (US, IT, SEA)
   * matches only in capitals, and in any other spelling not at all.
   */
  static final Set<String> SHORT_WORDS = Set.of((
      "am an as at be by do go he if in is it me my no of on or so to up us we uk "
      + "ace act add age ago aid aim air all and any ape apt arc are ark arm art ask ate bad bag ban bar bat "
      + "bay bed bee bet bid big bin bit bow box boy bud bug bus but buy bye cab can cap car cat cow cry cub "
      + "cup cut dad day den dew did die dig dim dip doc doe dog dot dry due dug dye ear eat egg ego elf elk "
      + "elm end era eve eye fan far fat fax fed fee few fig fin fir fit fix flu fly foe fog for fox fry fun "
      + "fur gag gap gas gel gem get gig gin god got gum gun gut guy gym had ham has hat hay hen her hey hid "
      + "him hip his hit hog hop hot how hub hue hug hut ice icy ill ink inn ion its ivy jab jam jar jaw jet "
      + "job jog joy jug key kid kin kit lab lad lap law lay leg let lid lie lip lit log lot low mad man map "
      + "mat may men met mix mob mod mom mop mud mug nab nag nap net new nil nod nor not now nun nut oak oar "
      + "odd off oil old one opt orb ore our out owe owl own pad pal pan par pat paw pay pea pen pet pie pig "
      + "pin pit pod pop pot pro pub pun pup put rag ram ran rap rat raw ray red rib rid rig rim rip rob rod "
      + "rot row rub rug run rut sad sag sap sat saw say sea see set sew she shy sin sip sir sit six ski sky "
      + "sly sob son sow soy spa spy sub sue sum sun tab tag tan tap tar tax tea ten the tie tin tip toe ton "
      + "too top toy try tub tug two use van vat vet via vow war was wax way web wed wet who why wig win wit "
      + "won woo yes yet you zip zoo").split(" "));

  private static final Pattern NUMBERED_GROUP = Pattern.compile("group\\d+");

  private Names() {}

  /**
   * The lookup key of a name: letters and digits only, lower case, accents removed. "APT 28",
   * "apt28" and "APT-28" share the key "apt28"; "U.S." and "US" share "us".
   */
  static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      fold(name.charAt(i), sb);
    }
    return sb.toString();
  }

  /** Appends the folded form of one character (nothing for a non-letter, non-digit). */
  static void fold(char c, StringBuilder sb) {
    if (c < 128) {
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        sb.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) (c + 32));
      }
      return;
    }
    if (!Character.isLetterOrDigit(c)) {
      return;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (Character.isLetterOrDigit(d)) {
        sb.append(Character.toLowerCase(d));
      }
    }
  }

  /** How {@code name} may match in free text. */
  static Rule rule(String name) {
    String key = key(name);
    if (key.length() < 2 || key.chars().allMatch(Character::isDigit)) {
      return Rule.SKIP;
    }
    if (GENERIC.contains(key) || NUMBERED_GROUP.matcher(key).matches()) {
      return Rule.SKIP;
    }
    boolean allCaps = isAllCaps(name);
    if (key.length() == 2) {
      return allCaps ? Rule.UPPER : Rule.SKIP;
    }
    if (key.length() == 3 && SHORT_WORDS.contains(key)) {
      return allCaps ? Rule.UPPER : Rule.SKIP;
    }
    if (CAPITALISED_ONLY.contains(key)) {
      return Rule.CAPITALISED;
    }
    return Rule.ANY;
  }

  /** True when {@code s} has letters and none of them is lower case. */
  static boolean isAllCaps(CharSequence s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /** True when the text slice satisfies the rule. */
  static boolean accepts(Rule rule, String text, int start, int end) {
    switch (rule) {
      case ANY:
        return true;
      case UPPER:
        for (int i = start; i < end; i++) {
          if (Character.isLowerCase(text.charAt(i))) {
            return false;
          }
        }
        return true;
      case CAPITALISED:
        for (int i = start; i < end; i++) {
          char c = text.charAt(i);
          if (Character.isLetter(c)) {
            return Character.isUpperCase(c);
          }
        }
        return false;
      default:
        return false;
    }
  }

  /** Lower-case form for messages and comparisons. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
