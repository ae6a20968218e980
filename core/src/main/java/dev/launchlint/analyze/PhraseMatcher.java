package dev.launchlint.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds listed phrases in text on word boundaries, longest first, and tells which value each
 * phrase stands for. Phrases match case-insensitively unless written with a leading {@code =};
 * a leading {@code ~} makes the rest a regular expression. A space in a phrase matches any run of
 * whitespace. Immutable and thread-safe.
 *
 * <p>Literal phrases live in a character trie walked from each word start, so the cost grows with
 * the text, not with the number of phrases: one big regex alternation of a few hundred phrases
 * was the analysis's hot spot.
 */
final class PhraseMatcher {

  /** One occurrence: {@code [start, end)} in the searched text and the value of the phrase. */
  record Hit(int start, int end, String value) {}

  /**
   * A trie node. Built with a map, then frozen into sorted arrays (and, at the root, a table of
   * ASCII first characters): the walk runs at every word start of every sentence, many times per
   * sentence, and boxed-character map lookups were most of its cost.
   */
  private static final class Node {
    Map<Character, Node> building = new HashMap<>();
    char[] keys;
    Node[] children;
    Node[] ascii;
    String value;

    Node child(char c) {
      if (ascii != null && c < 128) {
        return ascii[c];
      }
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }

    boolean isLeaf() {
      return keys.length == 0;
    }

    void freeze(boolean root) {
      List<Character> sorted = new ArrayList<>(building.keySet());
      sorted.sort(null);
      keys = new char[sorted.size()];
      children = new Node[sorted.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = sorted.get(i);
        children[i] = building.get(keys[i]);
        children[i].freeze(false);
      }
      if (root) {
        ascii = new Node[128];
        for (int i = 0; i < keys.length && keys[i] < 128; i++) {
          ascii[keys[i]] = children[i];
        }
      }
      building = null;
    }
  }

  private final Node folded = new Node();
  private final Node exact = new Node();
  private final List<Map.Entry<Pattern, String>> regexes;

  private PhraseMatcher(Map<String, String> phraseToValue) {
    List<Map.Entry<Pattern, String>> r = new ArrayList<>();
    phraseToValue.forEach((phrase, value) -> {
      if (phrase.startsWith("~")) {
        r.add(Map.entry(Pattern.compile(phrase.substring(1)), value));
      } else if (phrase.startsWith("=")) {
        insert(exact, phrase.substring(1), value, false);
      } else {
        insert(folded, phrase, value, true);
      }
    });
    regexes = List.copyOf(r);
    folded.freeze(true);
    exact.freeze(true);
  }

  /** Phrases mapping to themselves (lower-cased unless exact). */
  static PhraseMatcher of(List<String> phrases) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String p : phrases) {
      m.putIfAbsent(p, p.startsWith("=") || p.startsWith("~") ? p.substring(1) : Text.lower(p));
    }
    return new PhraseMatcher(m);
  }

  static PhraseMatcher of(Map<String, String> phraseToValue) {
    return new PhraseMatcher(phraseToValue);
  }

  private static void insert(Node root, String phrase, String value, boolean fold) {
    Node n = root;
    String p = phrase.strip().replaceAll("\\s+", " ");
    for (int i = 0; i < p.length(); i++) {
      char c = fold ? Character.toLowerCase(p.charAt(i)) : p.charAt(i);
      n = n.building.computeIfAbsent(c, k -> new Node());
    }
    if (n.value == null) {
      n.value = value;
    }
  }

  /** Every occurrence in {@code text}, left to right, the longest at each start, not overlapping. */
  List<Hit> find(String text) {
    List<Hit> hits = new ArrayList<>();
    scan(text, folded, true, hits);
    scan(text, exact, false, hits);
    for (Map.Entry<Pattern, String> re : regexes) {
      Matcher m = re.getKey().matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          hits.add(new Hit(m.start(), m.end(), re.getValue()));
        }
      }
    }
    if (hits.size() < 2) {
      return hits;
    }
    hits.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit::end).reversed()));
    List<Hit> kept = new ArrayList<>();
    int covered = -1;
    for (Hit h : hits) {
      if (h.start() >= covered) {
        kept.add(h);
        covered = h.end();
      }
    }
    return kept;
  }

  /** Whether {@link #find} would find anything; stops at the first occurrence. */
  boolean anyIn(String text) {
    List<Hit> hits = new ArrayList<>(1);
    if (scanUntilHit(text, folded, true, hits) || scanUntilHit(text, exact, false, hits)) {
      return true;
    }
    for (Map.Entry<Pattern, String> re : regexes) {
      Matcher m = re.getKey().matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean scanUntilHit(String text, Node root, boolean fold, List<Hit> out) {
    if (root.isLeaf()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (longestAt(text, i, root, fold, out) > i) {
        return true;
      }
    }
    return false;
  }

  private static void scan(String text, Node root, boolean fold, List<Hit> out) {
    if (root.isLeaf()) {
      return;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      int end = longestAt(text, i, root, fold, out);
      i = end > i ? end : i + 1;
    }
  }

  /** Adds the longest phrase starting at {@code start}, if any; returns its end or {@code start}. */
  private static int longestAt(String text, int start, Node root, boolean fold, List<Hit> out) {
    char first = text.charAt(start);
    if (Character.isLetterOrDigit(first) && start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      return start; // inside a word
    }
    Node node = root;
    int i = start;
    int bestEnd = -1;
    String bestValue = null;
    while (i < text.length()) {
      char c = text.charAt(i);
      Node next;
      int after;
      if (Character.isWhitespace(c)) {
        next = node.child(' ');
        after = i + 1;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
          after++;
        }
      } else {
        next = node.child(fold ? Character.toLowerCase(c) : c);
        after = i + 1;
      }
      if (next == null) {
        break;
      }
      node = next;
      i = after;
      if (node.value != null) {
        char last = text.charAt(i - 1);
        boolean boundary = !Character.isLetterOrDigit(last) || i == text.length()
            || !Character.isLetterOrDigit(text.charAt(i));
        if (boundary) {
          bestEnd = i;
          bestValue = node.value;
        }
      }
    }
    if (bestEnd < 0) {
      return start;
    }
    out.add(new Hit(start, bestEnd, bestValue));
    return bestEnd;
  }
}
