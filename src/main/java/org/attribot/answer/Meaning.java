package org.attribot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attribot.embed.Embedder;
import org.attribot.statement.Sentence;
import org.attribot.statement.TextSplitter;

/**
 * Whether a sentence a model wrote means what the text it cites says: its embedding (the loaded
 * embedding model's, citation markers removed) must have a cosine similarity of at least
 * {@code threshold} with one window of one to three adjacent sentences of a cited text. Windows
 * never run across an elision ("…"), where the text sent skips sentences. Only the windows of
 * texts actually cited are embedded, each text once per reply ({@link #over}); nothing is kept
 * between replies. The caller writes the sentence's names as the cited text writes them first
 * ({@link Support#inNamesOf}), so an alias alone does not make it look far.
 *
 * <p>Measured with {@code eval --support} and left out: a window's vector as the mean of its
 * sentences' vectors (about four times cheaper, but the threshold chosen so keeps a sentence
 * naming the passage's parties with another meaning), and names masked on both sides (the
 * same threshold on both evaluation sets, but a short sentence that is mostly names, "APT 28
 * targeted Romania", is then left with nothing to compare).
 */
public final class Meaning {
  /** Most adjacent sentences in one window. */
  static final int WINDOW = 3;
  private static final Pattern MARKER = Pattern.compile("\\s*\\[\\d{1,3}]");

  private final Embedder embedder;
  private final double threshold;

  /** A check with {@code embedder}; a {@code threshold} of 0 or less checks nothing. */
  public Meaning(Embedder embedder, double threshold) {
    this.embedder = embedder;
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  /** The check of one reply whose numbered sources ({@code sources.get(n - 1)} is source n) are these texts. */
  public Cited over(List<String> sources) {
    return new Cited(sources);
  }

  /** Windows of one to three adjacent sentences of {@code text}, none across an elision or a blank sentence. */
  public static List<String> windows(String text) {
    List<String> out = new ArrayList<>();
    for (String run : text.split("\u2026|\\.\\.\\.")) {
      List<String> sentences = new ArrayList<>();
      for (Sentence s : TextSplitter.sentences(run)) {
        String t = s.text().strip().replaceAll("\\s+", " ");
        if (t.chars().anyMatch(Character::isLetterOrDigit)) {
          sentences.add(t);
        }
      }
      for (int i = 0; i < sentences.size(); i++) {
        StringBuilder w = new StringBuilder();
        for (int j = i; j < Math.min(sentences.size(), i + WINDOW); j++) {
          w.append(j > i ? " " : "").append(sentences.get(j));
          out.add(w.toString());
        }
      }
    }
    return out;
  }

  /** A sentence as it is compared: without citation markers, on one line. */
  static String plain(String sentence) {
    return MARKER.matcher(sentence).replaceAll("").replaceAll("\\s+", " ").strip();
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** One reply's sources: each cited text's windows embedded on its first citation, in one call. */
  public final class Cited {
    private final List<String> sources;
    private final Map<Integer, List<float[]>> vectors = new HashMap<>();

    private Cited(List<String> sources) {
      this.sources = sources;
    }

    /** The best similarity of {@code sentence} to a window of the sources numbered {@code cited}; 0 when they have none. */
    public double closeness(String sentence, Set<Integer> cited) {
      float[] own = embedder.embedAll(List.of(plain(sentence))).get(0);
      double best = 0;
      for (int n : cited) {
        for (float[] w : windowVectors(n)) {
          best = Math.max(best, cosine(own, w));
        }
      }
      return best;
    }

    /** Whether {@code sentence} is close enough in meaning to a window of what it cites (always, with no threshold). */
    public boolean holds(String sentence, Set<Integer> cited) {
      return threshold <= 0 || closeness(sentence, cited) >= threshold;
    }

    private List<float[]> windowVectors(int n) {
      return vectors.computeIfAbsent(n, k -> {
        List<String> windows = windows(sources.get(k - 1));
        return windows.isEmpty() ? List.of() : embedder.embedAll(windows);
      });
    }
  }
}
