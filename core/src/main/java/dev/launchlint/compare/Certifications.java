package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Certified on one side, in progress on the other; a denial on either side is {@link Denials}'
   * case. When the pending side names what is pending, that must be what both speak of.
   */
  static Optional<Disagreement> heldAgainstPending(AlignedPair p) {
    if (!about(p)) {
      return Optional.empty();
    }
    boolean xPending = p.read().pending(p.a());
    boolean yPending = p.read().pending(p.b());
    if (xPending == yPending || p.x().attributes().negated() || p.y().attributes().negated()) {
      return Optional.empty();
    }
    // "in progress" binds to its clause: "holds SOC 2; ISO 27001 certification is in progress"
    // says nothing pending of SOC 2
    Set<String> pendingNamed = pendingIn(xPending ? p.x() : p.y());
    if (!pendingNamed.isEmpty() && pendingNamed.stream().noneMatch(p.sharedEntities()::contains)) {
      return Optional.empty();
    }
    String px = xPending ? ValueConflicts.inProgressPhrase(p.x().text()).orElse("in progress") : "certified";
    String py = yPending ? ValueConflicts.inProgressPhrase(p.y().text()).orElse("in progress") : "certified";
    return Optional.of(p.found(px, py, "certification",
        () -> xPending ? px : AlignedPair.entityIn(p.x()), () -> yPending ? py : AlignedPair.entityIn(p.y())));
  }

  /**
   * A named certification held on one side and in progress on the other, whatever other
   * certifications either sentence names: "SOC 2 Type II and ISO 27001 certified" is filed under
   * SOC 2, but it says ISO 27001 is held, which "ISO 27001 certification is in progress" denies.
   * The certification must stand in the clause that says it is in progress, and not in such a
   * clause on the other side ("SOC 2 certified; ISO 27001 in progress" holds only SOC 2).
   */
  static Optional<Disagreement> ofNamedCertification(AlignedPair p) {
    if (p.x().type() != ClaimType.COMPLIANCE || p.y().type() != ClaimType.COMPLIANCE
        || p.x().attributes().negated() || p.y().attributes().negated()) {
      return Optional.empty();
    }
    Set<String> pendingX = pendingIn(p.x());
    Set<String> pendingY = pendingIn(p.y());
    for (String e : p.sharedEntities()) {
      boolean xPending = pendingX.contains(e);
      if (xPending != pendingY.contains(e)) {
        Claim pending = xPending ? p.x() : p.y();
        String phrase = ValueConflicts.inProgressPhrase(pending.text()).orElse("in progress");
        String px = xPending ? phrase : "certified";
        String py = xPending ? "certified" : phrase;
        return Optional.of(AlignedPair.found(p.x(), p.y(), "certification:" + e.replace(' ', '-'), px, py, "certification",
            () -> xPending ? px : e, () -> xPending ? e : py));
      }
    }
    return Optional.empty();
  }

  /** The named things of the clause that says a claim's certification is not held yet. */
  private static Set<String> pendingIn(Claim c) {
    return Clauses.entitiesAt(c, ValueConflicts.IN_PROGRESS);
  }
}
