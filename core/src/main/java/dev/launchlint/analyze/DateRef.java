package dev.launchlint.analyze;

import java.util.Objects;

/**
 * A date or period named in a claim, as precise as it was written: a year, a quarter, a month or
 * a day. Relative references ("next month") keep {@code relative} true and no year.
 */
public record DateRef(Integer year, Integer quarter, Integer month, Integer day, boolean relative, int start, int end, String text) {

  public DateRef {
    Objects.requireNonNull(text, "text");
    if (quarter != null && (quarter < 1 || quarter > 4)) {
      throw new IllegalArgumentException("quarter must be 1..4 but was " + quarter);
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month must be 1..12 but was " + month);
    }
  }

  /** The quarter this date falls in, from the month when no quarter was written. */
  public Integer effectiveQuarter() {
    if (quarter != null) {
      return quarter;
    }
    return month == null ? null : (month - 1) / 3 + 1;
  }

  /** The same date found {@code delta} characters further into its document. */
  DateRef shifted(int delta) {
    return new DateRef(year, quarter, month, day, relative, start + delta, end + delta, text);
  }
}
