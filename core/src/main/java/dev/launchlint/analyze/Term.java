package dev.launchlint.analyze;

import java.util.Objects;

/**
 * A value-proposition term of one function: a key phrase, normalised, with how distinctive it is
 * for that function and how often it occurs there.
 */
public record Term(String term, double weight, int count) {

  public Term {
    Objects.requireNonNull(term, "term");
    if (Double.isNaN(weight)) {
      throw new IllegalArgumentException("weight is NaN for '" + term + "'");
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0 but was " + count);
    }
  }
}
