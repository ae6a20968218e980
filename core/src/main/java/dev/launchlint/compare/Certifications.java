package dev.launchlint.compare;

import dev.launchlint.analyze.ClaimType;
import java.util.Optional;

/**
 * A certification held against one still in progress: "SOC 2 Type II certified" and "SOC 2 audit
 * underway" cannot both be true today. Stateless.
 */
final class Certifications {

  private Certifications() {}

  /** Two compliance claims about one certification: a shared name, or one aspect and close wording. */
  static boolean about(AlignedPair p) {
    boolean typed = p.x().type() == ClaimType.COMPLIANCE && p.y().type() == ClaimType.COMPLIANCE;
    return typed && (p.sharedEntity() || p.sameAspect() && p.sim() >= Contradictions.SAME_SUBJECT);
  }

  /** Certified on one side, in progress on the other; a denial on either side is {@link Denials}' case. */
  static Optional<Disagreement> heldAgainstPending(AlignedPair p) {
    if (!about(p)) {
      return Optional.empty();
    }
    boolean xPending = p.read().pending(p.a());
    boolean yPending = p.read().pending(p.b());
    if (xPending == yPending || p.x().attributes().negated() || p.y().attributes().negated()) {
      return Optional.empty();
    }
    String px = xPending ? ValueConflicts.inProgressPhrase(p.x().text()).orElse("in progress") : "certified";
    String py = yPending ? ValueConflicts.inProgressPhrase(p.y().text()).orElse("in progress") : "certified";
    return Optional.of(p.found(px, py, "certification",
        () -> xPending ? px : AlignedPair.entityIn(p.x()), () -> yPending ? py : AlignedPair.entityIn(p.y())));
  }
}
