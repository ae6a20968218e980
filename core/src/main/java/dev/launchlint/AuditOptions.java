package dev.launchlint;

import dev.launchlint.extract.ExtractionLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How to audit a kit: the extraction limits, how many documents to read at once, whether the
 * report holds every finding or only the confident ones ({@link
 * dev.launchlint.compare.Finding#confident()}), the baseline to weigh findings against (null for
 * none) and the day on which waivers are judged (null for today). Immutable; make variants with
 * the {@code with...} methods.
 */
public record AuditOptions(ExtractionLimits limits, int jobs, boolean all, Path baseline, LocalDate today) {

  public static final AuditOptions DEFAULTS =
      new AuditOptions(ExtractionLimits.DEFAULTS, Runtime.getRuntime().availableProcessors(), false);

  public AuditOptions {
    Objects.requireNonNull(limits, "limits");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be >= 1 but was " + jobs);
    }
  }

  public AuditOptions(ExtractionLimits limits, int jobs, boolean all) {
    this(limits, jobs, all, null, null);
  }

  public AuditOptions withLimits(ExtractionLimits value) {
    return new AuditOptions(value, jobs, all, baseline, today);
  }

  public AuditOptions withJobs(int value) {
    return new AuditOptions(limits, value, all, baseline, today);
  }

  /** Options whose report holds every finding ({@code true}), low-confidence ones marked, or only confident ones. */
  public AuditOptions withAll(boolean value) {
    return new AuditOptions(limits, jobs, value, baseline, today);
  }

  /** Options that weigh the findings against the baseline file (see {@link dev.launchlint.triage.Baseline}), or none. */
  public AuditOptions withBaseline(Path value) {
    return new AuditOptions(limits, jobs, all, value, today);
  }

  /** Options that judge waivers as on {@code value} (null: the day of the audit). */
  public AuditOptions withToday(LocalDate value) {
    return new AuditOptions(limits, jobs, all, baseline, value);
  }

  /** The day waivers are judged on. */
  public LocalDate day() {
    return today == null ? LocalDate.now() : today;
  }
}
