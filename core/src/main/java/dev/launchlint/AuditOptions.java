package dev.launchlint;

import dev.launchlint.extract.ExtractionLimits;
import java.util.Objects;

/**
 * How to audit a kit: the extraction limits, how many documents to read at once, and whether the
 * report holds every finding or only the confident ones ({@link
 * dev.launchlint.compare.Finding#confident()}). Immutable; make variants with the {@code with...}
 * methods.
 */
public record AuditOptions(ExtractionLimits limits, int jobs, boolean all) {

  public static final AuditOptions DEFAULTS =
      new AuditOptions(ExtractionLimits.DEFAULTS, Runtime.getRuntime().availableProcessors(), false);

  public AuditOptions {
    Objects.requireNonNull(limits, "limits");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be >= 1 but was " + jobs);
    }
  }

  public AuditOptions withLimits(ExtractionLimits value) {
    return new AuditOptions(value, jobs, all);
  }

  public AuditOptions withJobs(int value) {
    return new AuditOptions(limits, value, all);
  }

  /** Options whose report holds every finding ({@code true}), low-confidence ones marked, or only confident ones. */
  public AuditOptions withAll(boolean value) {
    return new AuditOptions(limits, jobs, value);
  }
}
