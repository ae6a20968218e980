package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.DateRef;
import dev.launchlint.analyze.Money;
import dev.launchlint.compare.ValueConflicts.Measured;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Every value each function states in a kit, by attribute: what lets two differing values be
 * judged against the rest of the kit. A function that itself gives the other side's value in a
 * statement on the same matter ("$8 billed annually" beside "$10 billed monthly") tells that the
 * two values are of different plans, periods or cases; a function that gives one value only,
 * against another function's one value, disagrees with it. Immutable once built; thread-safe.
 */
final class KitFacts {

  /** Similarity of wording from which another statement is taken to speak of the same matter. */
  static final double SAME_MATTER = 0.2;

  /** How close two claims of the kit are in wording, by their indices: 0 to 1. */
  @FunctionalInterface
  interface Similarity {
    double of(int a, int b);
  }

  /** A fact, with the qualifiers of its clause left unread, and the index of the claim that states it. */
  private record Stated(Fact fact, int claim) {}

  private final Map<BusinessFunction, Map<String, List<Stated>>> byFunction = new EnumMap<>(BusinessFunction.class);
  private final Similarity similarity;
  private final Function<String, Set<String>> plans;

  private KitFacts(Similarity similarity, Function<String, Set<String>> plans) {
    this.similarity = similarity;
    this.plans = plans;
  }

  /** The plans a statement names, lower-cased. */
  Set<String> plansIn(String text) {
    return plans.apply(text);
  }

  /**
   * The facts of {@code claims}, whose prices (plans resolved) and figures (what each measures)
   * the caller has read: {@code prices.apply(i)} and {@code figures.apply(i)} for claim {@code i}.
   */
  static KitFacts of(List<Claim> claims, IntFunction<List<Money>> prices, IntFunction<List<Measured>> figures,
      Similarity similarity, Function<String, Set<String>> plans) {
    KitFacts facts = new KitFacts(similarity, plans);
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      Map<String, List<Stated>> own = facts.byFunction.computeIfAbsent(c.function(), f -> new HashMap<>());
      for (Money m : prices.apply(i)) {
        add(own, m, i);
      }
      for (Measured m : figures.apply(i)) {
        add(own, m, i);
      }
      for (DateRef d : c.attributes().dates()) {
        if (!d.relative()) {
          add(own, d, i);
        }
      }
    }
    return facts;
  }

  private static void add(Map<String, List<Stated>> own, Object value, int claim) {
    Fact f = Fact.bare(value);
    own.computeIfAbsent(f.attribute(), k -> new ArrayList<>()).add(new Stated(f, claim));
  }

  /**
   * Whether {@code function} gives {@code fact}'s value itself ({@link Fact#gives}) in a statement on
   * the same matter as the claims {@code a} and {@code b} that disagree over it. When the
   * disagreement names a plan on both sides ({@code subject}), only statements of that plan count.
   */
  boolean states(BusinessFunction function, Fact fact, String subject, int a, int b) {
    for (Stated g : of(function, fact)) {
      if (!sameMeasure(g.fact(), fact) || !g.fact().gives(fact)) {
        continue;
      }
      double near = a < 0 ? 1 : Math.max(similarity.of(g.claim(), a), similarity.of(g.claim(), b));
      // A statement that names no plan speaks of the disagreement's plan only when it is worded
      // nearly as the disagreeing ones are (a row of the same table); one that names another
      // plan speaks of that plan.
      boolean ofSubject = subject == null || subject.equals(g.fact().subject())
          || g.fact().subject() == null && near >= Disagreements.NEAR_PARAPHRASE;
      if (ofSubject && near >= SAME_MATTER) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every value {@code function} states of {@code fact}'s attribute and subject admits
   * {@code fact}'s: the function gives that one value only.
   */
  boolean only(BusinessFunction function, Fact fact) {
    for (Stated g : of(function, fact)) {
      if (comparable(g.fact(), fact) && !g.fact().admits(fact)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the claims {@code a} (of {@code fa}) and {@code b} (of {@code fb}) both give one value
   * of {@code fact}'s attribute: two statements that agree on one figure and differ on another
   * list figures of different things ("creators keep 70% ... and 100% of sponsorships" against
   * "creators keep 70% and Wavelength keeps 30%").
   */
  boolean agreeElsewhere(BusinessFunction fa, int a, BusinessFunction fb, int b, Fact fact) {
    for (Stated x : of(fa, fact)) {
      if (x.claim() != a || x.fact().admits(fact) && fact.admits(x.fact())) {
        continue;
      }
      for (Stated y : of(fb, fact)) {
        if (y.claim() == b && sameMeasure(x.fact(), y.fact()) && x.fact().admits(y.fact()) && y.fact().admits(x.fact())) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Stated> of(BusinessFunction function, Fact fact) {
    return byFunction.getOrDefault(function, Map.of()).getOrDefault(fact.attribute(), List.of());
  }

  private static boolean comparable(Fact a, Fact b) {
    return a.subjectFits(b) && sameMeasure(a, b);
  }

  private static boolean sameMeasure(Fact a, Fact b) {
    if (a.value() instanceof Money x && b.value() instanceof Money y) {
      return x.currency().equalsIgnoreCase(y.currency());
    }
    if (a.value() instanceof Measured x && b.value() instanceof Measured y) {
      return ValueConflicts.comparable(x.quantity(), y.quantity());
    }
    if (a.value() instanceof DateRef x && b.value() instanceof DateRef y) {
      return ValueConflicts.comparable(x, y);
    }
    return false;
  }
}
