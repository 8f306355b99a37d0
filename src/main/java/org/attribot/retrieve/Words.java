package org.attribot.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokenising, stop words and a light stemmer, shared by query building and sentence matching. */
public final class Words {
  /** A number with decimals ("1.5", "1.5bn"), or a run of letters and digits. */
  private static final Pattern TOKEN = Pattern.compile("\\p{N}+(?:[.,]\\p{N}+)+\\p{L}*|[\\p{L}\\p{N}]+");

  static final Set<String> STOP = Set.copyOf(List.of(
      "a", "about", "according", "after", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
      "be", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
      "done", "during", "each", "else", "ever", "for", "from", "get", "got", "had", "has", "have", "having", "he",
      "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "know", "let", "like",
      "me", "more", "most", "much", "many", "my", "no", "nor", "not", "of", "on", "once", "only", "or", "other",
      "our", "out", "over", "own", "please", "s", "said", "same", "say", "says", "she", "should", "so", "some",
      "such", "t", "tell", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
      "those", "through", "to", "too", "under", "up", "us", "very", "was", "we", "were", "what", "whats", "when",
      "where", "which", "while", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "yes",
      "anything", "something", "someone", "anyone", "thing", "things", "there", "show", "give", "list",
      "way", "ways", "kind", "sort", "exactly", "really", "actually", "now",
      "still", "yet", "ago", "time", "times", "happened", "happen", "go", "going", "went", "gone", "make", "made",
      "take", "took", "see", "saw", "use", "used", "using", "new", "one", "ones", "been", "whom", "onto", "per",
      "apart", "besides", "beside", "behind", "among", "within", "without", "around", "via"));

  private Words() {}

  /** Tokens of {@code text}: lower-case, in order, with the character offset of each. */
  public static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT), m.start()));
    }
    return out;
  }

  /** A token: as written, lower-cased, and where it starts. */
  public record Token(String raw, String lower, int start) {}

  public static boolean isStop(String lower) {
    return STOP.contains(lower);
  }

  /** A light suffix-stripping stem: hacked, hacking, hackers → hack; attribution → attribut. */
  public static String stem(String lower) {
    if (lower.isEmpty() || Character.isDigit(lower.charAt(0))) {
      return numeric(lower);
    }
    String w = lower;
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    }
    for (String suffix : new String[] {"ations", "ation", "ments", "ment", "ings", "ing", "edly", "ers", "ies", "ied",
        "ed", "er", "es", "ly", "s"}) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= (suffix.equals("s") ? 2 : 3)) {
        if (suffix.equals("s") && (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is"))) {
          continue;
        }
        if (suffix.equals("es") && !w.matches(".*(ss|x|z|ch|sh)es")) {
          continue; // names → name (by the "s" rule), but boxes → box
        }
        w = w.substring(0, w.length() - suffix.length());
        if (suffix.startsWith("ie")) {
          w = w + "y";
        }
        break;
      }
    }
    if (w.length() > 4 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2) && !"aeiouls".contains(w.substring(w.length() - 1))) {
      w = w.substring(0, w.length() - 1); // hacked → hack stays; targetted → target
    }
    if (w.length() > 4 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "1.5bn" and "1.5" match; "2024" stays. */
  private static String numeric(String lower) {
    int end = 0;
    while (end < lower.length() && (Character.isDigit(lower.charAt(end)) || lower.charAt(end) == '.' || lower.charAt(end) == ',')) {
      end++;
    }
    return lower.substring(0, end).replace(",", "");
  }

  /**
   * Whether two stems name the same word: equal, or one a prefix (of five or more letters) or a
   * suffix (of six or more, for compounds) of the other.
   */
  public static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
      return false;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return (shorter.length() >= 5 && longer.startsWith(shorter))
        || (shorter.length() >= 6 && longer.endsWith(shorter)); // cyberattack, cryptocurrency
  }
}
