package dev.launchlint.cli;

import dev.launchlint.LaunchlintException;
import dev.launchlint.report.Report;
import dev.launchlint.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Format names and atomic report files. */
final class Formats {

  private Formats() {}

  static ReportFormat parse(String name) {
    try {
      return ReportFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String known = Arrays.stream(ReportFormat.values()).map(ReportFormat::id).collect(Collectors.joining(", "));
      throw new LaunchlintException("cli", "unknown format '" + name + "'; use one of " + known);
    }
  }

  /** Writes the report to a temporary file beside {@code target}, then renames it: readers never see half a report. */
  static void writeAtomically(Path target, Report report, ReportFormat format) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        format.render(report, w);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
