package dev.launchlint.batch;

import dev.launchlint.AuditOptions;
import dev.launchlint.report.ReportFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * How to run a batch.
 *
 * @param out the folder the reports, manifests and summary go to (created when missing)
 * @param audit how to audit each kit; {@code audit.jobs()} is the size of the one pool shared by
 *     every kit and document
 * @param formats the report formats of each kit; JSON is always among them (the manifest and the
 *     summary rely on it), and they are kept in enum order
 * @param force audit every kit again, even those whose reports are complete and whose inputs have
 *     not changed
 */
public record BatchOptions(Path out, AuditOptions audit, List<ReportFormat> formats, boolean force) {

  public BatchOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(audit, "audit");
    EnumSet<ReportFormat> set = EnumSet.of(ReportFormat.JSON);
    set.addAll(formats);
    formats = List.copyOf(new ArrayList<>(set));
  }

  /** JSON reports into {@code out}, default audit options, unchanged kits skipped. */
  public static BatchOptions into(Path out) {
    return new BatchOptions(out, AuditOptions.DEFAULTS, List.of(ReportFormat.JSON), false);
  }

  public BatchOptions withAudit(AuditOptions value) {
    return new BatchOptions(out, value, formats, force);
  }

  public BatchOptions withFormats(List<ReportFormat> value) {
    return new BatchOptions(out, audit, value, force);
  }

  public BatchOptions withForce(boolean value) {
    return new BatchOptions(out, audit, formats, value);
  }
}
