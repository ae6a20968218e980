package dev.launchlint.analyze;

import java.util.Objects;

/**
 * A price: amount in a currency, per what (user, seat, GB, ...) and per which period.
 *
 * @param currency ISO code such as {@code USD}
 * @param amount the (lower) amount
 * @param upper the upper amount of a range, or null
 * @param per the unit priced, e.g. {@code user}, {@code seat}, {@code GB}; null when flat
 * @param period {@code month}, {@code year}, {@code one-time} or null when not said
 * @param plan the plan or tier named with the price, or null
 * @param bound how the amount bounds the truth ("from $10" is at least)
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
    String text) {

  public Money {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(text, "text");
    if (amount < 0 || Double.isNaN(amount)) {
      throw new IllegalArgumentException("amount must be >= 0 but was " + amount + " in '" + text + "'");
    }
  }
}
