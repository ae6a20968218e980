package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.compare.ValueConflicts.Measured;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the pair tests read of each claim of a kit beyond its words, computed once per claim (or
 * per statement, for what the words alone say) rather than once per pair: a claim meets up to
 * {@link ClaimIndex#CANDIDATES} others and each would otherwise rescan its unit for plan names and
 * rebuild its prices and quantities. Filled before the pairs are tested and only read after, so
 * the pair tests may share it across threads.
 */
final class Readings {

  /**
   * What a claim's words say of its named things: its version floors by named thing, "... plan
   * only", "every plan", the named things it denies, the
   * features it denies by name ({@link Denials#deniedFeatures}).
   */
  record Said(Map<String, String> floors, String planOnly, String everyPlan, Set<String> denied,
      List<Denials.DeniedFeature> deniedFeatures) {
    static Said of(Claim c) {
      List<Denials.DeniedFeature> features = Denials.deniedFeatures(c);
      if (c.attributes().entities().isEmpty()) {
        return new Said(Map.of(), null, null, Set.of(), features);
      }
      return new Said(VersionFloors.of(c), Availability.planOnly(c), Availability.everyPlan(c), Denials.denied(c),
          features);
    }
  }

  private record Subject(BusinessFunction function, String aspect) {}

  final Plans plans;
  private final List<Claim> claims;
  private final ClaimIndex index;
  private final List<Set<String>> plansIn;
  private final List<List<Money>> prices;
  private final List<List<Measured>> measured;
  private final List<Set<String>> staged;
  /** The figures each function states on each aspect, each figure once. */
  private final Map<Subject, FigureIndex> figures = new HashMap<>();
  private final boolean[] unlimited;
  private final boolean[] pending;
  private final String[] rowKeys;
  private final List<Said> said;
  private final List<List<Measured>> planCounts;

  Readings(Plans plans, KitView view, ClaimIndex index) {
    List<Claim> claims = index.claims();
    this.plans = plans;
    this.claims = claims;
    this.index = index;
    this.plansIn = Spread.indices(claims.size()).mapToObj(i -> plans.in(claims.get(i).unitText())).toList();
    this.prices = Spread.indices(claims.size())
        .mapToObj(i -> Figures.prices(plans, view, claims.get(i))).toList();
    this.measured = Spread.indices(claims.size())
        .mapToObj(i -> Figures.totals(plans, view, claims.get(i))).toList();
    this.rowKeys = Spread.indices(claims.size()).mapToObj(i -> Figures.rowKey(claims.get(i))).toArray(String[]::new);
    this.planCounts = Spread.indices(claims.size()).mapToObj(i -> Figures.planCounts(measured.get(i))).toList();
    this.said = Spread.indices(index.statements()).mapToObj(s -> Said.of(claims.get(index.members(s)[0]))).toList();
    // What the words alone say, once per statement.
    this.staged = Spread.indices(index.statements())
        .mapToObj(s -> ReleaseStages.stagedEntities(claims.get(index.members(s)[0]))).toList();
    this.unlimited = new boolean[index.statements()];
    this.pending = new boolean[index.statements()];
    Spread.indices(index.statements()).forEach(s -> {
      Claim c = claims.get(index.members(s)[0]);
      unlimited[s] = Limits.unlimited(c);
      pending[s] = ReleaseStages.pending(c);
    });
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      for (Measured m : measured.get(i)) {
        figures.computeIfAbsent(new Subject(c.function(), c.aspect()), k -> new FigureIndex()).add(figure(m), m);
      }
    }
  }

  /**
   * The claims of one statement grouped by what the pair tests read of them beyond the words:
   * the plans and table row of their unit, their prices and figures with what those measure.
   * Groups in kit order, each with its claims in kit order.
   */
  List<int[]> variants(int[] statement) {
    if (statement.length == 1) {
      return List.of(statement);
    }
    Map<List<Object>, List<Integer>> groups = new LinkedHashMap<>();
    for (int i : statement) {
      groups.computeIfAbsent(readsAs(i), k -> new ArrayList<>()).add(i);
    }
    return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
  }

  /** The claim as the pair tests read it, without its place. */
  private List<Object> readsAs(int i) {
    Claim c = claims.get(i);
    List<Object> prices = this.prices.get(i).stream()
        .map(m -> List.of(m.currency(), m.amount(), String.valueOf(m.upper()), String.valueOf(m.per()),
            String.valueOf(m.period()), String.valueOf(m.plan()), m.bound(), m.text(), String.valueOf(m.billing())))
        .collect(Collectors.toList());
    List<Object> figures = measured.get(i).stream().map(Readings::figure).collect(Collectors.toList());
    List<Object> quantities = c.attributes().quantities().stream().map(Readings::figure).collect(Collectors.toList());
    return List.of(c.type(), rowKeys[i], plansIn.get(i), prices, figures, quantities);
  }

  /** A figure with what it measures and its plan, wherever it stands. */
  private static List<Object> figure(Measured m) {
    return List.of(figure(m.quantity()), m.what(), String.valueOf(m.plan()));
  }

  private static List<Object> figure(Quantity q) {
    return List.of(q.value(), String.valueOf(q.upper()), q.dimension(), q.unit(), q.bound(), q.text());
  }

  /** The named things of the clause that states the claim's release stage ({@link ReleaseStages#stagedEntities}). */
  Set<String> staged(int i) {
    return staged.get(index.statementOf(i));
  }

  /** Whether the claim says "unlimited" ({@link Limits#unlimited(Claim)}). */
  boolean unlimited(int i) {
    return unlimited[index.statementOf(i)];
  }

  /** What the claim's words say of its named things ({@link Said}). */
  Said said(int i) {
    return said.get(index.statementOf(i));
  }

  /** The claim's counts of a named unit for a named plan ({@link Figures#planCounts}). */
  List<Measured> planCounts(int i) {
    return planCounts.get(i);
  }

  /** Whether the claim says its certification or feature is not there yet ({@link ReleaseStages#pending(Claim)}). */
  boolean pending(int i) {
    return pending[index.statementOf(i)];
  }

  /** The plans the claim's unit names, lower-cased. */
  Set<String> in(int i) {
    return plansIn.get(i);
  }

  /** The claim's prices with their plans ({@link Figures#prices}). */
  List<Money> prices(int i) {
    return prices.get(i);
  }

  /** The claim's totals with what each measures ({@link Figures#totals}). */
  List<Measured> measured(int i) {
    return measured.get(i);
  }

  /**
   * Whether {@code function} itself states {@code value} (a number it is said to contradict) in a
   * claim on the same aspect: then both functions give that figure, and the other figure measures
   * something else ("8 hours per charge" beside "10 minutes of fast charge").
   */
  boolean states(BusinessFunction function, String aspect, Measured value) {
    FigureIndex stated = figures.get(new Subject(function, aspect));
    // Without an aspect, only a figure said to measure the same thing counts.
    return stated != null && stated.anyNear(value, m -> (aspect != null || !value.what().isEmpty() && !m.what().isEmpty())
        && ValueConflicts.comparable(value, m) && ValueConflicts.sameFigure(value, m));
  }


  /**
   * Two table rows keyed by different first cells ("Trial | 14 days, 2,000 Linux minutes" and
   * "Team | 20 concurrent jobs | 25,000 Linux minutes") give the values of two different things.
   */
  boolean otherRows(int a, int b) {
    return !rowKeys[a].isEmpty() && !rowKeys[b].isEmpty() && !rowKeys[a].equals(rowKeys[b]);
  }
}
