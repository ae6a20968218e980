package dev.launchlint.cli;

import dev.launchlint.AuditListener;
import dev.launchlint.AuditOptions;
import dev.launchlint.Launchlint;
import dev.launchlint.LaunchlintException;
import dev.launchlint.compare.Severity;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.InferredFunction;
import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitArchive;
import dev.launchlint.kit.KitScanner;
import dev.launchlint.report.KitInfo;
import dev.launchlint.report.RenderOptions;
import dev.launchlint.report.Report;
import dev.launchlint.report.ReportFormat;
import dev.launchlint.triage.Baseline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
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

  @Parameters(paramLabel = "KIT_DIR|KIT.zip",
      description = "The kit folder (product/, marketing/, sales/, strategy/ under it), or a zip of it.")
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

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Weigh the findings against a baseline (from --write-baseline, or a JSON report): those it"
          + " holds are unchanged, the rest new, and only new ones count for --fail-on; the ones it holds that"
          + " are gone are listed as fixed.")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write the findings of this audit to FILE as the baseline for later audits; the run then"
          + " exits 0 (every finding is known).")
  Path writeBaseline;

  @Option(names = {"--jobs", "-j"}, paramLabel = "N",
      description = "Documents read at once (default: the number of processors).")
  Integer jobs;

  @Option(names = "--infer-functions",
      description = "Give files that no folder or glob assigns the function their name or text suggests"
          + " (a deck: sales; a spec: product; a landing page: marketing), each shown with its reason on"
          + " standard error.")
  boolean inferFunctions;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "bar, log, none, or auto: a bar on stderr when stdout and stderr are a terminal, nothing"
          + " otherwise (default: ${DEFAULT-VALUE}).")
  String progress;

  @Override
  public Integer call() throws IOException {
    ReportFormat fmt = Formats.choose(format, output);
    Severity threshold = failOn.equalsIgnoreCase("never") ? null : parseSeverity(failOn);
    boolean zip = Files.isRegularFile(kit) && KitArchive.isZip(kit);
    if (!zip && !Files.isDirectory(kit)) {
      throw new LaunchlintException("discover", "not a kit folder or zip file: " + kit);
    }
    if (output != null && Files.isDirectory(output)) {
      throw new LaunchlintException("cli", "-o names a folder, not a file: " + output);
    }
    if (jobs != null && jobs < 1) {
      throw new LaunchlintException("cli", "--jobs must be at least 1, not " + jobs);
    }
    if (baseline != null && !Files.isRegularFile(baseline)) {
      throw new LaunchlintException("baseline", "no baseline file: " + baseline);
    }
    if (writeBaseline != null && Files.isDirectory(writeBaseline)) {
      throw new LaunchlintException("cli", "--write-baseline names a folder, not a file: " + writeBaseline);
    }
    AuditOptions base = limits.applyTo(AuditOptions.DEFAULTS).withAll(all).withBaseline(baseline);
    AuditOptions options = jobs == null ? base : base.withJobs(jobs);
    AuditProgress listener = new AuditProgress(spec.commandLine().getErr(),
        BatchProgress.mode(progress, BatchProgress.Mode.NONE));
    Report report;
    try {
      if (zip) {
        try (KitArchive.Unpacked unpacked = KitArchive.open(kit, KitArchive.Limits.DEFAULTS)) {
          Report a = audit(KitScanner.scan(unpacked.root()).withName(unpacked.name()), options, listener);
          // The report names the zip, not the temporary folder it was read from.
          report = new Report(new KitInfo(unpacked.name(), kit.toString()), a.documents(), a.findings(), a.scores(),
              a.terms(), a.triage(), a.regions(), a.sheet());
        }
      } else {
        report = audit(KitScanner.scan(kit), options, listener);
      }
    } finally {
      listener.finish();
    }
    // A malformed fact sheet is the user's to fix, but no reason to stop: one line, same exit code.
    report.sheet().problems().forEach(p -> spec.commandLine().getErr().println("launchlint: " + p));
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
    if (writeBaseline != null) {
      byte[] bytes = Baseline.of(report.kit().name(), report.findings()).toJson();
      try {
        Formats.writeAtomically(writeBaseline, w -> w.write(new String(bytes, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new LaunchlintException("report", null, "cannot write " + writeBaseline + ": " + e, e);
      }
      spec.commandLine().getErr().println("launchlint: baseline of " + report.findings().size() + " findings written to "
          + writeBaseline);
      return ExitCode.CLEAN;
    }
    return threshold != null && report.hasFindingsAtOrAbove(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private Report audit(Kit scanned, AuditOptions options, AuditListener listener) {
    Kit kitToAudit = scanned;
    if (inferFunctions) {
      List<InferredFunction> inferred = Launchlint.inferFunctions(scanned, options);
      PrintWriter err = spec.commandLine().getErr();
      Map<String, BusinessFunction> chosen = new HashMap<>();
      for (InferredFunction f : inferred) {
        err.println("inferred: " + f.path() + " -> " + f.function().id() + " (" + f.reason() + ")");
        chosen.put(f.path(), f.function());
      }
      err.flush();
      kitToAudit = scanned.withFunctions(chosen);
    }
    int threads = Math.min(options.jobs(), Math.max(1, kitToAudit.files().size()));
    ExecutorService pool = Launchlint.newPool(threads, "launchlint-audit");
    try {
      return Launchlint.audit(kitToAudit, options, pool, listener);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Severity parseSeverity(String value) {
    try {
      return Severity.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new LaunchlintException("cli", "--fail-on takes high, medium, low or never, not '" + value + "'");
    }
  }
}
