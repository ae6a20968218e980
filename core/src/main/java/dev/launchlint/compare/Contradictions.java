package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.compare.ValueConflicts.Conflict;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  private static final Pattern UNLIMITED = Pattern.compile("\\bunlimited\\b|\\bno limits?\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> CUSTOMER_VISIBLE = Set.of(
      "price", "pricing", "cost", "discount", "trial", "refund", "uptime", "sla", "availability",
      "limit", "limits", "quota", "storage", "seats", "users", "security", "compliance", "certification",
      "encryption", "data-residency", "residency", "privacy", "release", "launch", "launch-date",
      "release-date", "release-stage", "stage", "ga", "support", "support-hours", "response-time",
      "retention", "backup", "recovery", "rpo", "rto", "plan", "plans");

  private Contradictions() {}

  /** A contradiction candidate with how well its claims align, so the best pair per conflict wins. */
  private record Candidate(Found found, double similarity, int a, int b) {}

  static List<Finding> find(ClaimIndex index, KitView view, Set<Integer> contradicted) {
    List<Claim> claims = index.claims();
    PerClaim per = new PerClaim(new Plans(view, claims), claims);
    // The pairs of each claim are tested apart, spread over the audit's threads, and their
    // conflicts merged in claim order: the same findings whatever the timing.
    List<List<Candidate>> found = Spread.indices(claims.size())
        .mapToObj(a -> conflictsOf(index, per, a))
        .toList();
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (List<Candidate> ofClaim : found) {
      for (Candidate c : ofClaim) {
        Candidate prev = best.get(c.found.dedupKey);
        if (prev == null || c.similarity > prev.similarity) {
          best.put(c.found.dedupKey, c);
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Candidate c : best.values()) {
      // Only the best pair of each conflict is quoted: building evidence for every candidate
      // pair (thousands in a large kit) was most of the comparator's time.
      out.add(c.found.finding.get());
      contradicted.add(c.a);
      contradicted.add(c.b);
    }
    return out;
  }

  /** The conflicts of claim {@code a} with its candidates, in candidate order. */
  private static List<Candidate> conflictsOf(ClaimIndex index, PerClaim per, int a) {
    List<Claim> claims = index.claims();
    List<Candidate> out = new ArrayList<>(0);
    for (int b : index.candidates(a)) {
      int lo = Math.min(a, b);
      int hi = Math.max(a, b);
      // Each pair once, where it is first met: at a = lo when hi is among lo's candidates (a
      // set of ~400,000 boxed pair keys in a large kit cost more than this lookup).
      if (b < a && index.isCandidate(b, a)) {
        continue;
      }
      Claim x = claims.get(lo);
      Claim y = claims.get(hi);
      if (!comparablePlaces(x, y)) {
        continue;
      }
      double sim = index.similarity(lo, hi);
      if (x.function() == y.function() && sim < SAME_FUNCTION) {
        continue;
      }
      conflict(index, per, x, y, lo, hi, sim).ifPresent(c -> out.add(new Candidate(c, sim, lo, hi)));
    }
    return out;
  }

  private record Found(Supplier<Finding> finding, String dedupKey) {}

  /**
   * What the pair tests need of one claim, computed once per claim rather than once per pair: a
   * claim meets up to {@link ClaimIndex#CANDIDATES} others and each would otherwise rescan its
   * unit for plan names and rebuild its prices and quantities. Filled before the pairs are
   * tested and only read after, so the pair tests may share it across threads.
   */
  private static final class PerClaim {
    final Plans plans;
    private final List<Set<String>> plansIn;
    private final List<List<Money>> withPlans;
    private final List<List<Quantity>> absolute;
    private final boolean[] unlimited;

    PerClaim(Plans plans, List<Claim> claims) {
      this.plans = plans;
      this.plansIn = Spread.indices(claims.size()).mapToObj(i -> plans.in(claims.get(i).unitText())).toList();
      this.withPlans = Spread.indices(claims.size()).mapToObj(i -> Contradictions.withPlans(plans, claims.get(i))).toList();
      this.absolute = Spread.indices(claims.size()).mapToObj(i -> Contradictions.absolute(claims.get(i))).toList();
      this.unlimited = new boolean[claims.size()];
      for (int i = 0; i < claims.size(); i++) {
        Claim c = claims.get(i);
        unlimited[i] = UNLIMITED.matcher(c.text()).find() || c.attributes().absolutes().contains("unlimited");
      }
    }

    boolean unlimited(int i) {
      return unlimited[i];
    }

    Set<String> in(int i) {
      return plansIn.get(i);
    }

    List<Money> withPlans(int i) {
      return withPlans.get(i);
    }

    List<Quantity> absolute(int i) {
      return absolute.get(i);
    }
  }

  /** Claims of two functions, or of two documents of one function; never two claims of one unit. */
  private static boolean comparablePlaces(Claim x, Claim y) {
    if (x.function() != y.function()) {
      return true;
    }
    return !x.path().equals(y.path());
  }

  private static Optional<Found> conflict(ClaimIndex index, PerClaim per, Claim x, Claim y, int a, int b,
      double sim) {
    Plans plans = per.plans;
    boolean sameAspect = x.aspect() != null && x.aspect().equalsIgnoreCase(y.aspect() == null ? "" : y.aspect());
    boolean differentAspects = x.aspect() != null && y.aspect() != null && !sameAspect;
    if (differentAspects) {
      return Optional.empty();
    }
    boolean sharedEntity = x.attributes().entities().stream().anyMatch(y.attributes().entities()::contains);
    String aspect = aspectLabel(index, x, y, a, b);

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
            || sim >= NO_ASPECT && contentOverlap(index, a, b) >= 2;
    if (aligned) {
      Optional<Conflict> values = ValueConflicts.prices(per.withPlans(a), per.withPlans(b));
      if (values.isEmpty() && !otherPlans && !planUnclear) {
        values = ValueConflicts.quantities(per.absolute(a), per.absolute(b));
      }
      if (values.isEmpty() && (sim >= STAGE_SUBJECT || sharedEntity && sim >= SAME_SUBJECT)) {
        values = ValueConflicts.stages(x.attributes().stage(), y.attributes().stage());
        if (values.isEmpty()) {
          values = ValueConflicts.dates(x.attributes().dates(), y.attributes().dates());
        }
      }
      if (values.isPresent()) {
        Conflict c = values.get();
        return Optional.of(found(x, y, aspect, c.left(), c.right(), c.kind(), c::left, c::right));
      }
    }
    // Certified against in progress.
    if (certification(x, y, sharedEntity, sameAspect, sim)) {
      boolean xPending = pending(x);
      boolean yPending = pending(y);
      if (xPending != yPending && !x.attributes().negated() && !y.attributes().negated()) {
        String px = xPending ? ValueConflicts.inProgressPhrase(x.text()).orElse("in progress") : "certified";
        String py = yPending ? ValueConflicts.inProgressPhrase(y.text()).orElse("in progress") : "certified";
        return Optional.of(found(x, y, aspect, px, py, "certification",
            () -> xPending ? px : entityIn(x), () -> yPending ? py : entityIn(y)));
      }
    }
    boolean subject = (sameAspect && sim >= SAME_SUBJECT) || (sharedEntity && sim >= SAME_SUBJECT)
        || sim >= 0.55;
    if (!subject) {
      return Optional.empty();
    }
    // Limits against "unlimited".
    Optional<Found> limit = unlimited(x, y, per.unlimited(a), per.unlimited(b), aspect);
    if (limit.isPresent()) {
      return limit;
    }
    // Supported against not supported: about one named thing, or said in nearly the same words.
    if (x.attributes().negated() != y.attributes().negated() && wordClaim(x) && wordClaim(y)
        && x.function() != y.function() && sharedEntity && sim >= NEAR_SAME) {
      String sx = x.attributes().negated() ? "not supported" : "supported";
      String sy = y.attributes().negated() ? "not supported" : "supported";
      return Optional.of(found(x, y, aspect, sx, sy, "support", () -> entityIn(x), () -> entityIn(y)));
    }
    return Optional.empty();
  }

  /** The claim's prices with their plans resolved. */
  private static List<Money> withPlans(Plans plans, Claim c) {
    List<Money> out = new ArrayList<>();
    for (Money m : c.attributes().prices()) {
      out.add(new Money(m.currency(), m.amount(), m.upper(), m.per(), m.period(), plans.of(m, c), m.bound(),
          m.start(), m.end(), m.text(), m.billing()));
    }
    return out;
  }

  /** The claim's quantities that state a total, not an increment. */
  private static List<Quantity> absolute(Claim c) {
    String text = c.unitText();
    List<Quantity> out = new ArrayList<>();
    for (Quantity q : c.attributes().quantities()) {
      int at = text.indexOf(q.text());
      String after = at < 0 ? "" : text.substring(at + q.text().length());
      String within = q.text().replaceFirst("^\\S+", "");
      if (!INCREMENT.matcher(after).find() && !INCREMENT.matcher(within).find()) {
        out.add(q);
      }
    }
    return out;
  }

  private static Optional<Found> unlimited(Claim x, Claim y, boolean xu, boolean yu, String aspect) {
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
        ? found(x, y, aspect, word, capText, "limit", () -> word, () -> capText)
        : found(x, y, aspect, capText, word, "limit", () -> capText, () -> word));
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

  private static int contentOverlap(ClaimIndex index, int a, int b) {
    int n = 0;
    for (String t : index.shared(a, b)) {
      if (!t.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == ',')) {
        n++;
      }
    }
    return n;
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

  private static Found found(Claim x, Claim y, String aspect, String vx, String vy, String kind,
      Supplier<String> markX, Supplier<String> markY) {
    List<BusinessFunction> functions = List.of(x.function(), y.function());
    Supplier<Finding> f = () -> {
      String label = Quotes.label(aspect);
      String who = x.function() == y.function()
          ? x.path() + " says " + vx + ", " + y.path() + " says " + vy
          : x.function().id() + " says " + vx + ", " + y.function().id() + " says " + vy;
      String summary = label + ": " + who;
      Severity severity = severity(aspect, kind, x, y);
      return Finding.of(FindingType.CONTRADICTION, severity, functions, aspect, summary,
          List.of(Quotes.of(x, markX.get()), Quotes.of(y, markY.get())));
    };
    String values = List.of(norm(vx), norm(vy)).stream().sorted().toList().toString();
    String places = x.function() == y.function() ? x.path() + "|" + y.path() : "";
    return new Found(f, aspect.toLowerCase(Locale.ROOT) + "|" + functions + "|" + places + "|" + values);
  }

  private static String norm(String v) {
    return v.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  static Severity severity(String aspect, String kind, Claim x, Claim y) {
    if (customerVisible(aspect) || kind.equals("price") || kind.equals("stage") || kind.equals("certification")
        || kind.equals("limit") || isCustomerType(x.type()) || isCustomerType(y.type())) {
      return Severity.HIGH;
    }
    return kind.equals("date") || kind.equals("number") || kind.equals("support") ? Severity.MEDIUM : Severity.LOW;
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
