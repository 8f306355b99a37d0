package org.attribot.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A character trie over the keys of every matchable name, used to find names in free text.
 * The text is split into words (runs of letters and digits); from each word the trie is
 * walked over the folded characters of that word and the following ones, as long as the
 * words are joined only by short runs of spaces, hyphens, dots, underscores, apostrophes or
 * "@". Blocking phrases ({@link Names#BLOCKING_PHRASES}) are matched too but mention nothing,
 * so "South America" hides "America". A match must end at the end of a word, so matches always sit on word boundaries, and
 * "APT 28", "APT-28" and "APT28" all match the key "apt28". Immutable and thread-safe.
 */
final class NameIndex {

  /** Longest run of joining characters allowed between two words of one name. */
  private static final int MAX_GAP = 3;

  private record Target(Entity entity, Names.Rule rule) {}

  private static final class Node {
    char[] labels = new char[0];
    Node[] children = new Node[0];
    Target[] targets;
    boolean blocks;

    Node child(char c) {
      char[] l = labels;
      for (int i = 0; i < l.length; i++) {
        if (l[i] == c) {
          return children[i];
        }
      }
      return null;
    }
  }

  /** Mutable node used while building, frozen into {@link Node}. */
  private static final class Draft {
    final TreeMap<Character, Draft> children = new TreeMap<>();
    final List<Target> targets = new ArrayList<>();
    boolean blocks;
  }

  private final Node root;

  NameIndex(List<Entity> entities) {
    Draft top = new Draft();
    for (Entity entity : entities) {
      for (String name : entity.names()) {
        Names.Rule rule = Names.rule(name);
        if (rule == Names.Rule.SKIP) {
          continue;
        }
        Draft node = top;
        String key = Names.key(name);
        for (int i = 0; i < key.length(); i++) {
          node = node.children.computeIfAbsent(key.charAt(i), c -> new Draft());
        }
        add(node.targets, new Target(entity, rule));
      }
    }
    for (String phrase : Names.BLOCKING_PHRASES) {
      Draft node = top;
      String key = Names.key(phrase);
      for (int i = 0; i < key.length(); i++) {
        node = node.children.computeIfAbsent(key.charAt(i), c -> new Draft());
      }
      node.blocks = true;
    }
    root = freeze(top);
  }

  /** Adds a target, keeping one per entity and the most permissive rule (ANY over CAPITALISED over UPPER). */
  private static void add(List<Target> targets, Target target) {
    for (int i = 0; i < targets.size(); i++) {
      Target existing = targets.get(i);
      if (existing.entity() == target.entity()) {
        if (target.rule().ordinal() < existing.rule().ordinal()) {
          targets.set(i, target);
        }
        return;
      }
    }
    targets.add(target);
  }

  private static Node freeze(Draft draft) {
    Node node = new Node();
    int n = draft.children.size();
    node.labels = new char[n];
    node.children = new Node[n];
    int i = 0;
    for (Map.Entry<Character, Draft> e : draft.children.entrySet()) {
      node.labels[i] = e.getKey();
      node.children[i] = freeze(e.getValue());
      i++;
    }
    node.targets = draft.targets.isEmpty() ? null : draft.targets.toArray(new Target[0]);
    node.blocks = draft.blocks;
    return node;
  }

  /** Every mention in {@code text}, left to right, the longest name winning at each position. */
  List<Mention> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    int[] bounds = words(text);
    int count = bounds.length / 2;
    List<Mention> out = new ArrayList<>();
    StringBuilder folded = new StringBuilder(8);
    int w = 0;
    while (w < count) {
      int start = bounds[2 * w];
      int bestWord = -1;
      List<Entity> bestEntities = null;
      Node node = root;
      int v = w;
      walk:
      while (true) {
        for (int i = bounds[2 * v], end = bounds[2 * v + 1]; i < end; i++) {
          char c = text.charAt(i);
          if (c < 128) {
            char f = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            node = node.child(f);
            if (node == null) {
              break walk;
            }
          } else {
            folded.setLength(0);
            Names.fold(c, folded);
            for (int k = 0; k < folded.length(); k++) {
              node = node.child(folded.charAt(k));
              if (node == null) {
                break walk;
              }
            }
          }
        }
        List<Entity> accepted = node.targets == null ? null : accepted(node.targets, text, start, bounds[2 * v + 1]);
        if (accepted != null) {
          bestWord = v;
          bestEntities = accepted;
        } else if (node.blocks) {
          bestWord = v;
          bestEntities = List.of(); // a blocking phrase: consume it, mention nothing
        }
        if (v + 1 >= count || !joins(text, bounds[2 * v + 1], bounds[2 * v + 2])) {
          break;
        }
        v++;
      }
      if (bestWord < 0) {
        w++;
        continue;
      }
      if (bestEntities.isEmpty()) {
        w = bestWord + 1;
        continue;
      }
      int end = bounds[2 * bestWord + 1];
      if (end < text.length() && text.charAt(end) == '.' && bestWord > w
          && text.substring(start, end).indexOf('.') >= 0) {
        end++; // "U.S." keeps its final dot
      }
      out.add(new Mention(start, end, text.substring(start, end), bestEntities));
      w = bestWord + 1;
    }
    return out;
  }

  private static List<Entity> accepted(Target[] targets, String text, int start, int end) {
    Set<Entity> out = null;
    for (Target t : targets) {
      if (Names.accepts(t.rule(), text, start, end)) {
        if (out == null) {
          out = new LinkedHashSet<>();
        }
        out.add(t.entity());
      }
    }
    return out == null ? null : List.copyOf(out);
  }

  /** True when the characters between two words may join them into one name. */
  private static boolean joins(String text, int from, int to) {
    if (to - from > MAX_GAP) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(Character.isWhitespace(c) || c == '-' || c == '.' || c == '_' || c == '\'' || c == '@'
          || c == '\u2019' || c == '\u2010' || c == '\u2011' || c == '\u00a0')) {
        return false;
      }
    }
    return true;
  }

  /** Start and end offsets of every word (run of letters and digits), flattened. */
  private static int[] words(String text) {
    int[] out = new int[16];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      while (i < len && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i >= len) {
        break;
      }
      int s = i;
      while (i < len && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (n + 2 > out.length) {
        out = Arrays.copyOf(out, out.length * 2);
      }
      out[n++] = s;
      out[n++] = i;
    }
    return Arrays.copyOf(out, n);
  }
}
