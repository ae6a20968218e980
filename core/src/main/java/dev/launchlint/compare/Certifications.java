package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.Vocabulary;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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
    return Optional.of(held(p, xPending, p.aspect(), () -> AlignedPair.entityIn(xPending ? p.y() : p.x())));
  }

  /**
   * One certification that one function says is held and another says is still to come, however
   * differently the two sentences are worded or keyed: a named certification is one subject
   * ("ISO/IEC 27001: certification audit scheduled for November 2026; we are not yet certified"
   * against "SOC 2 Type II and ISO 27001 certified"). "Not yet" is progress, not a denial. The side
   * in progress names no other certification, so that the progress is this one's.
   */
  static Optional<Disagreement> ofNamedCertification(AlignedPair p) {
    if (!about(p) || !p.sharedEntity()) {
      return Optional.empty();
    }
    boolean xPending = p.read().pending(p.a());
    boolean yPending = p.read().pending(p.b());
    Claim pending = xPending ? p.x() : p.y();
    Claim held = xPending ? p.y() : p.x();
    // "not authorized, and no work planned" denies it: that is Denials' case
    boolean denied = pending.attributes().negated() && !NOT_YET.matcher(pending.text()).find();
    if (xPending == yPending || denied || held.attributes().negated() || !HELD.matcher(held.text()).find()
        || certifications(pending) != 1) {
      return Optional.empty();
    }
    // the subject is the certification, whatever the held side's sentence is keyed by
    String aspect = pending.aspect() != null && pending.aspect().startsWith("certification:") ? pending.aspect()
        : p.aspect();
    return Optional.of(held(p, xPending, aspect, () -> AlignedPair.entityIn(held)));
  }

  private static final Pattern NOT_YET = Pattern.compile("\\bnot yet\\b", Pattern.CASE_INSENSITIVE);

  /** Words that say a certification is held, not merely named ("a SOC 2 Type II report"). */
  private static final Pattern HELD = Pattern.compile(
      "\\b(?:certified|compliant|accredited|attested|authori[sz]ed|holds?)\\b", Pattern.CASE_INSENSITIVE);

  private static long certifications(Claim c) {
    return c.attributes().entities().stream()
        .filter(e -> Vocabulary.kindOf(e).filter("certification"::equals).isPresent())
        .count();
  }

  /**
   * The disagreement of a certification held on one side and in progress on the other: the pending
   * side's words of progress against "certified", marked where each stands ({@code heldMark} on the
   * held side).
   */
  private static Disagreement held(AlignedPair p, boolean xPending, String aspect, Supplier<String> heldMark) {
    String progress = ValueConflicts.inProgressPhrase((xPending ? p.x() : p.y()).text()).orElse("in progress");
    String px = xPending ? progress : "certified";
    String py = xPending ? "certified" : progress;
    return AlignedPair.found(p.x(), p.y(), aspect, px, py, "certification",
        xPending ? () -> progress : heldMark, xPending ? heldMark : () -> progress);
  }

  /**
   * A named certification held on one side and in progress on the other, whatever other
   * certifications either sentence names: "SOC 2 Type II and ISO 27001 certified" is filed under
   * SOC 2, but it says ISO 27001 is held, which "ISO 27001 certification is in progress" denies.
   * The certification must stand in the clause that says it is in progress, and not in such a
   * clause on the other side ("SOC 2 certified; ISO 27001 in progress" holds only SOC 2).
   */
  static Optional<Disagreement> ofListedCertification(AlignedPair p) {
    if (p.x().type() != ClaimType.COMPLIANCE || p.y().type() != ClaimType.COMPLIANCE
        || p.x().attributes().negated() || p.y().attributes().negated()) {
      return Optional.empty();
    }
    Set<String> pendingX = pendingIn(p.x());
    Set<String> pendingY = pendingIn(p.y());
    for (String e : p.sharedEntities()) {
      boolean xPending = pendingX.contains(e);
      // the other side must say it is held: "a SOC 2 Type II report, and HITRUST" only names it
      if (xPending != pendingY.contains(e) && HELD.matcher((xPending ? p.y() : p.x()).text()).find()) {
        return Optional.of(held(p, xPending, "certification:" + e.replace(' ', '-'), () -> e));
      }
    }
    return Optional.empty();
  }

  /** The named things of the clause that says a claim's certification is not held yet. */
  private static Set<String> pendingIn(Claim c) {
    return Clauses.entitiesAt(c, ValueConflicts.IN_PROGRESS);
  }
}
