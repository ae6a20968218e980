package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where and on which plans a named thing is offered: "only" one place or plan on one side, a list
 * of several or every plan on the other. Stateless.
 */
final class Availability {

  private static final Pattern PLAN_ONLY = Pattern.compile(
      "\\b(?:plans?|tiers?|editions?)\\s+only\\b|\\bonly\\s+(?:on|in|with)\\s+(?:the\\s+)?\\p{L}+\\s+(?:plans?|tiers?|editions?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EVERY_PLAN = Pattern.compile(
      "\\b(?:every|all|any|each)\\s+(?:of\\s+our\\s+|our\\s+)?(?:plans?|tiers?|editions?)\\b(?![\\s-]+(?:years?|months?|periods?|terms?|cycles?))"
          + "|\\bon\\s+all\\s+plans\\b",
      Pattern.CASE_INSENSITIVE);

  private Availability() {}

  /** The words by which the claim limits something to named plans ("Enterprise plan only"), or null. */
  static String planOnly(Claim c) {
    var only = PLAN_ONLY.matcher(c.text());
    return only.find() ? only.group() : null;
  }

  /** The words by which the claim offers something on every plan ("each plan year" counts time), or null. */
  static String everyPlan(Claim c) {
    var every = EVERY_PLAN.matcher(c.text());
    return every.find() ? every.group() : null;
  }

  /** One claim limits a shared named thing to one place, the other lists a second one beside it. */
  static Optional<Disagreement> onlyAgainstList(AlignedPair p) {
    if (p.sim() < Contradictions.NEAR_SAME || p.x().attributes().negated() || p.y().attributes().negated()) {
      return Optional.empty();
    }
    Set<String> shared = p.sharedEntities();
    return onlyAgainstList(p, p.x(), p.y(), shared).or(() -> onlyAgainstList(p, p.y(), p.x(), shared));
  }

  /**
   * "Hosted in the US only" against "hosted in Canada or the US": the second names, in one list
   * with the first's only thing, another the first leaves out.
   */
  private static Optional<Disagreement> onlyAgainstList(AlignedPair p, Claim limited, Claim listing, Set<String> shared) {
    String lower = limited.text().toLowerCase(Locale.ROOT);
    if (!lower.contains("only")) {
      return Optional.empty();
    }
    for (String e : shared) {
      String q = Pattern.quote(e);
      var only = Pattern.compile("\\b" + q + "\\s+only\\b|\\bonly\\s+(?:in\\s+|on\\s+|for\\s+|with\\s+)?(?:the\\s+)?" + q + "\\b")
          .matcher(lower);
      if (!only.find()) {
        continue;
      }
      String said = limited.text().substring(only.start(), only.end());
      String listText = listing.text().toLowerCase(Locale.ROOT);
      for (String other : listing.attributes().entities()) {
        if (limited.attributes().entities().contains(other)) {
          continue;
        }
        String o = Pattern.quote(other);
        // "Pulse Enterprise, the self-hosted edition" names one thing twice: a comma and an article
        // make an apposition, not a list
        var listed = Pattern.compile("\\b" + o + "\\b(?:,|\\s+and(?:\\s+the)?|\\s+or(?:\\s+the)?)\\s+" + q + "\\b|\\b" + q
            + "\\b(?:,|\\s+and(?:\\s+the)?|\\s+or(?:\\s+the)?)\\s+" + o + "\\b").matcher(listText);
        if (listed.find()) {
          String list = listing.text().substring(listed.start(), listed.end());
          return Optional.of(AlignedPair.found(limited, listing, p.aspect(), said, list, "availability",
              () -> said, () -> list));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "Offered on the Enterprise plan only" against "HIPAA-ready on every plan, Starter included":
   * one thing (the shared name) limited to named plans by one function and to none by the other.
   */
  static Optional<Disagreement> onePlanAgainstAll(AlignedPair p) {
    Readings.Said sx = p.read().said(p.a());
    Readings.Said sy = p.read().said(p.b());
    if (sx.planOnly() != null && !p.read().in(p.a()).isEmpty() && sy.everyPlan() != null) {
      return Optional.of(p.found(sx.planOnly(), sy.everyPlan(), "plan", sx::planOnly, sy::everyPlan));
    }
    if (sy.planOnly() != null && !p.read().in(p.b()).isEmpty() && sx.everyPlan() != null) {
      return Optional.of(p.found(sx.everyPlan(), sy.planOnly(), "plan", sx::everyPlan, sy::planOnly));
    }
    return Optional.empty();
  }
}
