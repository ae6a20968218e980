package dev.launchlint.analyze;

import java.util.Locale;

/** What kind of assertion a claim makes about the offering. */
public enum ClaimType {
  CAPABILITY,
  METRIC,
  PRICE,
  AVAILABILITY,
  COMPATIBILITY,
  COMPLIANCE,
  COMPARISON,
  COMMITMENT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
