package dev.launchlint.analyze;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds listed phrases in text on word boundaries, longest first, and tells which value each
 * phrase stands for. Phrases match case-insensitively unless written with a leading {@code =};
 * a leading {@code ~} makes the rest a regular expression. Immutable and thread-safe.
 */
final class PhraseMatcher {

  /** One occurrence: {@code [start, end)} in the searched text and the value of the phrase. */
  record Hit(int start, int end, String value) {}

  private final Pattern folded;
  private final Pattern exact;
  private final Map<String, String> foldedValues;
  private final Map<String, String> exactValues;
  private final List<Map.Entry<Pattern, String>> regexes;

  private PhraseMatcher(Map<String, String> phraseToValue) {
    Map<String, String> f = new HashMap<>();
    Map<String, String> e = new HashMap<>();
    List<Map.Entry<Pattern, String>> r = new ArrayList<>();
    phraseToValue.forEach((phrase, value) -> {
      if (phrase.startsWith("~")) {
        r.add(Map.entry(Pattern.compile(phrase.substring(1)), value));
      } else if (phrase.startsWith("=")) {
        e.putIfAbsent(phrase.substring(1), value);
      } else {
        f.putIfAbsent(Text.lower(phrase), value);
      }
    });
    foldedValues = Map.copyOf(f);
    exactValues = Map.copyOf(e);
    regexes = List.copyOf(r);
    folded = compile(f.keySet());
    exact = compile(e.keySet());
  }

  /** Phrases mapping to themselves. */
  static PhraseMatcher of(List<String> phrases) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String p : phrases) {
      m.putIfAbsent(p, p.startsWith("=") || p.startsWith("~") ? p.substring(1) : Text.lower(p));
    }
    return new PhraseMatcher(m);
  }

  static PhraseMatcher of(Map<String, String> phraseToValue) {
    return new PhraseMatcher(phraseToValue);
  }

  private static Pattern compile(java.util.Set<String> phrases) {
    if (phrases.isEmpty()) {
      return null;
    }
    List<String> sorted = new ArrayList<>(phrases);
    // longest first so that "soc 2 type ii" wins over "soc 2"
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder b = new StringBuilder("(?:");
    for (int i = 0; i < sorted.size(); i++) {
      String p = sorted.get(i);
      if (i > 0) {
        b.append('|');
      }
      if (Character.isLetterOrDigit(p.charAt(0))) {
        b.append("(?<![\\p{L}\\p{N}])");
      }
      b.append(Pattern.quote(p));
      if (Character.isLetterOrDigit(p.charAt(p.length() - 1))) {
        b.append("(?![\\p{L}\\p{N}])");
      }
    }
    return Pattern.compile(b.append(')').toString());
  }

  /** Every occurrence in {@code text}, by start, longest first at one start, not overlapping. */
  List<Hit> find(String text) {
    List<Hit> hits = new ArrayList<>();
    if (folded != null) {
      Matcher m = folded.matcher(Text.lower(text));
      while (m.find()) {
        hits.add(new Hit(m.start(), m.end(), foldedValues.get(m.group())));
      }
    }
    if (exact != null) {
      Matcher m = exact.matcher(text);
      while (m.find()) {
        hits.add(new Hit(m.start(), m.end(), exactValues.get(m.group())));
      }
    }
    for (Map.Entry<Pattern, String> re : regexes) {
      Matcher m = re.getKey().matcher(text);
      while (m.find()) {
        hits.add(new Hit(m.start(), m.end(), re.getValue()));
      }
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

  boolean anyIn(String text) {
    return !find(text).isEmpty();
  }

  @Override
  public String toString() {
    return "PhraseMatcher" + foldedValues.keySet().stream().limit(5).toList() + "...";
  }
}
