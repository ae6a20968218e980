package dev.launchlint.analyze;

import java.util.List;

/**
 * The normalised facts of a claim.
 *
 * @param quantities numbers with units
 * @param prices money amounts
 * @param dates dates and periods
 * @param stage the release stage named, or null
 * @param entities named platforms, integrations, products, plans, regions, certifications and
 *     standards, normalised to lower case
 * @param negated the claim denies ("does not", "without", "no")
 * @param hedged the claim hedges ("may", "typically", "up to")
 * @param absolutes absolute or guarantee words found ("guaranteed", "unlimited", "the only")
 */
public record Attributes(
    List<Quantity> quantities,
    List<Money> prices,
    List<DateRef> dates,
    ReleaseStage stage,
    List<String> entities,
    boolean negated,
    boolean hedged,
    List<String> absolutes) {

  public static final Attributes NONE =
      new Attributes(List.of(), List.of(), List.of(), null, List.of(), false, false, List.of());

  public Attributes {
    quantities = List.copyOf(quantities);
    prices = List.copyOf(prices);
    dates = List.copyOf(dates);
    entities = List.copyOf(entities);
    absolutes = List.copyOf(absolutes);
  }

  public boolean absolute() {
    return !absolutes.isEmpty();
  }

  /**
   * The same facts read {@code delta} characters further into the document: only the spans of the
   * quantities, prices and dates move.
   */
  Attributes shifted(int delta) {
    if (delta == 0 || quantities.isEmpty() && prices.isEmpty() && dates.isEmpty()) {
      return this;
    }
    return new Attributes(quantities.stream().map(q -> q.shifted(delta)).toList(),
        prices.stream().map(p -> p.shifted(delta)).toList(), dates.stream().map(d -> d.shifted(delta)).toList(),
        stage, entities, negated, hedged, absolutes);
  }

  public boolean isEmpty() {
    return quantities.isEmpty() && prices.isEmpty() && dates.isEmpty() && stage == null
        && entities.isEmpty() && !negated && !hedged && absolutes.isEmpty();
  }
}
