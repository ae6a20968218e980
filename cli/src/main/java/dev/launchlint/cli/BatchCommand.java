package dev.launchlint.cli;

import dev.launchlint.AuditOptions;
import dev.launchlint.LaunchlintException;
import dev.launchlint.batch.Batch;
import dev.launchlint.batch.BatchOptions;
import dev.launchlint.batch.BatchSummary;
import dev.launchlint.batch.KitOutcome;
import dev.launchlint.compare.Severity;
import dev.launchlint.report.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code launchlint batch ROOT_DIR --out DIR}: audits every kit under a folder. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = {
      "Audits every sub-folder of ROOT_DIR as a kit: one report per kit, and a summary of all kits",
      "(summary.json, summary.csv) sorted by divergence. A rerun skips kits whose reports are complete",
      "and whose files have not changed.",
      "",
      "Exit codes: 0 done; 1 a kit has findings at or above --fail-on; 2 bad usage or unreadable ROOT_DIR;",
      "3 a kit could not be audited at all (the others are still done)."
    })
final class BatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LimitOptions limits;

  @Parameters(paramLabel = "ROOT_DIR", description = "A folder whose sub-folders are kits.")
  Path root;

  @Option(names = {"--out", "-o"}, paramLabel = "DIR", defaultValue = "launchlint-reports",
      description = "Where reports, manifests and the summary go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = {"--jobs", "-j"}, paramLabel = "N",
      description = "Documents read at once, across all kits (default: the number of processors).")
  Integer jobs;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",",
      description = "Report formats besides JSON (always written), comma-separated, as for audit --format.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--force", description = "Audit every kit again, even unchanged ones.")
  boolean force;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "never",
      description = "Exit 1 when some kit has a finding at or above LEVEL: high, medium, low or never (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "bar, log, none, or auto: a bar on a terminal, log lines otherwise (default: ${DEFAULT-VALUE}).")
  String progress;

  @Override
  public Integer call() {
    Severity threshold = failOn.equalsIgnoreCase("never") ? null : parseSeverity(failOn);
    if (!Files.isDirectory(root)) {
      throw new LaunchlintException("discover", "not a folder of kits: " + root);
    }
    int cores = Runtime.getRuntime().availableProcessors();
    if (jobs != null && jobs < 1) {
      throw new LaunchlintException("cli", "--jobs must be at least 1, not " + jobs);
    }
    List<ReportFormat> parsed = new ArrayList<>();
    for (String f : formats) {
      parsed.add(Formats.parse(f));
    }
    BatchOptions options = BatchOptions.into(out)
        .withAudit(limits.applyTo(AuditOptions.DEFAULTS).withJobs(jobs == null ? cores : jobs))
        .withFormats(parsed)
        .withForce(force);
    PrintWriter err = spec.commandLine().getErr();
    BatchProgress listener = new BatchProgress(err, mode());
    // Ctrl-C ends the JVM mid-write; atomic renames keep every finished report whole, and this
    // clears the temporary files of the reports being written (kill -9 leaves them to the next run).
    Thread cleanup = new Thread(() -> Batch.removeLeftovers(out), "launchlint-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    BatchSummary summary;
    try {
      summary = Batch.run(root, options, listener);
    } finally {
      listener.finish();
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException shuttingDown) {
        // The hook is already running.
      }
    }
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "launchlint: %d kits: %d audited, %d unchanged, %d failed; summary in %s%n",
        summary.kits().size(), summary.count(KitOutcome.Status.AUDITED), summary.count(KitOutcome.Status.UNCHANGED),
        summary.count(KitOutcome.Status.FAILED), out.resolve("summary.json"));
    w.flush();
    if (summary.count(KitOutcome.Status.FAILED) > 0) {
      return ExitCode.INTERNAL;
    }
    return threshold != null && summary.hasFindingsAtOrAbove(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private static Severity parseSeverity(String value) {
    try {
      return Severity.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new LaunchlintException("cli", "--fail-on takes high, medium, low or never, not '" + value + "'");
    }
  }

  private BatchProgress.Mode mode() {
    return BatchProgress.mode(progress, BatchProgress.Mode.LOG);
  }

}
