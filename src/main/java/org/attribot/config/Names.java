package org.attribot.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Setting names as people mistype them: the nearest known name, and where a secret belongs instead. */
final class Names {
  private Names() {}

  /** The known name nearest {@code name} by edits (case aside), when it is near enough to be a likely misspelling. */
  static Optional<String> nearest(String name, Collection<String> known) {
    String typed = bare(name);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(typed, bare(k));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(1, typed.length() / 4) ? Optional.of(best) : Optional.empty();
  }

  /** The name in lower case without the ATTRIBOT_ every variable shares, so only the part that differs is measured. */
  private static String bare(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("attribot_") ? lower.substring("attribot_".length()) : lower;
  }

  /** Whether a key's last part names a secret (token, secret, password, key). */
  static boolean secretLike(String key) {
    String last = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return last.contains("token") || last.contains("secret") || last.contains("password") || last.equals("key")
        || last.endsWith("_key");
  }

  /** The environment variable that holds the secret a file tried to set at {@code key}. */
  static String secretVariable(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.startsWith("telegram.")) {
      return "TELEGRAM_BOT_TOKEN";
    }
    if (k.startsWith("slack.")) {
      return k.contains("sign") || k.contains("secret") ? "SLACK_SIGNING_SECRET" : k.contains("app") ? "SLACK_APP_TOKEN"
          : "SLACK_BOT_TOKEN";
    }
    if (k.startsWith("llm.")) {
      return "ATTRIBOT_LLM_API_KEY";
    }
    return "the variable that holds it (TELEGRAM_BOT_TOKEN, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN or "
        + "ATTRIBOT_LLM_API_KEY)";
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
  }
}
