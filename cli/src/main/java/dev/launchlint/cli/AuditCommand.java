package dev.launchlint.cli;

import dev.launchlint.AuditOptions;
import dev.launchlint.Launchlint;
import dev.launchlint.LaunchlintException;
import dev.launchlint.compare.Severity;
import dev.launchlint.report.RenderOptions;
import dev.launchlint.report.Report;
import dev.launchlint.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code launchlint audit KIT_DIR}: audits one kit. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audits one launch kit and reports where its functions disagree.")
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LimitOptions limits;

  @Parameters(paramLabel = "KIT_DIR", description = "The kit folder: product/, marketing/, sales/, strategy/ under it.")
  Path kit;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "console, json, html, md, sarif or csv (default: console, or what the extension of -o"
          + " implies: .html, .md, .sarif, .json, .csv, .txt).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of the terminal.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "high",
      description = "Exit 1 when a finding is at or above LEVEL: high, medium, low or never (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--all",
      description = "Also report the findings launchlint is not confident of, marked as such (they never count"
          + " for --fail-on, the stage or the scores).")
  boolean all;

  @Option(names = {"--jobs", "-j"}, paramLabel = "N",
      description = "Documents read at once (default: the number of processors).")
  Integer jobs;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "bar, log, none, or auto: a bar on stderr when stdout and stderr are a terminal, nothing"
          + " otherwise (default: ${DEFAULT-VALUE}).")
  String progress;

  @Override
  public Integer call() throws IOException {
    ReportFormat fmt = Formats.choose(format, output);
    Severity threshold = failOn.equalsIgnoreCase("never") ? null : parseSeverity(failOn);
    if (!Files.isDirectory(kit)) {
      throw new LaunchlintException("discover", "not a kit folder: " + kit);
    }
    if (output != null && Files.isDirectory(output)) {
      throw new LaunchlintException("cli", "-o names a folder, not a file: " + output);
    }
    if (jobs != null && jobs < 1) {
      throw new LaunchlintException("cli", "--jobs must be at least 1, not " + jobs);
    }
    AuditProgress listener = new AuditProgress(spec.commandLine().getErr(),
        BatchProgress.mode(progress, BatchProgress.Mode.NONE));
    AuditOptions options = limits.applyTo(AuditOptions.DEFAULTS).withAll(all);
    Report report;
    try {
      report = Launchlint.audit(kit, jobs == null ? options : options.withJobs(jobs), listener);
    } finally {
      listener.finish();
    }
    if (output == null) {
      Writer w = spec.commandLine().getOut();
      fmt.render(report, w, new RenderOptions(Formats.colour(fmt, Formats.interactive(), System.getenv())));
      w.flush();
    } else {
      try {
        Formats.writeAtomically(output, report, fmt);
      } catch (IOException e) {
        throw new LaunchlintException("report", null, "cannot write " + output + ": " + e, e);
      }
    }
    return threshold != null && report.hasFindingsAtOrAbove(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private static Severity parseSeverity(String value) {
    try {
      return Severity.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new LaunchlintException("cli", "--fail-on takes high, medium, low or never, not '" + value + "'");
    }
  }
}
