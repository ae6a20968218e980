package dev.launchlint.triage;

import java.util.Locale;

/** Where a finding stands against the baseline and the waivers. */
public enum FindingStatus {
  /** Not in the baseline (or no baseline) and not waived: it counts for {@code --fail-on}. */
  NEW,
  /** In the baseline already: known, shown, not counted. */
  UNCHANGED,
  /** Named by a waiver that has not expired: shown as waived, never counted. */
  WAIVED;

  /** The lower-case name used in reports: {@code new}, {@code unchanged}, {@code waived}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a finding with this status counts for {@code --fail-on}: only new ones do. */
  public boolean counts() {
    return this == NEW;
  }
}
