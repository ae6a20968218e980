package dev.launchlint.compare;

import dev.launchlint.analyze.Attributes;
import dev.launchlint.analyze.Bound;
import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.DateRef;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.analyze.ReleaseStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Decides whether the values of two aligned claims are incompatible: numbers (normalised by the
 * analysis, compared with a tolerance and as bounds: "up to 10x" admits "3x"), prices (period
 * normalised, per-user against flat), dates, release stages, supported against not supported,
 * limits against "unlimited", certified against "in progress".
 *
 * <p>Values of one claim are matched against the values of the other as sets: a claim that repeats
 * the other's numbers in another order ("from 10 days to 3" and "3 days instead of 10") agrees; a
 * conflict needs a value on each side that nothing on the other side admits. Stateless.
 */
final class ValueConflicts {

  /**
   * Two values that cannot both be true, as written in each claim, with the values as read
   * ({@link Money}, {@link Measured}, {@link DateRef} or {@link ReleaseStage}; null for a
   * conflict in words).
   */
  record Conflict(String kind, String left, String right, Object leftValue, Object rightValue) {
    Conflict {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    Conflict(String kind, String left, String right) {
      this(kind, left, right, null, null);
    }
  }

  private static final double EXACT_TOLERANCE = 1e-4;
  private static final double APPROXIMATE_TOLERANCE = 0.15;
  /** How much cheaper a yearly price may be than twelve monthly ones before it conflicts. */
  private static final double ANNUAL_DISCOUNT = 0.25;

  static final Pattern IN_PROGRESS = Pattern.compile(
      "\\b(in progress|underway|under way|pursuing|working (towards?|on)|pending|planned|expected (by|in)|"
          + "on track|in the process|not yet|scheduled|preparing|roadmap|coming soon|later this year|"
          + "target(ed|ing)?)\\b",
      Pattern.CASE_INSENSITIVE);

  private ValueConflicts() {}

  static Optional<Conflict> between(Claim a, Claim b) {
    Attributes x = a.attributes();
    Attributes y = b.attributes();
    Optional<Conflict> c = prices(x.prices(), y.prices());
    if (c.isPresent()) {
      return c;
    }
    c = quantities(x.quantities(), y.quantities());
    if (c.isPresent()) {
      return c;
    }
    c = stages(x.stage(), y.stage());
    if (c.isPresent()) {
      return c;
    }
    return dates(x.dates(), y.dates());
  }

  // ---- numbers ----

  /**
   * A quantity with what it measures (see {@link Qualifiers}; empty when its text does not say),
   * the plan it belongs to (null when none is clear) and the words of its clause, which tell two
   * figures of one sentence apart.
   */
  record Measured(Quantity quantity, Set<String> what, String plan, Set<String> clause) {
    Measured {
      Objects.requireNonNull(quantity, "quantity");
      what = Set.copyOf(what);
      clause = Set.copyOf(clause);
    }

    Measured(Quantity quantity, Set<String> what, String plan) {
      this(quantity, what, plan, Set.of());
    }

    static List<Measured> unqualified(List<Quantity> qs) {
      return qs.stream().map(q -> new Measured(q, Set.of(), null)).toList();
    }
  }

  static Optional<Conflict> quantities(List<Quantity> xs, List<Quantity> ys) {
    return measured(Measured.unqualified(xs), Measured.unqualified(ys));
  }

  /** Numbers that conflict: comparable in dimension and unit, measuring the same thing, not admitting each other. */
  static Optional<Conflict> measured(List<Measured> xs, List<Measured> ys) {
    return firstConflict("number", xs, ys, ValueConflicts::comparable, ValueConflicts::admits, m -> m.quantity().text(),
        (a, b) -> a.clause().stream().anyMatch(b.clause()::contains), (a, b) -> !loose(a.quantity(), b.quantity()));
  }

  /**
   * Whether one quantity admits the other only as a bound far from it: "up to 1,000 kg" admits
   * "450 kg", but says less about it than a figure of the same clause would.
   */
  private static boolean loose(Quantity a, Quantity b) {
    boolean open = a.bound() == Bound.AT_MOST || a.bound() == Bound.AT_LEAST
        || b.bound() == Bound.AT_MOST || b.bound() == Bound.AT_LEAST;
    return open && !close(a.value(), b.value(), APPROXIMATE_TOLERANCE);
  }

  static boolean comparable(Measured a, Measured b) {
    return comparable(a.quantity(), b.quantity()) && Qualifiers.same(a.what(), b.what())
        && !bare(a) && !bare(b)
        && (a.plan() == null || b.plan() == null || a.plan().equals(b.plan()));
  }

  /**
   * A count of nothing named ("brief 124", "Launch 2"): a document number, a version, a step of a
   * list. It measures no fact of the offering, so it contradicts no other number.
   */
  private static boolean bare(Measured m) {
    return "count".equals(m.quantity().dimension()) && m.quantity().unit().isEmpty() && m.what().isEmpty();
  }

  /** One figure in both, whatever its bound: "up to 8 hours" and "8 hours". */
  static boolean sameFigure(Measured a, Measured b) {
    Quantity p = a.quantity();
    Quantity q = b.quantity();
    return close(p.value(), q.value(), EXACT_TOLERANCE)
        && Objects.equals(p.upper() == null ? null : Math.round(p.upper()), q.upper() == null ? null : Math.round(q.upper()));
  }

  static boolean admits(Measured a, Measured b) {
    return admits(a.quantity(), b.quantity());
  }

  static boolean comparable(Quantity a, Quantity b) {
    if (!a.dimension().equals(b.dimension())) {
      return false;
    }
    // Counts compare only when they count the same thing ("50 users" vs "10 projects" do not).
    return !"count".equals(a.dimension()) || singular(a.unit()).equals(singular(b.unit()));
  }

  /** Whether two comparable quantities can both be true. */
  static boolean admits(Quantity a, Quantity b) {
    if (a.bound() == b.bound() && (a.bound() == Bound.AT_MOST || a.bound() == Bound.AT_LEAST)) {
      // Two ceilings (or two floors) are the same claim about a limit only when they are equal.
      return close(a.value(), b.value(), EXACT_TOLERANCE);
    }
    double[] p = interval(a);
    double[] q = interval(b);
    return p[0] <= q[1] && q[0] <= p[1];
  }

  private static double[] interval(Quantity q) {
    double v = q.value();
    double slack = Math.abs(v) * (q.bound() == Bound.APPROXIMATE ? APPROXIMATE_TOLERANCE : EXACT_TOLERANCE) + 1e-9;
    return switch (q.bound()) {
      case AT_MOST -> new double[] {Double.NEGATIVE_INFINITY, v + slack};
      case AT_LEAST -> new double[] {v - slack, Double.POSITIVE_INFINITY};
      case RANGE -> new double[] {
          Math.min(v, q.upper() == null ? v : q.upper()) - slack,
          Math.max(v, q.upper() == null ? v : q.upper()) + slack};
      default -> new double[] {v - slack, v + slack};
    };
  }

  // ---- prices ----

  static Optional<Conflict> prices(List<Money> xs, List<Money> ys) {
    return firstConflict("price", xs, ys, ValueConflicts::comparable, ValueConflicts::admits, Money::text,
        (a, b) -> Objects.equals(a.period(), b.period()), (a, b) -> false);
  }

  /**
   * Two prices compare when they are in one currency, for one plan (plans are resolved by the
   * caller, see {@link Plans}) and for one thing: per user against per user, or per user against
   * a price that names no unit; "$18 per million rows" is not the plan's price.
   */
  static boolean comparable(Money a, Money b) {
    if (!a.currency().equalsIgnoreCase(b.currency()) || !Objects.equals(a.role(), b.role())) {
      return false;
    }
    if (a.plan() != null && b.plan() != null
        && (Plans.UNKNOWN.equals(a.plan()) || !a.plan().equalsIgnoreCase(b.plan()))) {
      return false;
    }
    String pa = perUnit(a.per());
    String pb = perUnit(b.per());
    boolean sameUnit = Objects.equals(pa, pb) || pa == null && "user".equals(pb) || pb == null && "user".equals(pa);
    // A ceiling per day and a price without a period ("up to $7,500 per day", "up to $100") are two limits.
    boolean bounded = a.bound() != Bound.EXACT || b.bound() != Bound.EXACT;
    boolean onePeriod = (a.period() == null) != (b.period() == null);
    // A bare amount beside a price per unit of use or time ("$174" in a calculator row, "Arm64
    // $0.005" in a list of per-minute rates, against "$120 per month") is another quantity: an
    // estimate, a total, a rate whose unit the sentence gave once.
    boolean bare = a.period() == null && a.per() == null || b.period() == null && b.per() == null;
    return sameUnit && !(bounded && onePeriod) && !(onePeriod && bare);
  }

  static boolean admits(Money a, Money b) {
    if ("one-time".equals(a.period()) != "one-time".equals(b.period())) {
      return a.period() == null || b.period() == null;
    }
    double pa = a.amount();
    double pb = b.amount();
    double tolerance = EXACT_TOLERANCE;
    if ((a.period() == null) != (b.period() == null)
        && (close(pa * 12, pb, EXACT_TOLERANCE) || close(pa, pb * 12, EXACT_TOLERANCE))) {
      return true; // a table's yearly total without its period: "$348" for "$29 per month"
    }
    if (a.period() != null && b.period() != null && !a.period().equals(b.period())) {
      pa = yearly(a.amount(), a.period());
      pb = yearly(b.amount(), b.period());
      tolerance = ANNUAL_DISCOUNT; // a yearly price is commonly discounted against twelve months
    }
    if (a.bound() == Bound.AT_LEAST || b.bound() == Bound.AT_LEAST) {
      // "from $10" admits any price at or above it
      double floor = a.bound() == Bound.AT_LEAST ? pa : pb;
      double other = a.bound() == Bound.AT_LEAST ? pb : pa;
      return other >= floor * (1 - tolerance) || close(pa, pb, tolerance);
    }
    if (a.upper() != null || b.upper() != null) {
      return overlaps(pa, a.upper() == null ? pa : a.upper() * pa / a.amount(),
          pb, b.upper() == null ? pb : b.upper() * pb / b.amount(), tolerance);
    }
    return close(pa, pb, tolerance);
  }

  private static boolean overlaps(double lo1, double hi1, double lo2, double hi2, double tol) {
    return lo1 * (1 - tol) <= hi2 * (1 + tol) && lo2 * (1 - tol) <= hi1 * (1 + tol);
  }

  private static double yearly(double amount, String period) {
    return switch (period) {
      case "month" -> amount * 12;
      case "week" -> amount * 52;
      case "day" -> amount * 365;
      case "quarter" -> amount * 4;
      default -> amount;
    };
  }

  /** The unit a price is per, with the names of one seat made one ("member", "licence", "editor"). */
  static String perUnit(String per) {
    if (per == null) {
      return null;
    }
    String p = singular(per.toLowerCase(Locale.ROOT).strip());
    return switch (p) {
      case "seat", "member", "license", "licence", "agent", "editor" -> "user";
      default -> p;
    };
  }

  // ---- stages and dates ----

  static Optional<Conflict> stages(ReleaseStage a, ReleaseStage b) {
    if (a == null || b == null || group(a) == group(b)) {
      return Optional.empty();
    }
    return Optional.of(new Conflict("stage", label(a), label(b), a, b));
  }

  private static int group(ReleaseStage s) {
    return switch (s) {
      case GA -> 0;
      case BETA, PREVIEW, EARLY_ACCESS -> 1;
      case ROADMAP -> 2;
      case DEPRECATED -> 3;
    };
  }

  static String label(ReleaseStage s) {
    return switch (s) {
      case GA -> "generally available";
      case BETA -> "in beta";
      case PREVIEW -> "in preview";
      case EARLY_ACCESS -> "in early access";
      case ROADMAP -> "coming soon";
      case DEPRECATED -> "deprecated";
    };
  }

  static Optional<Conflict> dates(List<DateRef> xs, List<DateRef> ys) {
    return firstConflict("date", xs, ys, ValueConflicts::comparable, ValueConflicts::admits, DateRef::text,
        (a, b) -> true, (a, b) -> true);
  }

  static boolean comparable(DateRef a, DateRef b) {
    return !a.relative() && !b.relative();
  }

  static boolean admits(DateRef a, DateRef b) {
    if (a.year() != null && b.year() != null && !a.year().equals(b.year())) {
      return false;
    }
    if (a.effectiveQuarter() != null && b.effectiveQuarter() != null
        && !a.effectiveQuarter().equals(b.effectiveQuarter())) {
      return false;
    }
    if (a.month() != null && b.month() != null && !a.month().equals(b.month())) {
      return false;
    }
    return a.day() == null || b.day() == null || a.month() == null || b.month() == null || a.day().equals(b.day());
  }

  // ---- words ----

  /** Whether the text says a certification or capability is not there yet. */
  static boolean inProgress(String text) {
    return IN_PROGRESS.matcher(text).find();
  }

  /** The in-progress phrase of a text, for marking it. */
  static Optional<String> inProgressPhrase(String text) {
    var m = IN_PROGRESS.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /**
   * The first pair of values, one from each side, that compare but that no comparable value of the
   * other side admits: values are matched as sets, so "from 10 days to 3" agrees with "3 days
   * instead of 10". When the other side has values {@code like} a value, only those, and unlike
   * ones that admit it {@code firmly}, vouch for it: "$6.99 a month" is judged by the other side's
   * monthly price, not admitted by its yearly one as a discount, and "450 kg on its deck" by the
   * other side's deck load, not by its "up to 1,000 kg" of towing.
   */
  private static <T> Optional<Conflict> firstConflict(String kind, List<T> xs, List<T> ys,
      BiPredicate<T, T> comparable, BiPredicate<T, T> admits, Function<T, String> text, BiPredicate<T, T> like,
      BiPredicate<T, T> firmly) {
    List<T> left = unmatched(xs, ys, comparable, admits, like, firmly);
    List<T> right = unmatched(ys, xs, comparable, admits, like, firmly);
    for (boolean likeFirst : new boolean[] {true, false}) {
      for (T l : left) {
        for (T r : right) {
          if (comparable.test(l, r) && (!likeFirst || like.test(l, r))) {
            return Optional.of(new Conflict(kind, text.apply(l), text.apply(r), l, r));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static <T> List<T> unmatched(List<T> xs, List<T> ys, BiPredicate<T, T> comparable,
      BiPredicate<T, T> admits, BiPredicate<T, T> like, BiPredicate<T, T> firmly) {
    List<T> out = new ArrayList<>();
    for (T x : xs) {
      boolean anyComparable = false;
      boolean admitted = false;
      boolean anyLike = false;
      for (T y : ys) {
        if (comparable.test(x, y) && like.test(x, y)) {
          anyLike = true;
          break;
        }
      }
      for (T y : ys) {
        if (comparable.test(x, y)) {
          anyComparable = true;
          if (admits.test(x, y) && (!anyLike || like.test(x, y) || firmly.test(x, y))) {
            admitted = true;
            break;
          }
        }
      }
      if (anyComparable && !admitted) {
        out.add(x);
      }
    }
    return out;
  }

  private static boolean close(double a, double b, double relative) {
    return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * relative + 1e-9;
  }

  static String singular(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    if (l.endsWith("ies") && l.length() > 4) {
      return l.substring(0, l.length() - 3) + "y";
    }
    if (l.endsWith("s") && !l.endsWith("ss") && l.length() > 3) {
      return l.substring(0, l.length() - 1);
    }
    return l;
  }
}
