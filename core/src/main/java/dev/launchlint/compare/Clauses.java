package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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
    String text = c.text();
    var m = cue.matcher(text);
    if (!m.find()) {
      return Set.of();
    }
    int from = 0;
    var ends = CLAUSE_END.matcher(text);
    int to = text.length();
    while (ends.find()) {
      if (ends.end() <= m.start()) {
        from = ends.end();
      } else if (ends.start() >= m.end()) {
        to = ends.start();
        break;
      }
    }
    String clause = text.substring(from, to).toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    for (String e : c.attributes().entities()) {
      if (clause.contains(e.toLowerCase(Locale.ROOT))) {
        out.add(e);
      }
    }
    return out;
  }
}
