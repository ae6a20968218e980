package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.DateRef;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.analyze.ReleaseStage;
import dev.launchlint.compare.ValueConflicts.Measured;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One value a statement gives, read with its scope: the fact model of the comparison.
 *
 * <p>A fact has an <em>attribute</em> (a price per user, a count of seats, a duration, a release
 * stage), a <em>subject</em> (the plan or tier it is stated for, null when the statement names
 * none) and a <em>value</em> ({@link Money}, {@link Measured}, {@link DateRef} or {@link
 * ReleaseStage}). Its <em>qualifiers</em> decide whether two facts of one attribute are about the
 * same thing at all, and are read from the clause that holds the value, not from the whole
 * sentence: the billing cycle of a price, the metric variant of a figure (p50 or p99, peak or
 * sustained), whose figure it is (ours, or a competitor's or one customer's), and whether it is the
 * value before a change ("from ten days to three").
 *
 * @param attribute what the value measures, as a key: {@code price|USD|user}, {@code
 *     number|count|seat|}, {@code date}, {@code stage}
 * @param subject the plan the value is stated for, lower case, or null
 * @param value the value as read
 * @param billing how often a price is billed ("year" for "billed annually"), or null
 * @param variant the metric variant named beside the value ("p99", "peak"), or null
 * @param theirs the value is a competitor's or a customer's, not the offering's own
 * @param before the value is the one before a change
 * @param rate the period a figure is counted over ("per second", "a month"), or null
 * @param denominator the value is the unit of a rate, not a fact of its own ("$15 per 500 texts")
 * @param terms the terms a price holds under when it is not the list price: {@code offer} for an
 *     introductory or discounted price ("$90 for year one"), {@code difference} for an amount
 *     added or taken off ("MFA costs $2 more"); null for a price as listed
 */
record Fact(String attribute, String subject, Object value, String billing, String variant, boolean theirs,
    boolean before, String rate, boolean denominator, String terms) {

  Fact {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
  }

  private static final Pattern CLAUSE_END = Pattern.compile("[.;:|!?()\\u2022]|,\\s(?=and\\b|but\\b|while\\b)");
  private static final Pattern VARIANT = Pattern.compile(
      "\\b(p\\d{2}(?:\\.\\d)?|median|mean|average|avg|peak|sustained|burst|gross|net)\\b", Pattern.CASE_INSENSITIVE);
  /** A figure compared against: "10x faster than native tools", "vs. $49 at the incumbent". */
  private static final Pattern THEIRS_BEFORE = Pattern.compile(
      "\\b(?:than|vs\\.?|versus|compared (?:to|with)|against|instead of)\\s+(?:\\S+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern THEIRS_IN_CLAUSE = Pattern.compile(
      "\\b(?:competitors?|competition|incumbents?|legacy|rivals?|other (?:tools|vendors|providers|platforms))\\b",
      Pattern.CASE_INSENSITIVE);
  /** A result customers report: "Halden cut its close from ten days to three", "customers report 40% lower cost". */
  private static final Pattern CUSTOMER_RESULT = Pattern.compile(
      "\\b(?:saw|cut|reduced|lowered|saved|achieved|reported|grew|increased|shortened|halved|doubled)\\s+"
          + "(?:\\S+\\s+){0,2}?(?:their|its|his|her)\\b"
          + "|\\b(?:customers|clients|users|teams|buyers)\\s+(?:report|reported|see|saw|say|said|tell us)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CHANGE_TO = Pattern.compile("^\\s*(?:to|down to|up to|into)\\s+[\\p{N}$\\p{L}]",
      Pattern.CASE_INSENSITIVE);
  /** The period a count is taken over: "200 requests per second", "100,000 a month", "5 GB/day". */
  private static final Pattern RATE = Pattern.compile(
      "^[^,;.]{0,25}?(?:\\bper\\s+|\\ba\\s+|\\beach\\s+|/\\s?)(second|sec|s|minute|min|hour|hr|day|week|month|mo|year|yr|annum)\\b"
          + "|^\\s*(monthly|daily|yearly|annually|hourly|weekly)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PER_BEFORE = Pattern.compile("\\b(?:per|for every|for each|every)\\s+$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FROM = Pattern.compile("\\bfrom\\s+(?:\\S+\\s+){0,1}$", Pattern.CASE_INSENSITIVE);
  /** A verb of change before "from X to Y" makes it a change, not a range: "raised from 10 to 25 requests". */
  private static final Pattern CHANGED_FROM = Pattern.compile(
      "\\b(?:rais|increas|reduc|lower|cut|drop|grow|grew|went|go|goes|improv|shorten|extend|expand|mov|chang|ris|fall|fell|"
          + "doubl|halv|up|down|jump|climb|shrink|shrank|slash|brought|bring|tak|took)\\p{L}*\\s+(?:\\S+\\s+){0,6}?from\\s+$",
      Pattern.CASE_INSENSITIVE);

  /** The fact a claim states with {@code value} (as read by the analysis), scoped by its clause. */
  static Fact of(Claim claim, Object value, String written) {
    return of(claim, value, written, null);
  }

  /**
   * The same, with the scopes already read: in a large kit the same sentences state the same values
   * in thousands of disagreements, and the scope of a value depends only on its sentence, how it is
   * written and what kind of value it is.
   *
   * @param scopes the scopes read so far, filled as they are read; null to read afresh
   */
  static Fact of(Claim claim, Object value, String written, Map<ScopeKey, Scope> scopes) {
    String text = claim.text().contains(written) ? claim.text() : claim.unitText();
    ScopeKey key = new ScopeKey(text, written, kind(value));
    Scope s = scopes == null ? key.read() : scopes.computeIfAbsent(key, ScopeKey::read);
    return new Fact(attribute(value), subject(value), value, value instanceof Money m ? billing(m) : null, s.variant(),
        s.theirs(), s.changed(), s.rate(), s.denominator(), s.terms());
  }

  /**
   * How often a price is billed, when that says more than its period: "$5.99 per month billed
   * monthly" is billed as "$6.99 per month" is, but "$8 per month billed annually" is not.
   */
  private static String billing(Money m) {
    return m.billing() != null && m.billing().equals(m.period()) ? null : m.billing();
  }

  /** What a value's scope depends on: its sentence, how it is written, and what kind of value it is. */
  record ScopeKey(String text, String written, int kind) {
    private static final int MONEY = 0;
    private static final int RANGE = 1;
    private static final int FIGURE = 2;

    Scope read() {
      int at = written.isEmpty() ? -1 : text.indexOf(written);
      String clause = at < 0 ? text : Clauses.around(text, at, at + written.length(), CLAUSE_END);
      String before = at < 0 ? "" : text.substring(Math.max(0, at - 40), at);
      String after = at < 0 ? "" : text.substring(Math.min(text.length(), at + written.length()));
      Matcher variant = VARIANT.matcher(clause);
      String v = variant.find() ? variant.group(1).toLowerCase(Locale.ROOT).replace("avg", "average") : null;
      boolean theirs = THEIRS_BEFORE.matcher(before).find() || THEIRS_IN_CLAUSE.matcher(clause).find()
          || CUSTOMER_RESULT.matcher(clause).find();
      boolean fromTo = written.toLowerCase(Locale.ROOT).startsWith("from ");
      String lead = fromTo ? before + "from " : before;
      boolean range = kind == RANGE;
      boolean changed = fromTo && range ? CHANGED_FROM.matcher(lead).find()
          : (fromTo || FROM.matcher(before).find()) && CHANGE_TO.matcher(after).find()
              && (!range || CHANGED_FROM.matcher(lead).find());
      String rate = null;
      if (kind == RANGE || kind == FIGURE) {
        Matcher r = RATE.matcher(after);
        if (r.find()) {
          rate = period(r.group(1) != null ? r.group(1) : r.group(2));
        }
      }
      return new Scope(v, theirs, changed, rate, PER_BEFORE.matcher(before).find(),
          kind == MONEY ? terms(before, after) : null);
    }
  }

  private static int kind(Object value) {
    if (value instanceof Money) {
      return ScopeKey.MONEY;
    }
    if (value instanceof Measured m) {
      return m.quantity().upper() != null ? ScopeKey.RANGE : ScopeKey.FIGURE;
    }
    return 3;
  }

  /** The qualifiers of a value read from its clause: the fields of the same name of {@link Fact}. */
  record Scope(String variant, boolean theirs, boolean changed, String rate, boolean denominator, String terms) {}

  /** A price for a first period or under a promotion: "$90 for year one", "introductory price of $5". */
  private static final Pattern OFFER_AFTER = Pattern.compile(
      "^[^,;.]{0,20}?\\b(?:for (?:the )?(?:first|year one|initial)|in (?:the |your )?first|(?:for|during) (?:the )?(?:launch|beta|pilot|promotion)"
          + "|for (?:new|early) (?:customers|members|users|buyers))|^\\s*(?:off|discount)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OFFER_BEFORE = Pattern.compile(
      "\\b(?:introductory|intro|launch|promo(?:tional)?|discounted|special|early[- ]bird|first[- ](?:year|month)|pilot)"
          + "\\s+(?:\\S+\\s+){0,3}$|\\b(?:save|saves|saving|discount of)\\s+$",
      Pattern.CASE_INSENSITIVE);
  /** An amount added or taken off: "$2 more", "an extra $5", "plus $3 per seat". */
  private static final Pattern DIFFERENCE_AFTER = Pattern.compile(
      "^\\s*(?:more|less|extra|additional|cheaper|on top)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIFFERENCE_BEFORE = Pattern.compile(
      "(?:\\b(?i:an? (?:extra|additional)|adds?|add-on of)|\\bplus)\\s+$");

  private static String terms(String before, String after) {
    if (DIFFERENCE_AFTER.matcher(after).find() || DIFFERENCE_BEFORE.matcher(before).find()) {
      return "difference";
    }
    return OFFER_AFTER.matcher(after).find() || OFFER_BEFORE.matcher(before).find() ? "offer" : null;
  }

  private static String period(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return switch (w) {
      case "s", "sec", "second" -> "second";
      case "min", "minute" -> "minute";
      case "hr", "hour", "hourly" -> "hour";
      case "day", "daily" -> "day";
      case "week", "weekly" -> "week";
      case "mo", "month", "monthly" -> "month";
      default -> "year";
    };
  }

  /** A value as a fact without its clause: enough to say which values a function gives. */
  static Fact bare(Object value) {
    return new Fact(attribute(value), subject(value), value, null, null, false, false, null, false, null);
  }

  /** What a value measures, as a key: facts compare only within one attribute. */
  static String attribute(Object value) {
    if (value instanceof Money m) {
      // a minimum order and the spend an offer starts at are amounts of their own, not prices
      return "price|" + m.currency() + "|" + Objects.toString(ValueConflicts.perUnit(m.per()), "")
          + (m.role() == null ? "" : "|" + m.role());
    }
    if (value instanceof Measured m) {
      Quantity q = m.quantity();
      String unit = "count".equals(q.dimension()) ? ValueConflicts.singular(q.unit()) : q.unit();
      return "number|" + q.dimension() + "|" + unit + "|" + String.join(",", new TreeSet<>(m.what()));
    }
    if (value instanceof DateRef) {
      return "date";
    }
    if (value instanceof ReleaseStage) {
      return "stage";
    }
    throw new IllegalArgumentException("not a value: " + value);
  }

  private static String subject(Object value) {
    String plan = value instanceof Money m ? m.plan() : value instanceof Measured m ? m.plan() : null;
    return plan == null || Plans.UNKNOWN.equals(plan) ? null : plan.toLowerCase(Locale.ROOT);
  }

  /** Whether this fact's value and {@code other}'s can both be true. */
  boolean admits(Fact other) {
    if (value instanceof Money a && other.value instanceof Money b) {
      return ValueConflicts.admits(a, b);
    }
    if (value instanceof Measured a && other.value instanceof Measured b) {
      return ValueConflicts.admits(a, b);
    }
    if (value instanceof DateRef a && other.value instanceof DateRef b) {
      return ValueConflicts.admits(a, b);
    }
    return value.equals(other.value);
  }

  /**
   * Whether this fact gives {@code other}'s value itself, not only one both could be true with:
   * "2 hours" admits "up to 12 hours" but does not give it, and "$59.99 a year" admits "$5.99 a
   * month" as a yearly discount but does not give it.
   */
  boolean gives(Fact other) {
    if (value instanceof Money a && other.value instanceof Money b) {
      return a.bound() != dev.launchlint.analyze.Bound.AT_LEAST && b.bound() != dev.launchlint.analyze.Bound.AT_LEAST
          && (a.period() == null || b.period() == null || a.period().equals(b.period()))
          && ValueConflicts.admits(a, b);
    }
    if (value instanceof Measured a && other.value instanceof Measured b) {
      return ValueConflicts.sameFigure(a, b);
    }
    return admits(other);
  }

  /** Whether the subjects allow the two facts to be one: the same plan, or a plan not said. */
  boolean subjectFits(Fact other) {
    return subject == null || other.subject == null || subject.equals(other.subject);
  }

  /** A word or two for the attribute, for summaries and reasons: "price per user", "seats", "date". */
  String label() {
    if (value instanceof Money m) {
      if (m.role() != null) {
        return m.role().equals("minimum") ? "minimum order" : "order threshold";
      }
      String per = ValueConflicts.perUnit(m.per());
      return per == null ? "price" : "price per " + per;
    }
    if (value instanceof Measured m) {
      Quantity q = m.quantity();
      if ("count".equals(q.dimension()) && !q.unit().isEmpty()) {
        return q.unit().toLowerCase(Locale.ROOT);
      }
      return m.what().isEmpty() ? q.dimension() : String.join(" ", new TreeSet<>(m.what()));
    }
    return value instanceof DateRef ? "date" : "release stage";
  }
}
