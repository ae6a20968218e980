package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.DateRef;
import dev.launchlint.analyze.Money;
import dev.launchlint.compare.ValueConflicts.Measured;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.analyze.Quantity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Every value each function states in a kit, by attribute: what lets two differing values be
 * judged against the rest of the kit. A function that itself gives the other side's value in a
 * statement on the same matter ("$8 billed annually" beside "$10 billed monthly") tells that the
 * two values are of different plans, periods or cases; a function that gives one value only,
 * against another function's one value, disagrees with it. Thread-safe; immutable once built but for
 * the scopes of values it remembers ({@link #fact}).
 */
final class KitFacts {

  /** Similarity of wording from which another statement is taken to speak of the same matter. */
  static final double SAME_MATTER = 0.2;

  /** How close two claims of the kit are in wording, by their indices: 0 to 1. */
  @FunctionalInterface
  interface Similarity {
    double of(int a, int b);
  }

  /**
   * One value of one attribute as a function states it, wherever it stands, and a claim for each
   * way it is worded: every test of {@link #states} and {@link #only} reads a value but not its
   * place, and a claim's wording only through its similarity, the same for claims of one text,
   * aspect and named things. A large kit states its few values in thousands of claims, and each
   * disagreement asks about them.
   */
  private record Value(Fact fact, List<Integer> claims) {}

  /** Claims of one function worded the same: one similarity to any other claim. */
  private record Wording(BusinessFunction function, String text, String aspect, List<String> entities) {}

  private final Map<BusinessFunction, Map<String, Map<Fact, Value>>> byFunction = new EnumMap<>(BusinessFunction.class);
  /** Per value the wordings already listed, while the facts are built. */
  private final Map<Fact, Set<Wording>> worded = new HashMap<>();
  /** Every fact by the claim that states it, whatever it measures. */
  private final Map<Integer, List<Fact>> byClaim = new HashMap<>();
  private final Similarity similarity;
  private final Function<String, Set<String>> plans;

  private KitFacts(Similarity similarity, Function<String, Set<String>> plans) {
    this.similarity = similarity;
    this.plans = plans;
  }

  /** The scope of each value read so far, by its sentence ({@link Fact#of(Claim, Object, String, Map)}). */
  private final Map<Fact.ScopeKey, Fact.Scope> scopes = new ConcurrentHashMap<>();

  /** {@link Fact#of(Claim, Object, String)}, reading the scope of a value in a sentence once. */
  Fact fact(Claim claim, Object value, String written) {
    return Fact.of(claim, value, written, scopes);
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
      Map<String, Map<Fact, Value>> own = facts.byFunction.computeIfAbsent(c.function(), f -> new HashMap<>());
      Wording wording = new Wording(c.function(), c.text(), c.aspect(), c.attributes().entities());
      for (Money m : prices.apply(i)) {
        facts.add(own, m, placeless(m), wording, i);
      }
      for (Measured m : figures.apply(i)) {
        facts.add(own, m, placeless(m), wording, i);
      }
      for (DateRef d : c.attributes().dates()) {
        if (!d.relative()) {
          facts.add(own, d, placeless(d), wording, i);
        }
      }
    }
    facts.worded.clear();
    return facts;
  }

  private void add(Map<String, Map<Fact, Value>> own, Object value, Object placeless, Wording wording, int claim) {
    Fact f = Fact.bare(value);
    Fact key = Fact.bare(placeless);
    Value v = own.computeIfAbsent(f.attribute(), k -> new LinkedHashMap<>())
        .computeIfAbsent(key, k -> new Value(key, new ArrayList<>()));
    if (worded.computeIfAbsent(key, k -> new HashSet<>()).add(wording)) {
      v.claims().add(claim);
    }
    byClaim.computeIfAbsent(claim, k -> new ArrayList<>()).add(f);
  }

  /** A value without its place in the document: what {@link ValueConflicts} reads of it. */
  private static Money placeless(Money m) {
    return new Money(m.currency(), m.amount(), m.upper(), m.per(), m.period(), m.plan(), m.bound(), 0, 0, m.text(),
        m.billing(), m.role());
  }

  private static Measured placeless(Measured m) {
    Quantity q = m.quantity();
    return new Measured(new Quantity(q.value(), q.upper(), q.dimension(), q.unit(), q.bound(), 0, 0, q.text()),
        m.what(), m.plan());
  }

  private static DateRef placeless(DateRef d) {
    return new DateRef(d.year(), d.quarter(), d.month(), d.day(), d.relative(), 0, 0, d.text());
  }

  /**
   * Whether {@code function} gives {@code fact}'s value itself ({@link Fact#gives}) in a statement on
   * the same matter as the claims {@code a} and {@code b} that disagree over it. When the
   * disagreement names a plan on both sides ({@code subject}), only statements of that plan count.
   */
  boolean states(BusinessFunction function, Fact fact, String subject, int a, int b) {
    for (Value v : of(function, fact)) {
      if (!sameMeasure(v.fact(), fact) || !v.fact().gives(fact)) {
        continue;
      }
      for (int claim : v.claims()) {
        double near = a < 0 ? 1 : Math.max(similarity.of(claim, a), similarity.of(claim, b));
        // A statement that names no plan speaks of the disagreement's plan only when it is worded
        // nearly as the disagreeing ones are (a row of the same table); one that names another
        // plan speaks of that plan.
        boolean ofSubject = subject == null || subject.equals(v.fact().subject())
            || v.fact().subject() == null && near >= Disagreements.NEAR_PARAPHRASE;
        if (ofSubject && near >= SAME_MATTER) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether every value {@code function} states of {@code fact}'s attribute and subject admits
   * {@code fact}'s: the function gives that one value only.
   */
  boolean only(BusinessFunction function, Fact fact) {
    for (Value v : of(function, fact)) {
      if (comparable(v.fact(), fact) && !v.fact().admits(fact)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the claims {@code a} and {@code b} both give one value measured as {@code fact} is
   * (whatever it is of): two statements that agree on one figure and differ on another
   * list figures of different things ("creators keep 70% ... and 100% of sponsorships" against
   * "creators keep 70% and Wavelength keeps 30%").
   */
  boolean agreeElsewhere(int a, int b, Fact fact) {
    for (Fact x : byClaim.getOrDefault(a, List.of())) {
      if (!sameMeasure(x, fact) || x.admits(fact) && fact.admits(x)) {
        continue;
      }
      for (Fact y : byClaim.getOrDefault(b, List.of())) {
        if (sameMeasure(x, y) && x.admits(y) && y.admits(x)) {
          return true;
        }
      }
    }
    return false;
  }

  private Collection<Value> of(BusinessFunction function, Fact fact) {
    return byFunction.getOrDefault(function, Map.of()).getOrDefault(fact.attribute(), Map.of()).values();
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
