package dev.launchlint.cli;

import dev.launchlint.LaunchlintException;
import dev.launchlint.report.Report;
import dev.launchlint.report.ReportFormat;
import java.io.Console;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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

  /**
   * The format to write: the one named by {@code --format} when given, else the one the extension
   * of {@code -o} implies, else the console summary.
   */
  static ReportFormat choose(String name, Path output) {
    if (name != null) {
      return parse(name);
    }
    if (output != null && output.getFileName() != null) {
      return ReportFormat.forFileName(output.getFileName().toString()).orElseThrow(() -> new LaunchlintException(
          "cli", "cannot tell the format from '" + output.getFileName() + "'; add --format"));
    }
    return ReportFormat.CONSOLE;
  }

  /**
   * Whether the console report goes out in colour: only to an interactive terminal, and never
   * when {@code NO_COLOR} is set to anything but the empty string (no-color.org) or {@code TERM}
   * is {@code dumb}. Files written with {@code -o} are never coloured.
   */
  static boolean colour(ReportFormat format, boolean interactive, Map<String, String> env) {
    String noColor = env.get("NO_COLOR");
    return format == ReportFormat.CONSOLE && interactive && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(env.get("TERM"));
  }

  /** Whether standard output is a terminal a person reads. */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // From Java 22 a console exists even when output is piped; isTerminal() then tells.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /**
   * Writes the report to a temporary file beside {@code target}, then renames it: readers never see
   * half a report. The temporary file is created like any other (so the report gets the user's
   * usual permissions, not a temporary file's owner-only ones) and removed if anything fails.
   */
  static void writeAtomically(Path target, Report report, ReportFormat format) throws IOException {
    writeAtomically(target, out -> format.render(report, out));
  }

  /** What fills a file that {@link #writeAtomically(Path, Body)} writes. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** Writes {@code body} to a temporary file beside {@code target}, then renames it over the target. */
  static void writeAtomically(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = null;
    Writer w = null;
    for (int attempt = 0; w == null; attempt++) {
      tmp = dir.resolve("." + abs.getFileName() + "." + ProcessHandle.current().pid() + "." + attempt + ".tmp");
      try {
        w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
    try {
      try (Writer out = w) {
        body.writeTo(out);
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
