package dev.launchlint.analyze;

import java.util.Objects;

/**
 * A price: amount in a currency, per what (user, seat, GB, ...) and per which period.
 *
 * @param currency ISO 4217 code such as {@code USD}; {@code XXX} (no currency) for "free"
 * @param amount the (lower) amount
 * @param upper the upper amount of a range, or null
 * @param per the unit priced, e.g. {@code user}, {@code seat}, {@code GB}; null when flat
 * @param period {@code month}, {@code year}, {@code one-time} or null when not said
 * @param plan the plan or tier named with the price, or null
 * @param bound how the amount bounds the truth ("from $10" is at least)
 * @param start offset of the phrase in the document text
 * @param end end offset (exclusive) of the phrase in the document text
 * @param text the phrase as written
 * @param billing how often the price is billed when said apart from its period ("$29/mo billed
 *     annually": period {@code month}, billing {@code year}), or null
 * @param role what the amount is when it is not the price of something: {@code minimum} for a
 *     minimum order ("a $15 minimum"), {@code threshold} for the spend an offer starts at ("free
 *     delivery on orders of $35 or more"); null for a price
 */
public record Money(
    String currency,
    double amount,
    Double upper,
    String per,
    String period,
    String plan,
    Bound bound,
    int start,
    int end,
    String text,
    String billing,
    String role) {

  /** A price without a separate billing cycle. */
  public Money(String currency, double amount, Double upper, String per, String period, String plan, Bound bound,
      int start, int end, String text) {
    this(currency, amount, upper, per, period, plan, bound, start, end, text, null, null);
  }

  /** A price, with its billing cycle. */
  public Money(String currency, double amount, Double upper, String per, String period, String plan, Bound bound,
      int start, int end, String text, String billing) {
    this(currency, amount, upper, per, period, plan, bound, start, end, text, billing, null);
  }

  public Money {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(text, "text");
    if (amount < 0 || Double.isNaN(amount)) {
      throw new IllegalArgumentException("amount must be >= 0 but was " + amount + " in '" + text + "'");
    }
    if (end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
    }
  }

  /** The same price said of {@code plan}. */
  Money withPlan(String plan) {
    return new Money(currency, amount, upper, per, period, plan, bound, start, end, text, billing, role);
  }

  /** The same price, for {@code per} and {@code period}: "$84, $180 and $396 per year" shares its tail. */
  Money withTail(String per, String period) {
    return new Money(currency, amount, upper, per, period, plan, bound, start, end, text, billing, role);
  }

  /** The same price found {@code delta} characters further into its document. */
  Money shifted(int delta) {
    return new Money(currency, amount, upper, per, period, plan, bound, start + delta, end + delta, text, billing, role);
  }
}
