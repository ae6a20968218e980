package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause of a claim that a cue word stands in. A release stage or a denial binds to its clause,
 * not to the sentence: in "Epic and athenahealth sync; Cerner in beta" only Cerner is in beta.
 * Stateless.
 */
final class Clauses {

  private static final Pattern CLAUSE_END = Pattern.compile("[.;:|()]|,\\s|\\bbut\\b|\\bwhile\\b");

  private Clauses() {}

  /** The named things of the clause where {@code cue} is first found; empty when it is not. */
  static Set<String> entitiesAt(Claim c, Pattern cue) {
    return entitiesAt(c, cue, CLAUSE_END);
  }

  /** {@link #entitiesAt(Claim, Pattern)} with the clause ended by {@code ends}. */
  static Set<String> entitiesAt(Claim c, Pattern cue, Pattern ends) {
    String text = c.text();
    var m = cue.matcher(text);
    if (!m.find()) {
      return Set.of();
    }
    String clause = around(text, m.start(), m.end(), ends).toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    for (String e : c.attributes().entities()) {
      if (clause.contains(e.toLowerCase(Locale.ROOT))) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The clause of {@code text} around {@code [start, end)}: between the nearest marks {@code ends}
   * finds before and after it. Each kind of value has its own marks (a colon ends the clause of a
   * denial, but joins a date to what it is of).
   */
  static String around(String text, int start, int end, Pattern ends) {
    int from = 0;
    int to = text.length();
    Matcher m = ends.matcher(text);
    while (m.find()) {
      if (m.end() <= start) {
        from = m.end();
      } else if (m.start() >= end) {
        to = m.start();
        break;
      }
    }
    return text.substring(from, to);
  }
}
