package dev.launchlint;

import dev.launchlint.extract.ExtractionLimits;
import java.util.Objects;

/**
 * How to audit a kit: the extraction limits and how many documents to read at once.
 * Immutable; make variants with the {@code with...} methods.
 */
public record AuditOptions(ExtractionLimits limits, int jobs) {

  public static final AuditOptions DEFAULTS =
      new AuditOptions(ExtractionLimits.DEFAULTS, Runtime.getRuntime().availableProcessors());

  public AuditOptions {
    Objects.requireNonNull(limits, "limits");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be >= 1 but was " + jobs);
    }
  }

  public AuditOptions withLimits(ExtractionLimits value) {
    return new AuditOptions(value, jobs);
  }

  public AuditOptions withJobs(int value) {
    return new AuditOptions(limits, value);
  }
}
