package dev.launchlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit --progress}, in-process on a small kit of real files. */
class AuditProgressTest {

  @TempDir Path dir;
  private Path kit;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void kit() throws Exception {
    kit = dir.resolve("kit");
    write("product/spec.md", "# Spec\n\nThe service keeps 99.9% uptime.\n\nSetup takes 10 minutes.\n");
    write("marketing/landing.html", "<html><body><h1>Fast</h1><p>Enjoy 99.99% uptime, guaranteed.</p></body></html>");
    write("sales/notes.txt", "Setup in 5 minutes.\n");
  }

  private void write(String path, String text) throws Exception {
    Files.createDirectories(kit.resolve(path).getParent());
    Files.writeString(kit.resolve(path), text);
  }

  private int audit(String... progress) {
    List<String> args = new java.util.ArrayList<>(List.of("audit", kit.toString(), "--format", "json",
        "-o", dir.resolve("report.json").toString(), "--fail-on", "never", "--jobs", "2"));
    args.addAll(List.of(progress));
    return Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void logModeTellsDocumentsThenTheComparison() throws Exception {
    assertEquals(ExitCode.CLEAN, audit("--progress", "log"), err.toString());
    List<String> lines = err.toString().lines().toList();
    assertEquals("launchlint: kit: 3 documents to read", lines.get(0), err.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("launchlint: 3/3 docs ")), err.toString());
    int comparing = lines.indexOf(lines.stream().filter(l -> l.matches("launchlint: comparing \\d+ claims"))
        .findFirst().orElseThrow(() -> new AssertionError(err.toString())));
    assertTrue(lines.get(lines.size() - 1).matches(
        "launchlint: 3 documents read in \\d+s \\([\\d.]+ docs/s\\); \\d+ claims compared in \\d+s"), err.toString());
    assertTrue(comparing < lines.size() - 1, err.toString());
    assertTrue(Files.readString(dir.resolve("report.json")).contains("\"path\" : \"sales/notes.txt\""));
  }

  @Test
  void barModeRedrawsOneLineAndEndsWithTheSummary() {
    assertEquals(ExitCode.CLEAN, audit("--progress", "bar"), err.toString());
    String shown = err.toString();
    assertTrue(shown.contains("\r[########################] 3 docs read; comparing "), shown);
    assertTrue(shown.contains("\r\033[Klaunchlint: 3 documents read in "), shown);
    // redrawn in place: one line break, after the summary
    assertEquals(shown.length() - 1, shown.indexOf('\n'), shown);
  }

  @Test
  void silentWithNoneAndWhenNotOnATerminal() {
    assertEquals(ExitCode.CLEAN, audit("--progress", "none"), err.toString());
    assertEquals("", err.toString());
    // Tests run without a console: auto says nothing.
    assertEquals(ExitCode.CLEAN, audit(), err.toString());
    assertEquals("", err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void anUnknownModeIsAUsageError() {
    assertEquals(ExitCode.USAGE, audit("--progress", "loud"));
    assertEquals("launchlint: --progress takes auto, bar, log or none, not 'loud'", err.toString().strip());
  }
}
