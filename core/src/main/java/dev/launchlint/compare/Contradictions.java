package dev.launchlint.compare;

import dev.launchlint.analyze.Attributes;
import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.compare.ValueConflicts.Conflict;
import dev.launchlint.compare.ValueConflicts.Measured;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Contradictions: aligned claims (of two functions, or of two documents of one function) whose
 * values cannot both be true. Stateless apart from the claims it marks as contradicted.
 */
final class Contradictions {

  /** Similarity two claims of one aspect need before their values are compared. */
  static final double SAME_ASPECT = 0.15;
  /** Similarity two claims without a common aspect key need. */
  static final double NO_ASPECT = 0.35;
  /** Similarity for word-level conflicts (supported vs not, stage of a feature). */
  static final double SAME_SUBJECT = 0.30;
  /** Similarity for release stages and dates of one feature when no named thing is shared. */
  static final double STAGE_SUBJECT = 0.45;
  /** Similarity of claims that say nearly the same thing. */
  static final double NEAR_SAME = 0.40;
  /** Similarity two documents of one function need: they repeat each other more than functions do. */
  static final double SAME_FUNCTION = 0.35;
  /** Similarity needed when one claim names a plan and the other none in a kit of several plans. */
  static final double PLAN_UNCLEAR = 0.45;

  /** "Twenty new connectors" counts an increment, not the total that "150 connectors" states. */
  private static final Pattern INCREMENT = Pattern.compile("^\\s*(new|additional|more|extra|other|further)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern FORMER = Pattern.compile(
      "\\b(?:up from|down from|increased from|raised from|reduced from|was|were|previously|formerly|before)\\s*$",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern UNLIMITED = Pattern.compile("\\bunlimited\\b|\\bno limits?\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> CUSTOMER_VISIBLE = Set.of(
      "price", "pricing", "cost", "discount", "trial", "refund", "uptime", "sla", "availability",
      "limit", "limits", "quota", "storage", "seats", "users", "security", "compliance", "certification",
      "encryption", "data-residency", "residency", "privacy", "release", "launch", "launch-date",
      "release-date", "release-stage", "stage", "ga", "support", "support-hours", "response-time",
      "retention", "backup", "recovery", "rpo", "rto", "plan", "plans");

  private Contradictions() {}

  /**
   * Whether a claim states anything another could contradict: a price, a figure, a date, a
   * release stage, a certification, "unlimited", or a named thing (supported or not). Every test
   * of {@link #conflict} needs one of these on both sides.
   */
  static boolean mayConflict(Claim c) {
    Attributes a = c.attributes();
    return !a.prices().isEmpty() || !a.quantities().isEmpty() || !a.dates().isEmpty() || a.stage() != null
        || !a.entities().isEmpty() || c.type() == ClaimType.COMPLIANCE || unlimited(c);
  }

  private static boolean unlimited(Claim c) {
    return UNLIMITED.matcher(c.text()).find() || c.attributes().absolutes().contains("unlimited");
  }

  /** A contradiction candidate with how well its claims align, so the best pair per conflict wins. */
  private record Candidate(Disagreement found, int[] left, int[] right) {}

  /** Statements whose pairs are tested before their conflicts are merged. */
  private static final int CHUNK = 2048;

  static List<Finding> find(ClaimIndex index, KitView view, Set<Integer> contradicted) {
    List<Claim> claims = index.claims();
    PerClaim per = new PerClaim(new Plans(view, claims), view, index);
    List<List<int[]>> variants = Spread.indices(index.statements())
        .mapToObj(s -> per.variants(index.members(s)))
        .toList();
    // The pairs of each statement are tested apart, spread over the audit's threads, and their
    // conflicts merged in statement order: the same findings whatever the timing. A chunk of
    // statements at a time, so that a large kit's candidate conflicts (hundreds of thousands, a
    // few findings once merged) are never all held at once.
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (int from = 0; from < index.statements(); from += CHUNK) {
      int first = from;
      List<List<Candidate>> found = Spread.indices(Math.min(CHUNK, index.statements() - from))
          .mapToObj(k -> conflictsOf(index, per, variants, first + k))
          .toList();
      for (List<Candidate> ofStatement : found) {
        for (Candidate c : ofStatement) {
          best.merge(dedupKey(c.found), c,
              (prev, next) -> next.found.similarity() > prev.found.similarity() ? next : prev);
        }
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Candidate c : best.values()) {
      // Only the best pair of each conflict is quoted: building evidence for every candidate
      // pair (thousands in a large kit) was most of the comparator's time.
      out.add(c.found);
      for (int i : c.left) {
        contradicted.add(i);
      }
      for (int i : c.right) {
        contradicted.add(i);
      }
    }
    return Disagreements.findings(out, KitFacts.of(claims, per::withPlans, per::measured, index::similarity, per.plans::in));
  }

  /**
   * One disagreement per aspect, functions and pair of values, also within one function: the
   * same two figures in ten documents are one thing to fix, not forty-five pairs to read.
   */
  private static String dedupKey(Disagreement d) {
    List<BusinessFunction> functions = List.of(d.x().function(), d.y().function());
    String values = List.of(norm(d.vx()), norm(d.vy())).stream().sorted().toList().toString();
    return d.aspect().toLowerCase(Locale.ROOT) + "|" + functions + "|" + values;
  }

  /**
   * The conflicts of statement {@code s}: among its own variants (one sentence under two plans),
   * then with its candidate statements, in candidate order. Every claim of a variant reads the
   * same to the pair tests, so one pair of claims stands for all of two variants' pairs.
   */
  private static List<Candidate> conflictsOf(ClaimIndex index, PerClaim per, List<List<int[]>> variants, int s) {
    List<Candidate> out = new ArrayList<>(0);
    List<int[]> own = variants.get(s);
    for (int v = 0; v < own.size(); v++) {
      for (int w = v + 1; w < own.size(); w++) {
        test(index, per, own.get(v), own.get(w)).ifPresent(out::add);
      }
    }
    for (int t : index.candidateStatements(s)) {
      // Each pair of statements once, where it is first met.
      if (t < s && index.isCandidate(t, s)) {
        continue;
      }
      for (int[] v : own) {
        for (int[] w : variants.get(t)) {
          test(index, per, v, w).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** The pair test of two variants, on their first claims that stand in comparable places. */
  private static Optional<Candidate> test(ClaimIndex index, PerClaim per, int[] v, int[] w) {
    for (int a : v) {
      for (int b : w) {
        Claim x = index.claim(a);
        Claim y = index.claim(b);
        if (!comparablePlaces(x, y)) {
          continue;
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        double sim = index.similarity(lo, hi);
        if (x.function() == y.function() && sim < SAME_FUNCTION) {
          return Optional.empty();
        }
        Claim first = index.claim(lo);
        Claim second = index.claim(hi);
        return conflict(index, per, first, second, lo, hi, sim)
            .map(c -> new Candidate(c.at(sim, c.x() == first ? lo : hi, c.x() == first ? hi : lo),
                lo == a ? v : w, lo == a ? w : v));
      }
    }
    return Optional.empty();
  }

  /**
   * What the pair tests need of one claim, computed once per claim rather than once per pair: a
   * claim meets up to {@link ClaimIndex#CANDIDATES} others and each would otherwise rescan its
   * unit for plan names and rebuild its prices and quantities. Filled before the pairs are
   * tested and only read after, so the pair tests may share it across threads.
   */
  private record Subject(BusinessFunction function, String aspect) {}

  private static final class PerClaim {
    final Plans plans;
    private final List<Claim> claims;
    private final ClaimIndex index;
    private final List<Set<String>> plansIn;
    private final List<List<Money>> withPlans;
    private final List<List<Measured>> measured;
    private final List<Set<String>> staged;
    /** The figures each function states on each aspect, each figure once. */
    private final Map<Subject, FigureIndex> figures = new HashMap<>();
    private final boolean[] unlimited;
    private final boolean[] pending;
    private final String[] rowKeys;
    private final List<Said> said;
    private final List<List<Measured>> planCounts;

    PerClaim(Plans plans, KitView view, ClaimIndex index) {
      List<Claim> claims = index.claims();
      this.plans = plans;
      this.claims = claims;
      this.index = index;
      this.plansIn = Spread.indices(claims.size()).mapToObj(i -> plans.in(claims.get(i).unitText())).toList();
      this.withPlans = Spread.indices(claims.size())
          .mapToObj(i -> Contradictions.withPlans(plans, view, claims.get(i))).toList();
      this.measured = Spread.indices(claims.size())
          .mapToObj(i -> Contradictions.measured(plans, view, claims.get(i), absolute(claims.get(i)))).toList();
      this.rowKeys = Spread.indices(claims.size()).mapToObj(i -> rowKey(claims.get(i))).toArray(String[]::new);
      this.planCounts = Spread.indices(claims.size()).mapToObj(i -> Contradictions.planCounts(measured.get(i))).toList();
      this.said = Spread.indices(index.statements()).mapToObj(s -> Said.of(claims.get(index.members(s)[0]))).toList();
      // What the words alone say, once per statement.
      this.staged = Spread.indices(index.statements())
          .mapToObj(s -> stagedEntities(claims.get(index.members(s)[0]))).toList();
      this.unlimited = new boolean[index.statements()];
      this.pending = new boolean[index.statements()];
      Spread.indices(index.statements()).forEach(s -> {
        Claim c = claims.get(index.members(s)[0]);
        unlimited[s] = Contradictions.unlimited(c);
        pending[s] = Contradictions.pending(c);
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
      List<Object> prices = withPlans.get(i).stream()
          .map(m -> List.of(m.currency(), m.amount(), String.valueOf(m.upper()), String.valueOf(m.per()),
              String.valueOf(m.period()), String.valueOf(m.plan()), m.bound(), m.text(), String.valueOf(m.billing())))
          .collect(java.util.stream.Collectors.toList());
      List<Object> figures = measured.get(i).stream().map(PerClaim::figure)
          .collect(java.util.stream.Collectors.toList());
      List<Object> quantities = c.attributes().quantities().stream().map(PerClaim::figure)
          .collect(java.util.stream.Collectors.toList());
      return List.of(c.type(), rowKeys[i], plansIn.get(i), prices, figures, quantities);
    }

    /** A figure with what it measures and its plan, wherever it stands. */
    private static List<Object> figure(Measured m) {
      return List.of(figure(m.quantity()), m.what(), String.valueOf(m.plan()));
    }

    private static List<Object> figure(Quantity q) {
      return List.of(q.value(), String.valueOf(q.upper()), q.dimension(), q.unit(), q.bound(), q.text());
    }

    /** The named things of the clause that states the claim's release stage ({@link #stagedEntities}). */
    Set<String> staged(int i) {
      return staged.get(index.statementOf(i));
    }

    boolean unlimited(int i) {
      return unlimited[index.statementOf(i)];
    }

    /** What the claim's words say of its named things ({@link Said}). */
    Said said(int i) {
      return said.get(index.statementOf(i));
    }

    /** The claim's counts of a named unit for a named plan ({@link Contradictions#planCounts}). */
    List<Measured> planCounts(int i) {
      return planCounts.get(i);
    }

    /** Whether the claim says its certification or feature is not there yet ({@link Contradictions#pending(Claim)}). */
    boolean pending(int i) {
      return pending[index.statementOf(i)];
    }

    Set<String> in(int i) {
      return plansIn.get(i);
    }

    List<Money> withPlans(int i) {
      return withPlans.get(i);
    }

    /** The claim's totals with what each measures. */
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

  /** The claim's totals with what each measures and the plan each belongs to. */
  private static List<Measured> measured(Plans plans, KitView view, Claim c, List<Quantity> totals) {
    String text = c.text();
    List<Measured> out = new ArrayList<>();
    for (Quantity q : totals) {
      q = countedByColumn(view, c, q);
      String in = text.contains(q.text()) ? text : c.unitText();
      out.add(new Measured(q, Qualifiers.of(in, q), plans.before(in, in.indexOf(q.text()), c.unitText())));
    }
    return List.copyOf(out);
  }

  /** A column header's counted noun: "Responses per month" and "Monthly responses" count responses. */
  private static final Pattern HEADER_NOUN = Pattern.compile("^(?:[\\p{L}-]+\\s+)*?([\\p{L}-]+)(?:\\s*(?:per|a|/)\\s.*)?$");

  /**
   * A bare number in a table cell ("Business | unlimited | 25,000") counts what its column header
   * names: without it the cell would be a count of nothing and compare with no other figure.
   */
  private static Quantity countedByColumn(KitView view, Claim c, Quantity q) {
    if (!"count".equals(q.dimension()) || !q.unit().isEmpty()) {
      return q;
    }
    String header = view.columnHeader(c, q.text());
    if (header == null) {
      return q;
    }
    var m = HEADER_NOUN.matcher(header.strip());
    if (!m.matches() || m.group(1).length() < 3) {
      return q;
    }
    return new Quantity(q.value(), q.upper(), q.dimension(), ValueConflicts.singular(m.group(1)), q.bound(),
        q.start(), q.end(), q.text());
  }

  private static final Pattern ROW_KEY_NOISE = Pattern.compile("\\b(plan|tier|edition|package)s?\\b|[^\\p{L}\\p{N}]+",
      Pattern.CASE_INSENSITIVE);

  /** The first cell of a table row as a key ("Team plan |" and "team |" meet), empty elsewhere. */
  private static String rowKey(Claim c) {
    int bar = c.unitText().indexOf(" | ");
    return bar < 0 ? "" : ROW_KEY_NOISE.matcher(c.unitText().substring(0, bar)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** Claims of two functions, or of two documents of one function; never two claims of one unit. */
  private static boolean comparablePlaces(Claim x, Claim y) {
    if (x.function() != y.function()) {
      return true;
    }
    return !x.path().equals(y.path());
  }

  private static Optional<Disagreement> conflict(ClaimIndex index, PerClaim per, Claim x, Claim y, int a, int b,
      double sim) {
    return conflictOnAspect(index, per, x, y, a, b, sim).or(() -> aboutNamedThing(index, per, x, y, a, b, sim))
        .or(() -> samePlanFigures(index, per, x, y, a, b));
  }

  /**
   * Two counts of one named thing for one plan ("Team 20 concurrent jobs 25,000 Linux minutes"
   * against "Team $400 per month 30,000 Linux minutes per month"): the plan and the unit are the
   * subject, so the aspect keys (limits in one table, prices in the other) and the wording of the
   * rest of the row do not matter.
   */
  private static Optional<Disagreement> samePlanFigures(ClaimIndex index, PerClaim per, Claim x, Claim y, int a, int b) {
    if (x.function() == y.function() || per.planCounts(a).isEmpty() || per.planCounts(b).isEmpty()
        || per.otherRows(a, b)) {
      return Optional.empty();
    }
    List<Measured> xs = per.planCounts(a);
    List<Measured> ys = per.planCounts(b);
    Optional<Conflict> values = ValueConflicts.measured(xs, ys)
        .filter(c -> !statedByBoth(per, x, y, a, b, c));
    return values.map(c -> found(x, y, aspectLabel(index, x, y, a, b), c));
  }

  /** The counts of a named unit ("25,000 Linux minutes", not "25,000") that belong to a named plan. */
  private static List<Measured> planCounts(List<Measured> figures) {
    return figures.stream()
        .filter(m -> m.plan() != null && "count".equals(m.quantity().dimension()) && !m.quantity().unit().isEmpty())
        .toList();
  }

  /**
   * What a claim's words say of its named things, read once per statement rather than once per
   * pair: its version floors by named thing, "... plan only", "every plan", the named things it
   * denies.
   */
  private record Said(Map<String, String> floors, String planOnly, String everyPlan, Set<String> denied) {
    static Said of(Claim c) {
      if (c.attributes().entities().isEmpty()) {
        return new Said(Map.of(), null, null, Set.of());
      }
      var only = PLAN_ONLY.matcher(c.text());
      var every = EVERY_PLAN.matcher(c.text());
      return new Said(versionFloors(c), only.find() ? only.group() : null, every.find() ? every.group() : null,
          c.attributes().negated() ? entitiesInClause(c, DENIAL) : Set.of());
    }
  }

  private static Optional<Disagreement> conflictOnAspect(ClaimIndex index, PerClaim per, Claim x, Claim y, int a, int b,
      double sim) {
    Plans plans = per.plans;
    boolean sameAspect = x.aspect() != null && x.aspect().equalsIgnoreCase(y.aspect() == null ? "" : y.aspect());
    boolean differentAspects = x.aspect() != null && y.aspect() != null && !sameAspect;
    if (differentAspects) {
      return Optional.empty();
    }
    boolean sharedEntity = x.attributes().entities().stream().anyMatch(y.attributes().entities()::contains);
    // Below the lowest threshold only two certifications of one named thing can still conflict.
    if (sim < SAME_ASPECT && !certification(x, y, sharedEntity, sameAspect, sim)) {
      return Optional.empty();
    }
    // Named only for a conflict: most pairs have none.
    Supplier<String> aspect = () -> aspectLabel(index, x, y, a, b);

    Set<String> plansX = per.in(a);
    Set<String> plansY = per.in(b);
    boolean otherPlans = !plansX.isEmpty() && !plansY.isEmpty() && plansX.stream().noneMatch(plansY::contains);
    boolean planUnclear = plans.several() && plansX.isEmpty() != plansY.isEmpty() && sim < PLAN_UNCLEAR;
    boolean samePlan = !plansX.isEmpty() && plansX.equals(plansY);
    // Counting the same thing ("up to 4 participants", "up to 8 participants") is a subject too.
    boolean sameCount = x.attributes().quantities().stream().anyMatch(q -> "count".equals(q.dimension())
        && y.attributes().quantities().stream().anyMatch(r -> "count".equals(r.dimension())
            && ValueConflicts.singular(q.unit()).equals(ValueConflicts.singular(r.unit()))));
    boolean aligned = sameAspect ? sim >= SAME_ASPECT
        : (sameCount || samePlan) && sim >= SAME_ASPECT
            || sim >= NO_ASPECT && index.sharedWords(a, b) >= 2;
    if (aligned && !per.otherRows(a, b)) {
      Optional<Conflict> values = ValueConflicts.prices(per.withPlans(a), per.withPlans(b));
      if (values.isEmpty() && !otherPlans && !planUnclear) {
        values = ValueConflicts.measured(per.measured(a), per.measured(b));
        if (values.isPresent() && x.function() != y.function() && statedByBoth(per, x, y, a, b, values.get())) {
          values = Optional.empty();
        }
      }
      if (values.isEmpty() && (sim >= STAGE_SUBJECT || sharedEntity && sim >= SAME_SUBJECT)) {
        if (sameStagedSubject(per.staged(a), per.staged(b))) {
          values = ValueConflicts.stages(x.attributes().stage(), y.attributes().stage());
        }
        if (values.isEmpty()) {
          values = ValueConflicts.dates(x.attributes().dates(), y.attributes().dates());
        }
      }
      if (values.isPresent()) {
        Conflict c = values.get();
        return Optional.of(found(x, y, aspect.get(), c));
      }
    }
    // Certified against in progress.
    if (certification(x, y, sharedEntity, sameAspect, sim)) {
      boolean xPending = per.pending(a);
      boolean yPending = per.pending(b);
      if (xPending != yPending && !x.attributes().negated() && !y.attributes().negated()) {
        String px = xPending ? ValueConflicts.inProgressPhrase(x.text()).orElse("in progress") : "certified";
        String py = yPending ? ValueConflicts.inProgressPhrase(y.text()).orElse("in progress") : "certified";
        return Optional.of(found(x, y, aspect.get(), px, py, "certification",
            () -> xPending ? px : entityIn(x), () -> yPending ? py : entityIn(y)));
      }
    }
    boolean subject = (sameAspect && sim >= SAME_SUBJECT) || (sharedEntity && sim >= SAME_SUBJECT)
        || sim >= 0.55;
    if (!subject) {
      return Optional.empty();
    }
    // Limits against "unlimited".
    Optional<Disagreement> limit = unlimited(x, y, per.unlimited(a), per.unlimited(b), aspect);
    if (limit.isPresent()) {
      return limit;
    }
    // Supported against not supported: about one named thing, or said in nearly the same words.
    // What is only planned ("Microsoft Teams | Planned for Q3 2027") is not supported yet either.
    boolean absentX = x.attributes().negated() || planned(x, per.staged(a), y);
    boolean absentY = y.attributes().negated() || planned(y, per.staged(b), x);
    boolean plannedOnly = absentX != absentY && (planned(x, per.staged(a), y) || planned(y, per.staged(b), x));
    if (absentX != absentY && !(plannedOnly && hasDate(absentX ? y : x)) && wordClaim(x) && wordClaim(y)
        && x.function() != y.function() && sharedEntity && sim >= NEAR_SAME) {
      String sx = absentX ? "not supported" : "supported";
      String sy = absentY ? "not supported" : "supported";
      return Optional.of(found(x, y, aspect.get(), sx, sy, "support", () -> entityIn(x), () -> entityIn(y)));
    }
    return Optional.empty();
  }

  /**
   * Words that deny a named thing is there ("BigCommerce is not supported", "not FedRAMP
   * authorized", "incompatible with"), as against a "not" that only limits what the thing does
   * ("Click Check cannot rewrite links inside encrypted PDFs") or describes something else.
   */
  private static final Pattern DENIAL = Pattern.compile(
      "\\b(?:not|never|n't)\\s+(?:[\\p{L}\\p{N}-]+\\s+)?(?:supported|available|compatible|certified|authori[sz]ed"
          + "|compliant|offered|included|integrated|part of)\\b|\\b(?:does|do|did)(?:\\s+not|n't)\\s+support\\b"
          + "|\\bunsupported\\b|\\bincompatible\\b", Pattern.CASE_INSENSITIVE);

  /**
   * What one function says of a named thing that another states otherwise: its oldest supported
   * version, that it is the only one, that it comes on one plan only, its release stage, or that it
   * is not there. The aspect keys and the wording of the two claims often differ here ("The
   * athenahealth integration is generally available" against "athenahealth: beta with five pilot
   * clinics"; "BigCommerce is not supported in 2.0" against "runs on Shopify Plus, WooCommerce and
   * BigCommerce"), so the subject is the shared named thing, not the aspect.
   */
  private static Optional<Disagreement> aboutNamedThing(ClaimIndex index, PerClaim per, Claim x, Claim y, int a, int b,
      double sim) {
    if (x.function() == y.function() || sim < SAME_ASPECT
        || x.attributes().entities().stream().noneMatch(y.attributes().entities()::contains)) {
      return Optional.empty();
    }
    Set<String> shared = new java.util.LinkedHashSet<>(x.attributes().entities());
    shared.retainAll(y.attributes().entities());
    Supplier<String> aspect = () -> aspectLabel(index, x, y, a, b);
    // Two oldest supported versions of one platform ("iOS 15 or later" against "iOS 16 and later").
    Map<String, String> floorsX = per.said(a).floors();
    if (!floorsX.isEmpty()) {
      Map<String, String> floorsY = per.said(b).floors();
      for (String e : shared) {
        String vx = floorsX.get(e);
        String vy = floorsY.get(e);
        if (vx != null && vy != null && !vx.equals(vy)) {
          String lx = floorText(x, e);
          String ly = floorText(y, e);
          return Optional.of(found(x, y, e, lx, ly, "version", () -> lx, () -> ly));
        }
      }
    }
    // One claim limits something to a named thing, the other lists a second one beside it.
    if (sim >= NEAR_SAME && !x.attributes().negated() && !y.attributes().negated()) {
      Optional<Disagreement> only = onlyAgainstList(x, y, shared, aspect);
      if (only.isEmpty()) {
        only = onlyAgainstList(y, x, shared, aspect);
      }
      if (only.isPresent()) {
        return only;
      }
    }
    // Offered on one plan only against offered on every plan.
    Optional<Disagreement> plans = onePlanAgainstAll(per, x, y, a, b, aspect);
    if (plans.isPresent()) {
      return plans;
    }
    // Two release stages of one thing: at least one claim names it in its stage clause, and the
    // other does not put its stage on something else.
    Set<String> sx = per.staged(a);
    Set<String> sy = per.staged(b);
    if ((sx.stream().anyMatch(shared::contains) || sy.stream().anyMatch(shared::contains))
        && sameStagedSubject(sx, sy)) {
      Optional<Conflict> stage = ValueConflicts.stages(x.attributes().stage(), y.attributes().stage());
      // Only the stage of something that ships: a planned thing against a live one is the
      // "not supported yet" of conflictOnAspect, which would report it a second time here.
      boolean planned = x.attributes().stage() == dev.launchlint.analyze.ReleaseStage.ROADMAP
          || y.attributes().stage() == dev.launchlint.analyze.ReleaseStage.ROADMAP;
      if (stage.isPresent() && !planned) {
        Conflict c = stage.get();
        return Optional.of(found(x, y, aspect.get(), c));
      }
    }
    // Denied against stated as there, now: a later date or a plan on the stating side agrees.
    if (x.attributes().negated() == y.attributes().negated() || !wordClaim(x) || !wordClaim(y)) {
      return Optional.empty();
    }
    Claim no = x.attributes().negated() ? x : y;
    Claim yes = no == x ? y : x;
    Set<String> denied = per.said(no == x ? a : b).denied();
    if (denied.stream().noneMatch(shared::contains) || hasDate(yes) || pending(yes)
        || yes.attributes().stage() != null && yes.attributes().stage() != dev.launchlint.analyze.ReleaseStage.GA) {
      return Optional.empty();
    }
    boolean certified = x.type() == ClaimType.COMPLIANCE && y.type() == ClaimType.COMPLIANCE;
    String vx = no == x ? (certified ? "not certified" : "not supported") : (certified ? "certified" : "supported");
    String vy = no == y ? (certified ? "not certified" : "not supported") : (certified ? "certified" : "supported");
    return Optional.of(found(x, y, aspect.get(), vx, vy, certified ? "certification" : "support",
        () -> entityIn(x), () -> entityIn(y)));
  }

  /**
   * "Hosted in the US only" against "hosted in Canada or the US": the second names, in one list
   * with the first's only thing, another the first leaves out.
   */
  private static Optional<Disagreement> onlyAgainstList(Claim limited, Claim listing, Set<String> shared,
      Supplier<String> aspect) {
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
          return Optional.of(found(limited, listing, aspect.get(), said, list, "availability", () -> said, () -> list));
        }
      }
    }
    return Optional.empty();
  }

  private static final Pattern PLAN_ONLY = Pattern.compile(
      "\\b(?:plans?|tiers?|editions?)\\s+only\\b|\\bonly\\s+(?:on|in|with)\\s+(?:the\\s+)?\\p{L}+\\s+(?:plans?|tiers?|editions?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EVERY_PLAN = Pattern.compile(
      "\\b(?:every|all|any|each)\\s+(?:of\\s+our\\s+|our\\s+)?(?:plans?|tiers?|editions?)\\b|\\bon\\s+all\\s+plans\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * "Offered on the Enterprise plan only" against "HIPAA-ready on every plan, Starter included":
   * one thing (the shared name) limited to named plans by one function and to none by the other.
   */
  private static Optional<Disagreement> onePlanAgainstAll(PerClaim per, Claim x, Claim y, int a, int b,
      Supplier<String> aspect) {
    Said sx = per.said(a);
    Said sy = per.said(b);
    if (sx.planOnly() != null && !per.in(a).isEmpty() && sy.everyPlan() != null) {
      return Optional.of(found(x, y, aspect.get(), sx.planOnly(), sy.everyPlan(), "plan", sx::planOnly, sy::everyPlan));
    }
    if (sy.planOnly() != null && !per.in(b).isEmpty() && sx.everyPlan() != null) {
      return Optional.of(found(x, y, aspect.get(), sx.everyPlan(), sy.planOnly(), "plan", sx::everyPlan, sy::planOnly));
    }
    return Optional.empty();
  }

  /** A platform's oldest supported version: "iOS 15 or later", "Android 10+", "macOS 13 and above". */
  private static final Pattern VERSION_FLOOR = Pattern.compile(
      "\\b(\\p{L}[\\p{L}\\p{N}]*)\\s+v?(\\d+(?:\\.\\d+)*)\\s*(?:\\+|(?:or|and)\\s+(?:later|above|newer|higher)\\b)",
      Pattern.CASE_INSENSITIVE);

  /** The version floors a claim states, by the named thing they belong to ("15" and "15.0" are one). */
  private static Map<String, String> versionFloors(Claim c) {
    Map<String, String> out = new HashMap<>();
    var m = VERSION_FLOOR.matcher(c.text());
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (c.attributes().entities().contains(name)) {
        out.putIfAbsent(name, m.group(2).replaceAll("(\\.0+)+$", ""));
      }
    }
    return out;
  }

  /** The words that state the floor of {@code entity} in the claim, as quoted evidence. */
  private static String floorText(Claim c, String entity) {
    var m = VERSION_FLOOR.matcher(c.text());
    while (m.find()) {
      if (m.group(1).equalsIgnoreCase(entity)) {
        return m.group();
      }
    }
    return entity;
  }

  /** Whether either function also states the figure the other is said to contradict. */
  private static boolean statedByBoth(PerClaim per, Claim x, Claim y, int a, int b, Conflict c) {
    Optional<Measured> left = per.measured(a).stream().filter(m -> m.quantity().text().equals(c.left())).findFirst();
    Optional<Measured> right = per.measured(b).stream().filter(m -> m.quantity().text().equals(c.right())).findFirst();
    return left.isPresent() && per.states(y.function(), y.aspect(), left.get())
        || right.isPresent() && per.states(x.function(), x.aspect(), right.get());
  }

  /** The claim's prices with their plans resolved, and the unit and period a bare table cell's column gives. */
  private static List<Money> withPlans(Plans plans, KitView view, Claim c) {
    List<Money> out = new ArrayList<>();
    for (Money m : c.attributes().prices()) {
      if (former(c.unitText(), c.unitText().indexOf(m.text()))) {
        continue;
      }
      String per = m.per();
      String period = m.period();
      if (per == null && period == null) {
        String header = view.columnHeader(c, m.text());
        if (header != null) {
          period = headerPeriod(header);
          per = headerPer(header);
        }
      }
      out.add(new Money(m.currency(), m.amount(), m.upper(), per, period, plans.of(m, c), m.bound(),
          m.start(), m.end(), m.text(), m.billing()));
    }
    return out;
  }

  private static final Pattern HEADER_PERIOD = Pattern.compile(
      "\\b(?:per|a|an|/)\\s*(month|mo|year|yr|annum|week|day|quarter)\\b|\\b(monthly|yearly|annual|annually|weekly|daily)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_PER = Pattern.compile("\\bper\\s+(?!month|mo\\b|year|yr\\b|annum|week|day|quarter)(\\p{L}+)",
      Pattern.CASE_INSENSITIVE);

  /** "Price per editor per month" prices by the month; "Annual price" by the year. */
  static String headerPeriod(String header) {
    var m = HEADER_PERIOD.matcher(header);
    if (!m.find()) {
      return null;
    }
    String p = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
    return switch (p) {
      case "month", "mo", "monthly" -> "month";
      case "year", "yr", "annum", "yearly", "annual", "annually" -> "year";
      case "week", "weekly" -> "week";
      case "day", "daily" -> "day";
      default -> "quarter";
    };
  }

  /** "Price per editor per month" prices per editor. */
  static String headerPer(String header) {
    var m = HEADER_PER.matcher(header);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Digits grouped the way telephone numbers are written: "+1 612 555 0177", "(612) 555-0190". */
  private static final Pattern PHONE = Pattern.compile("(?:\\+\\d{1,3}[\\s.-]?)?\\(?\\d{2,4}\\)?(?:[\\s.-]\\d{2,4}){2,3}");

  /** Whether the number at {@code at} is part of a telephone number, which measures nothing. */
  static boolean inPhoneNumber(String text, int at, String number) {
    if (at < 0) {
      return false;
    }
    // A telephone number is made of digits, "+", "()", ".", "-" and spaces only, so the match that
    // holds the number lies in the run of such characters around it, and scanning that run finds
    // the matches a scan of the whole unit would: once per claim, a whole-unit scan was quadratic.
    int from = at;
    while (from > 0 && phoneChar(text.charAt(from - 1))) {
      from--;
    }
    int to = at;
    while (to < text.length() && phoneChar(text.charAt(to))) {
      to++;
    }
    if (to < at + number.length()) {
      return false;
    }
    var m = PHONE.matcher(text).region(from, to);
    while (m.find()) {
      if (m.start() <= at && at + number.length() <= m.end() && m.group().replaceAll("\\D", "").length() >= 7) {
        return true;
      }
    }
    return false;
  }

  private static boolean phoneChar(char c) {
    return c >= '0' && c <= '9' || c == '+' || c == '(' || c == ')' || c == '.' || c == '-' || Character.isWhitespace(c);
  }

  /** Whether the value at {@code at} of {@code text} is a former one ("up from $5,000", "(was 30 days)"). */
  static boolean former(String text, int at) {
    if (at < 0) {
      return false;
    }
    return FORMER.matcher(text.substring(Math.max(0, at - 16), at)).find();
  }

  /** The claim's quantities that state a total, not an increment, and not a former value. */
  private static List<Quantity> absolute(Claim c) {
    String text = c.unitText();
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : c.attributes().quantities()) {
      int at = text.indexOf(q.text());
      // INCREMENT reads only the word after the figure: a short window, not the rest of the unit
      String after = at < 0 ? "" : text.substring(at + q.text().length(),
          Math.min(text.length(), at + q.text().length() + 64));
      String within = q.text().replaceFirst("^\\S+", "");
      if (!INCREMENT.matcher(after).find() && !INCREMENT.matcher(within).find() && !former(text, at)
          && !inPhoneNumber(text, at, q.text())) {
        out.add(q);
      }
    }
    return out;
  }

  private static Optional<Disagreement> unlimited(Claim x, Claim y, boolean xu, boolean yu, Supplier<String> aspect) {
    if (xu == yu) {
      return Optional.empty();
    }
    Claim limited = xu ? y : x;
    Optional<Quantity> cap = limited.attributes().quantities().stream()
        .filter(q -> !"percent".equals(q.dimension()) && !"multiplier".equals(q.dimension()))
        .findFirst();
    if (cap.isEmpty()) {
      return Optional.empty();
    }
    String capText = cap.get().text();
    Claim open = xu ? x : y;
    String word = unlimitedWord(open.text());
    return Optional.of(xu
        ? found(x, y, aspect.get(), word, capText, "limit", () -> word, () -> capText)
        : found(x, y, aspect.get(), capText, word, "limit", () -> capText, () -> word));
  }

  private static String unlimitedWord(String text) {
    var m = UNLIMITED.matcher(text);
    return m.find() ? m.group() : "unlimited";
  }

  /** Two compliance claims about one certification: a shared name, or one aspect and close wording. */
  private static boolean certification(Claim x, Claim y, boolean sharedEntity, boolean sameAspect, double sim) {
    boolean typed = x.type() == ClaimType.COMPLIANCE && y.type() == ClaimType.COMPLIANCE;
    return typed && (sharedEntity || sameAspect && sim >= SAME_SUBJECT);
  }

  private static boolean pending(Claim c) {
    return ValueConflicts.inProgress(c.text()) || c.attributes().stage() == dev.launchlint.analyze.ReleaseStage.ROADMAP;
  }

  private static boolean hasDate(Claim c) {
    return !c.attributes().dates().isEmpty();
  }

  /** A claim that puts its subject on the roadmap: the named thing stands in the clause that says so. */
  private static boolean planned(Claim c, Set<String> staged, Claim other) {
    if (c.attributes().stage() != dev.launchlint.analyze.ReleaseStage.ROADMAP) {
      return false;
    }
    return other.attributes().entities().stream().anyMatch(staged::contains);
  }

  private static final Pattern STAGE_WORDS = Pattern.compile(
      "\\b(generally available|general availability|now available|available (now|today)|now live|is live|now shipping"
          + "|production[- ]ready|GA|beta|preview|experimental|alpha|early access|limited availability|wait ?list"
          + "|invite[- ]only|in progress|underway|roadmap|coming soon|planned|in development|under development"
          + "|will (be available|ship|support|launch|arrive)|future release|in the future|upcoming)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAUSE_END = Pattern.compile("[.;:|()]|,\\s|\\bbut\\b|\\bwhile\\b");

  /**
   * The named things of the clause that states the claim's release stage: in "Epic and athenahealth
   * sync; Cerner in beta" only Cerner is in beta. Empty when the stage word is not found.
   */
  static Set<String> stagedEntities(Claim c) {
    return entitiesInClause(c, STAGE_WORDS);
  }

  /** The named things a negated claim denies in the clause that denies ("Siri is not supported"). */
  static Set<String> denied(Claim c) {
    return c.attributes().negated() ? entitiesInClause(c, DENIAL) : Set.of();
  }

  /** The named things of the clause where {@code cue} is first found; empty when it is not. */
  private static Set<String> entitiesInClause(Claim c, Pattern cue) {
    String text = c.text();
    var m = cue.matcher(text);
    if (!m.find()) {
      return Set.of();
    }
    int from = 0;
    var ends = CLAUSE_END.matcher(text);
    int to = text.length();
    while (ends.find()) {
      if (ends.end() <= m.start()) {
        from = ends.end();
      } else if (ends.start() >= m.end()) {
        to = ends.start();
        break;
      }
    }
    String clause = text.substring(from, to).toLowerCase(Locale.ROOT);
    Set<String> out = new java.util.HashSet<>();
    for (String e : c.attributes().entities()) {
      if (clause.contains(e.toLowerCase(Locale.ROOT))) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Whether two release stages speak of one thing: when both claims name what their stage applies
   * to, those things must meet ("Epic is generally available" does not contradict "Cerner in beta").
   */
  private static boolean sameStagedSubject(Set<String> sx, Set<String> sy) {
    if (sx.isEmpty() || sy.isEmpty()) {
      return true;
    }
    return sx.stream().anyMatch(sy::contains);
  }

  /** Claims whose truth is in words (a capability, an integration), not in a number. */
  private static boolean wordClaim(Claim c) {
    return c.attributes().quantities().isEmpty() && c.attributes().prices().isEmpty()
        && c.type() != ClaimType.METRIC && c.type() != ClaimType.PRICE && !c.text().toLowerCase(Locale.ROOT).contains("not only");
  }

  private static String entityIn(Claim c) {
    for (String e : c.attributes().entities()) {
      if (Quotes.find(c.unitText(), e).isPresent()) {
        return e;
      }
    }
    return null;
  }

  /** The thing both claims speak of: the aspect key, else a shared entity, else a shared word. */
  static String aspectLabel(ClaimIndex index, Claim x, Claim y, int a, int b) {
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

  private static Disagreement found(Claim x, Claim y, String aspect, String vx, String vy, String kind,
      Supplier<String> markX, Supplier<String> markY) {
    return new Disagreement(x, y, aspect, kind, vx, vy, null, null, markX, markY, 0, -1, -1);
  }

  /** A disagreement on two values as read (prices, figures, dates, stages). */
  private static Disagreement found(Claim x, Claim y, String aspect, Conflict c) {
    return new Disagreement(x, y, aspect, c.kind(), c.left(), c.right(), c.leftValue(), c.rightValue(), c::left,
        c::right, 0, -1, -1);
  }

  /**
   * A value as the key of its disagreement. "Coming soon" against "generally available" and "not
   * supported" against "supported" say the same thing of one feature (there today or not), and
   * two documents of one function often say it both ways: one thing to fix.
   */
  private static String norm(String v) {
    String n = v.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    return switch (n) {
      case "comingsoon", "notsupported" -> "absent";
      case "generallyavailable", "supported" -> "present";
      default -> n;
    };
  }

  static Severity severity(String aspect, String kind, Claim x, Claim y) {
    if (customerVisible(aspect) || kind.equals("price") || kind.equals("stage") || kind.equals("certification")
        || kind.equals("limit") || isCustomerType(x.type()) || isCustomerType(y.type())) {
      return Severity.HIGH;
    }
    return kind.equals("date") || kind.equals("number") || kind.equals("support") || kind.equals("version")
        ? Severity.MEDIUM : Severity.LOW;
  }

  static boolean customerVisible(String aspect) {
    if (aspect == null) {
      return false;
    }
    String a = aspect.toLowerCase(Locale.ROOT);
    if (CUSTOMER_VISIBLE.contains(a)) {
      return true;
    }
    for (String part : a.split("[-_ ]")) {
      if (CUSTOMER_VISIBLE.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCustomerType(ClaimType t) {
    return t == ClaimType.PRICE || t == ClaimType.COMPLIANCE || t == ClaimType.AVAILABILITY;
  }
}
