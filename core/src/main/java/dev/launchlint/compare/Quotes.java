package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Evidence from claims: the unit as extracted, with the values that matter marked. Stateless. */
final class Quotes {

  private Quotes() {}

  /** Evidence quoting the claim's unit, with each of {@code marks} marked where it first occurs. */
  static Evidence of(Claim c, String... marks) {
    String text = collapse(c.unitText());
    List<Span> spans = new ArrayList<>();
    for (String m : marks) {
      if (m != null) {
        find(text, m).ifPresent(spans::add);
      }
    }
    spans.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end()));
    List<Span> disjoint = new ArrayList<>();
    for (Span s : spans) {
      if (disjoint.isEmpty() || s.start() >= disjoint.get(disjoint.size() - 1).end()) {
        disjoint.add(s);
      }
    }
    return new Evidence(c.function(), c.path(), c.location(), text, disjoint);
  }

  /** Where {@code needle} occurs in {@code text}, ignoring case and runs of whitespace. */
  static Optional<Span> find(String text, String needle) {
    String n = collapse(needle);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    int at = text.toLowerCase(Locale.ROOT).indexOf(n.toLowerCase(Locale.ROOT));
    // Lower-casing keeps lengths for the Latin text launch material is written in; guard anyway.
    if (at < 0 || at + n.length() > text.length()) {
      return Optional.empty();
    }
    return Optional.of(new Span(at, at + n.length()));
  }

  /**
   * Runs of whitespace as one space, stripped: {@code s.replaceAll("\\s+", " ").strip()} without
   * the regular expression, which was a hot spot of large kits (it runs for every quoted unit).
   */
  static String collapse(String s) {
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (isSpace(ch)) {
        int j = i + 1;
        while (j < n && isSpace(s.charAt(j))) {
          j++;
        }
        if (b == null && (ch != ' ' || j > i + 1)) {
          b = new StringBuilder(n).append(s, 0, i);
        }
        if (b != null) {
          b.append(' ');
        }
        i = j - 1;
      } else if (b != null) {
        b.append(ch);
      }
    }
    return (b == null ? s : b.toString()).strip();
  }

  /** What {@code \\s} matches in a Java regular expression without UNICODE_CHARACTER_CLASS. */
  private static boolean isSpace(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
  }

  /** Shortens a claim for a summary line. */
  static String shorten(String s, int max) {
    String c = collapse(s);
    if (c.length() <= max) {
      return c;
    }
    int cut = c.lastIndexOf(' ', max - 1);
    return c.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }

  /** "uptime", "setup-time" or "certification:soc-2" as a summary label: "Uptime", "Setup time", "Certification (soc 2)". */
  static String label(String aspect) {
    // A keyed aspect ("certification:soc-2") reads "Certification (soc 2)".
    String s = aspect.replace('-', ' ').replace('_', ' ').replaceFirst("^([^:]+):\\s*(.+)$", "$1 ($2)").strip();
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
