package dev.launchlint.compare;

import dev.launchlint.compare.ValueConflicts.Conflict;
import dev.launchlint.compare.ValueConflicts.Measured;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prices and figures that disagree: two values of one aspect, or two counts of one named unit for
 * one plan. A figure that each function also states itself is not contested: the other figure
 * measures something else. Stateless.
 */
final class FigureConflicts {

  private FigureConflicts() {}

  /**
   * Two prices, else two figures, of the pair's aspect. Figures are compared only when the
   * claims' plans can be the same: both name plans and share one, or in a kit of several plans,
   * either both or neither name one, or the wording is close.
   */
  static Optional<Disagreement> onAspect(AlignedPair p) {
    Readings read = p.read();
    Optional<Conflict> values = ValueConflicts.prices(read.prices(p.a()), read.prices(p.b()));
    Set<String> plansX = read.in(p.a());
    Set<String> plansY = read.in(p.b());
    boolean otherPlans = !plansX.isEmpty() && !plansY.isEmpty() && plansX.stream().noneMatch(plansY::contains);
    boolean planUnclear = read.plans.several() && plansX.isEmpty() != plansY.isEmpty()
        && p.sim() < Contradictions.PLAN_UNCLEAR;
    if (values.isEmpty() && !otherPlans && !planUnclear) {
      values = ValueConflicts.measured(read.measured(p.a()), read.measured(p.b()));
      if (values.isPresent() && p.x().function() != p.y().function() && statedByBoth(p, values.get())) {
        values = Optional.empty();
      }
    }
    return values.map(p::found);
  }

  /**
   * Two counts of one named thing for one plan ("Team 20 concurrent jobs 25,000 Linux minutes"
   * against "Team $400 per month 30,000 Linux minutes per month"): the plan and the unit are the
   * subject, so the aspect keys (limits in one table, prices in the other) and the wording of the
   * rest of the row do not matter.
   */
  static Optional<Disagreement> samePlanCounts(AlignedPair p) {
    Readings read = p.read();
    if (p.x().function() == p.y().function() || read.planCounts(p.a()).isEmpty() || read.planCounts(p.b()).isEmpty()
        || read.otherRows(p.a(), p.b())) {
      return Optional.empty();
    }
    List<Measured> xs = read.planCounts(p.a());
    List<Measured> ys = read.planCounts(p.b());
    return ValueConflicts.measured(xs, ys).filter(c -> !statedByBoth(p, c)).map(p::found);
  }

  /**
   * Two figures that each say what they measure, the same thing, in clauses about one matter: "cut
   * their vector infrastructure costs by 70% compared with running their own clusters" and "40%
   * lower total cost than running their own vector database clusters" are two savings of one
   * comparison, whatever aspect each sentence is filed under ("price", "customers").
   */
  static Optional<Disagreement> sameNamedMeasure(AlignedPair p) {
    // the two words of one matter the figures' clauses must share stand for the wording's similarity
    if (p.x().function() == p.y().function()) {
      return Optional.empty();
    }
    List<Measured> xs = named(p.read().measured(p.a()));
    List<Measured> ys = named(p.read().measured(p.b()));
    if (xs.isEmpty() || ys.isEmpty()) {
      return Optional.empty();
    }
    List<Measured> left = xs.stream().filter(x -> ys.stream().anyMatch(y -> oneMatter(x, y))).toList();
    List<Measured> right = ys.stream().filter(y -> xs.stream().anyMatch(x -> oneMatter(x, y))).toList();
    return ValueConflicts.measured(left, right).filter(c -> !statedByBoth(p, c)).map(p::found);
  }

  /** Figures that name what they measure. */
  private static List<Measured> named(List<Measured> figures) {
    return figures.stream().filter(m -> !m.what().isEmpty()).toList();
  }

  /** Two figures of one named measure whose clauses share at least two words of their matter. */
  private static boolean oneMatter(Measured x, Measured y) {
    if (!x.what().equals(y.what())) {
      return false;
    }
    return x.clause().stream().filter(y.clause()::contains).filter(Themes::informative).count() >= 2;
  }

  /** Whether either function also states the figure the other is said to contradict. */
  private static boolean statedByBoth(AlignedPair p, Conflict c) {
    Readings read = p.read();
    Optional<Measured> left = read.measured(p.a()).stream().filter(m -> m.quantity().text().equals(c.left())).findFirst();
    Optional<Measured> right = read.measured(p.b()).stream().filter(m -> m.quantity().text().equals(c.right())).findFirst();
    return left.isPresent() && read.states(p.y().function(), p.y().aspect(), left.get())
        || right.isPresent() && read.states(p.x().function(), p.x().aspect(), right.get());
  }
}
