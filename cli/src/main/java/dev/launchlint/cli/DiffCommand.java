package dev.launchlint.cli;

import dev.launchlint.LaunchlintException;
import dev.launchlint.compare.Severity;
import dev.launchlint.report.ReportDiff;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code launchlint diff OLD.json NEW.json}: what changed between two audits of one kit. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Shows what changed between two JSON reports of one kit: new, fixed and unchanged findings,"
        + " the stage and alignment index before and after, the divergence of each pair.")
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier report (audit --format json).")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW.json", description = "The later report.")
  Path after;

  @Option(names = "--format", paramLabel = "FORMAT", description = "console, md, html or json (default: console,"
      + " or what the extension of -o implies).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the diff to FILE.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "never",
      description = "Exit 1 when a new finding is at or above LEVEL: high, medium, low or never (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Override
  public Integer call() throws IOException {
    ReportDiff.Format fmt = format(format, output);
    Severity threshold = failOn.equalsIgnoreCase("never") ? null : severity(failOn);
    for (Path p : new Path[] {before, after}) {
      if (!Files.isRegularFile(p)) {
        throw new LaunchlintException("diff", "no report file: " + p);
      }
    }
    ReportDiff diff = ReportDiff.of(before, after);
    if (output == null) {
      Writer w = spec.commandLine().getOut();
      diff.render(fmt, w);
      w.flush();
    } else {
      try {
        Formats.writeAtomically(output, out -> diff.render(fmt, out));
      } catch (IOException e) {
        throw new LaunchlintException("report", null, "cannot write " + output + ": " + e, e);
      }
    }
    return threshold != null && diff.hasNewAtOrAbove(threshold) ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  private static ReportDiff.Format format(String name, Path output) {
    if (name != null) {
      try {
        return ReportDiff.Format.parse(name);
      } catch (IllegalArgumentException e) {
        throw new LaunchlintException("cli", e.getMessage());
      }
    }
    String n = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".md") ? ReportDiff.Format.MD : n.endsWith(".html") || n.endsWith(".htm")
        ? ReportDiff.Format.HTML : n.endsWith(".json") ? ReportDiff.Format.JSON : ReportDiff.Format.CONSOLE;
  }

  private static Severity severity(String value) {
    try {
      return Severity.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new LaunchlintException("cli", "--fail-on takes high, medium, low or never, not '" + value + "'");
    }
  }
}
