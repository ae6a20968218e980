package dev.launchlint.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a thing two statements share when no known platform or integration is named: two
 * content words in a row that both use ("passwordless login", "visual editor"). Stateless.
 */
final class Names {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
  /** Words that carry no name: they join or qualify the words that do. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with", "is", "are", "was",
      "be", "it", "its", "this", "that", "these", "our", "your", "their", "we", "you", "they", "as", "from", "all",
      "every", "each", "now", "today", "available", "generally", "general", "availability", "beta", "public",
      "preview", "early", "access", "release", "released", "launch", "ga", "not", "no", "yet", "will", "can",
      "into", "than", "more", "up", "plan", "plans", "new");

  private Names() {}

  /** The first two-word name both texts use, lower case, or null when they share none. */
  static String shared(String a, String b) {
    Set<String> first = new LinkedHashSet<>(bigrams(a));
    for (String pair : bigrams(b)) {
      if (first.contains(pair)) {
        return pair;
      }
    }
    return null;
  }

  private static List<String> bigrams(String text) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    String previous = null;
    while (m.find()) {
      String w = m.group();
      if (FUNCTION_WORDS.contains(w) || w.length() < 3) {
        previous = null;
        continue;
      }
      if (previous != null) {
        out.add(previous + " " + w);
      }
      previous = w;
    }
    return out;
  }
}
