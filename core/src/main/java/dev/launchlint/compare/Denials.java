package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.ReleaseStage;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Supported (or certified) against not: one claim denies a named thing that the other states as
 * there. A "not" binds to its clause and denies only what that clause names; what is only planned
 * is not there yet either, but a date or a plan on the stating side agrees with a denial of today.
 * Stateless.
 */
final class Denials {

  /**
   * Words that deny a named thing is there ("BigCommerce is not supported", "not FedRAMP
   * authorized", "incompatible with"), as against a "not" that only limits what the thing does
   * ("Click Check cannot rewrite links inside encrypted PDFs") or describes something else.
   */
  private static final Pattern DENIAL = Pattern.compile(
      "\\b(?:not|never|n't)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:supported|available|compatible|certified|authori[sz]ed"
          + "|compliant|offered|included|integrated|part of)\\b|\\b(?:does|do|did)(?:\\s+not|n't)\\s+support\\b"
          + "|\\bunsupported\\b|\\bincompatible\\b", Pattern.CASE_INSENSITIVE);

  private Denials() {}

  /** The named things a negated claim denies in the clause that denies ("Siri is not supported"). */
  static Set<String> denied(Claim c) {
    return c.attributes().negated() ? Clauses.entitiesAt(c, DENIAL) : Set.of();
  }

  /**
   * Supported against not supported on the pair's aspect: about one named thing, in nearly the
   * same words. What is only planned ("Microsoft Teams | Planned for Q3 2027") is not supported
   * yet, unless the other side dates it.
   */
  static Optional<Disagreement> onAspect(AlignedPair p) {
    Claim x = p.x();
    Claim y = p.y();
    boolean plannedX = ReleaseStages.planned(x, p.read().staged(p.a()), y);
    boolean plannedY = ReleaseStages.planned(y, p.read().staged(p.b()), x);
    boolean absentX = x.attributes().negated() || plannedX;
    boolean absentY = y.attributes().negated() || plannedY;
    boolean plannedOnly = absentX != absentY && (plannedX || plannedY);
    if (absentX != absentY && !(plannedOnly && hasDate(absentX ? y : x)) && wordClaim(x) && wordClaim(y)
        && x.function() != y.function() && p.sharedEntity() && p.sim() >= Contradictions.NEAR_SAME) {
      String sx = absentX ? "not supported" : "supported";
      String sy = absentY ? "not supported" : "supported";
      return Optional.of(p.found(sx, sy, "support", () -> AlignedPair.entityIn(x),
          () -> AlignedPair.entityIn(y)));
    }
    return Optional.empty();
  }

  /** A shared named thing denied by one claim and stated as there, now and on no named plan, by the other. */
  static Optional<Disagreement> ofNamedThing(AlignedPair p) {
    Claim x = p.x();
    Claim y = p.y();
    if (x.attributes().negated() == y.attributes().negated() || !wordClaim(x) || !wordClaim(y)) {
      return Optional.empty();
    }
    Claim no = x.attributes().negated() ? x : y;
    Claim yes = no == x ? y : x;
    Set<String> shared = p.sharedEntities();
    Set<String> denied = p.read().said(no == x ? p.a() : p.b()).denied();
    if (denied.stream().noneMatch(shared::contains) || hasDate(yes) || ReleaseStages.pending(yes)
        || yes.attributes().stage() != null && yes.attributes().stage() != ReleaseStage.GA) {
      return Optional.empty();
    }
    boolean certified = x.type() == ClaimType.COMPLIANCE && y.type() == ClaimType.COMPLIANCE;
    String vx = no == x ? (certified ? "not certified" : "not supported") : (certified ? "certified" : "supported");
    String vy = no == y ? (certified ? "not certified" : "not supported") : (certified ? "certified" : "supported");
    return Optional.of(p.found(vx, vy, certified ? "certification" : "support",
        () -> AlignedPair.entityIn(x), () -> AlignedPair.entityIn(y)));
  }

  private static boolean hasDate(Claim c) {
    return !c.attributes().dates().isEmpty();
  }

  /** Claims whose truth is in words (a capability, an integration), not in a number. */
  private static boolean wordClaim(Claim c) {
    return c.attributes().quantities().isEmpty() && c.attributes().prices().isEmpty()
        && c.type() != ClaimType.METRIC && c.type() != ClaimType.PRICE && !c.text().toLowerCase(Locale.ROOT).contains("not only");
  }
}
