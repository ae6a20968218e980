package dev.launchlint.compare;

import dev.launchlint.analyze.Bound;
import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.compare.ValueConflicts.Measured;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A claim's prices and figures as the pair tests compare them: each price with its plan, each
 * total with what it measures and its plan. Values that state no fact of the offering now are left
 * out (an increment, a former value, the digits of a telephone number), and a bare table cell
 * takes its unit, period or counted noun from its column header. Stateless.
 */
final class Figures {

  /** "Twenty new connectors" counts an increment, not the total that "150 connectors" states. */
  private static final Pattern INCREMENT = Pattern.compile("^\\s*(new|additional|more|extra|other|further)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern FORMER = Pattern.compile(
      "\\b(?:up from|down from|increased from|raised from|reduced from|was|were|previously|formerly|before)\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** A column header's counted noun: "Responses per month" and "Monthly responses" count responses. */
  private static final Pattern HEADER_NOUN = Pattern.compile("^(?:[\\p{L}-]+\\s+)*?([\\p{L}-]+)(?:\\s*(?:per|a|/)\\s.*)?$");

  private static final Pattern HEADER_PERIOD = Pattern.compile(
      "\\b(?:per|a|an|/)\\s*(month|mo|year|yr|annum|week|day|quarter)\\b|\\b(monthly|yearly|annual|annually|weekly|daily)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_PER = Pattern.compile("\\bper\\s+(?!month|mo\\b|year|yr\\b|annum|week|day|quarter)(\\p{L}+)",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern ROW_KEY_NOISE = Pattern.compile("\\b(plan|tier|edition|package)s?\\b|[^\\p{L}\\p{N}]+",
      Pattern.CASE_INSENSITIVE);

  private Figures() {}

  /** The claim's prices with their plans resolved, and the unit and period a bare table cell's column gives. */
  static List<Money> prices(Plans plans, KitView view, Claim c) {
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
          m.start(), m.end(), m.text(), m.billing(), m.role()));
    }
    return out;
  }

  /** "Price per editor per month" prices by the month; "Annual price" by the year. */
  private static String headerPeriod(String header) {
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
  private static String headerPer(String header) {
    var m = HEADER_PER.matcher(header);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** The claim's totals with what each measures and the plan each belongs to. */
  static List<Measured> totals(Plans plans, KitView view, Claim c) {
    String text = c.text();
    List<Measured> out = new ArrayList<>();
    for (Quantity q : absolute(c)) {
      q = ceiling(text, countedByColumn(view, c, q));
      String in = text.contains(q.text()) ? text : c.unitText();
      out.add(new Measured(q, Qualifiers.of(in, q), plans.before(in, in.indexOf(q.text()), c.unitText()),
          Qualifiers.clause(in, q, c.attributes().quantities())));
    }
    return List.copyOf(out);
  }

  /**
   * A figure the sentence gives as a maximum ("The maximum travel speed of the robot is 1.8 m/s")
   * is a ceiling, as "up to 1.8 m/s" is: two ceilings of one thing agree only when equal.
   */
  private static Quantity ceiling(String text, Quantity q) {
    int at = text.indexOf(q.text());
    if (q.bound() != Bound.EXACT || at < 0) {
      return q;
    }
    int from = Math.max(text.lastIndexOf(';', at), Math.max(text.lastIndexOf(". ", at), text.lastIndexOf(": ", at)));
    if (!MAXIMUM.matcher(text.substring(from + 1, at)).find()) {
      return q;
    }
    return new Quantity(q.value(), q.upper(), q.dimension(), q.unit(), Bound.AT_MOST, q.start(),
        q.end(), q.text());
  }

  /** "the maximum X is", "max. X of": what follows is a ceiling. */
  private static final Pattern MAXIMUM = Pattern.compile("\\b(?:maximum|max\\.?)\\s+\\p{L}[^,;]{0,60}$",
      Pattern.CASE_INSENSITIVE);

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
          && !PhoneNumbers.contain(text, at, q.text()) && !denied(c, at, q.text())) {
        out.add(q);
      }
    }
    return out;
  }

  /**
   * Whether the figure at {@code at} of the claim's unit is of what the offering does not do: in
   * a clause that denies it ("does not support 5 GHz Wi-Fi networks") or under a heading that
   * does ("Not supported"). It is not a value the offering has.
   */
  private static boolean denied(Claim c, int at, String figure) {
    return c.underDenyingHeading() || at >= 0 && c.attributes().negated() && Denials.deniedAt(c.unitText(), at, figure);
  }

  /** Whether the value at {@code at} of {@code text} is a former one ("up from $5,000", "(was 30 days)"). */
  private static boolean former(String text, int at) {
    if (at < 0) {
      return false;
    }
    return FORMER.matcher(text.substring(Math.max(0, at - 16), at)).find();
  }

  /** The counts of a named unit ("25,000 Linux minutes", not "25,000") that belong to a named plan. */
  static List<Measured> planCounts(List<Measured> figures) {
    return figures.stream()
        .filter(m -> m.plan() != null && "count".equals(m.quantity().dimension()) && !m.quantity().unit().isEmpty())
        .toList();
  }

  /** The first cell of a table row as a key ("Team plan |" and "team |" meet), empty elsewhere. */
  static String rowKey(Claim c) {
    int bar = c.unitText().indexOf(" | ");
    return bar < 0 ? "" : ROW_KEY_NOISE.matcher(c.unitText().substring(0, bar)).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
