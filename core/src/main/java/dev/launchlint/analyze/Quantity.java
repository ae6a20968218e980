package dev.launchlint.analyze;

import java.util.Objects;

/**
 * A number with its unit, normalised to the base unit of its dimension so that two phrasings
 * compare: durations in seconds, sizes in bytes, percentages as percent, multipliers as factors.
 *
 * @param value the (lower) value in the base unit
 * @param upper the upper value of a range in the base unit, or null
 * @param dimension e.g. {@code percent}, {@code duration}, {@code size}, {@code count}, {@code multiplier}
 * @param unit the base unit, e.g. {@code %}, {@code s}, {@code B}, {@code x}, or the counted noun
 * @param bound how the number bounds the truth
 * @param start offset of the phrase in the document text
 * @param end end offset (exclusive) of the phrase in the document text
 * @param text the phrase as written
 */
public record Quantity(
    double value, Double upper, String dimension, String unit, Bound bound, int start, int end, String text) {

  public Quantity {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(text, "text");
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("value is NaN in '" + text + "'");
    }
    if (end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
    }
  }

  /** The same quantity found {@code delta} characters further into its document. */
  Quantity shifted(int delta) {
    return new Quantity(value, upper, dimension, unit, bound, start + delta, end + delta, text);
  }
}
