package dev.launchlint.compare;

import java.util.Locale;

/** How much a finding matters: high when customer-visible facts conflict. Ordered most severe first. */
public enum Severity {
  HIGH,
  MEDIUM,
  LOW;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at or above {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity fromId(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }
}
