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

  static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
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

  /** "uptime" or "setup-time" as a summary label: "Uptime", "Setup time". */
  static String label(String aspect) {
    String s = aspect.replace('-', ' ').replace('_', ' ').strip();
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
