package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.Quantity;
import java.util.Optional;
import java.util.regex.Pattern;

/** A limit against "unlimited": "up to 50 projects" and "unlimited projects" cannot both hold. Stateless. */
final class Limits {

  private static final Pattern UNLIMITED = Pattern.compile("\\bunlimited\\b|\\bno limits?\\b", Pattern.CASE_INSENSITIVE);

  private Limits() {}

  /** Whether the claim says there is no limit. */
  static boolean unlimited(Claim c) {
    return UNLIMITED.matcher(c.text()).find() || c.attributes().absolutes().contains("unlimited");
  }

  /**
   * One claim unlimited, the other with a cap: its first figure that is not a percentage or a
   * multiplier, which would be a share or a speed-up rather than a limit.
   */
  static Optional<Disagreement> againstUnlimited(AlignedPair p) {
    boolean xu = p.read().unlimited(p.a());
    boolean yu = p.read().unlimited(p.b());
    if (xu == yu) {
      return Optional.empty();
    }
    Claim limited = xu ? p.y() : p.x();
    Optional<Quantity> cap = limited.attributes().quantities().stream()
        .filter(q -> !"percent".equals(q.dimension()) && !"multiplier".equals(q.dimension()))
        .findFirst();
    if (cap.isEmpty()) {
      return Optional.empty();
    }
    String capText = cap.get().text();
    Claim open = xu ? p.x() : p.y();
    String word = unlimitedWord(open.text());
    return Optional.of(xu
        ? p.found(word, capText, "limit", () -> word, () -> capText)
        : p.found(capText, word, "limit", () -> capText, () -> word));
  }

  private static String unlimitedWord(String text) {
    var m = UNLIMITED.matcher(text);
    return m.find() ? m.group() : "unlimited";
  }
}
