package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.compare.ValueConflicts.Conflict;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Two claims the index aligned, as each kind of contradiction tests them: with how close their
 * wording is and the same-thing signals the kinds share (one aspect, a shared named thing, the
 * label of what both speak of).
 *
 * @param index the kit's claim index
 * @param read what was read of each claim beyond its words
 * @param x the claim that comes first in the kit
 * @param y the other claim
 * @param a the index of {@code x} among the kit's claims
 * @param b the index of {@code y} among the kit's claims
 * @param sim how close the two claims' wording is, 0 to 1
 */
record AlignedPair(ClaimIndex index, Readings read, Claim x, Claim y, int a, int b, double sim) {

  /** Whether both claims carry one aspect key. */
  boolean sameAspect() {
    return x.aspect() != null && x.aspect().equalsIgnoreCase(y.aspect() == null ? "" : y.aspect());
  }

  /** Whether both claims carry an aspect key and the keys differ: then they speak of different things. */
  boolean differentAspects() {
    return x.aspect() != null && y.aspect() != null && !sameAspect();
  }

  /** Whether the claims name a thing in common. */
  boolean sharedEntity() {
    // a loop, not a stream: this is asked of most of the millions of pairs a large kit tests
    List<String> theirs = y.attributes().entities();
    for (String e : x.attributes().entities()) {
      if (theirs.contains(e)) {
        return true;
      }
    }
    return false;
  }

  /** The named things of both claims, in the order {@code x} names them. */
  Set<String> sharedEntities() {
    Set<String> shared = new LinkedHashSet<>(x.attributes().entities());
    shared.retainAll(y.attributes().entities());
    return shared;
  }

  /** Whether the claims state something of one subject: one aspect or one named thing, or nearly one wording. */
  boolean sameSubject() {
    return (sameAspect() && sim >= Contradictions.SAME_SUBJECT)
        || (sharedEntity() && sim >= Contradictions.SAME_SUBJECT) || sim >= 0.55;
  }

  /**
   * Whether the claims' values may be compared as values of one thing: one aspect key; else one
   * counted unit or one plan ("up to 4 participants", "up to 8 participants"), or close wording
   * with two words in common; and never two table rows keyed by different first cells.
   */
  boolean valuesAligned() {
    Set<String> plansX = read.in(a);
    boolean samePlan = !plansX.isEmpty() && plansX.equals(read.in(b));
    boolean sameCount = sameCountedUnit();
    boolean aligned = sameAspect() ? sim >= Contradictions.SAME_ASPECT
        : (sameCount || samePlan) && sim >= Contradictions.SAME_ASPECT
            || sim >= Contradictions.NO_ASPECT && index.sharedWords(a, b) >= 2;
    return aligned && !read.otherRows(a, b);
  }

  /**
   * Whether both claims count one unit ("4 participants", "8 participants"). Loops rather than
   * streams: {@link #valuesAligned} is asked of most pairs a large kit tests.
   */
  private boolean sameCountedUnit() {
    for (Quantity q : x.attributes().quantities()) {
      if (!"count".equals(q.dimension())) {
        continue;
      }
      for (Quantity r : y.attributes().quantities()) {
        if ("count".equals(r.dimension()) && ValueConflicts.singular(q.unit()).equals(ValueConflicts.singular(r.unit()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The thing both claims speak of: the aspect key, else a shared entity, else a shared word. */
  String aspect() {
    if (x.aspect() != null) {
      return x.aspect();
    }
    if (y.aspect() != null) {
      return y.aspect();
    }
    for (String e : x.attributes().entities()) {
      if (y.attributes().entities().contains(e)) {
        return e;
      }
    }
    for (String t : index.shared(a, b)) {
      if (t.length() >= 3 && !t.chars().allMatch(Character::isDigit)) {
        return t;
      }
    }
    return "claim";
  }

  /** A disagreement in words on what both claims speak of. */
  Disagreement found(String vx, String vy, String kind, Supplier<String> markX, Supplier<String> markY) {
    return found(x, y, aspect(), vx, vy, kind, markX, markY);
  }

  /** A disagreement on two values as read (prices, figures, dates, stages), on what both claims speak of. */
  Disagreement found(Conflict c) {
    return new Disagreement(x, y, aspect(), c.kind(), c.left(), c.right(), c.leftValue(), c.rightValue(), c::left,
        c::right, 0, -1, -1);
  }

  /** A disagreement in words between two claims, either of which may come first in the kit. */
  static Disagreement found(Claim x, Claim y, String aspect, String vx, String vy, String kind,
      Supplier<String> markX, Supplier<String> markY) {
    return new Disagreement(x, y, aspect, kind, vx, vy, null, null, markX, markY, 0, -1, -1);
  }

  /** The first named thing of the claim that its unit quotes, to mark in the evidence. */
  static String entityIn(Claim c) {
    for (String e : c.attributes().entities()) {
      if (Quotes.find(c.unitText(), e).isPresent()) {
        return e;
      }
    }
    return null;
  }
}
