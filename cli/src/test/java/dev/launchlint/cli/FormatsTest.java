package dev.launchlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.LaunchlintException;
import dev.launchlint.report.ReportFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void formatComesFromTheOptionThenTheOutputExtensionThenConsole() {
    assertEquals(ReportFormat.SARIF, Formats.choose("sarif", Path.of("x.html")));
    assertEquals(ReportFormat.HTML, Formats.choose(null, Path.of("out/report.html")));
    assertEquals(ReportFormat.SARIF, Formats.choose(null, Path.of("launchlint.sarif.json")));
    assertEquals(ReportFormat.MD, Formats.choose(null, Path.of("comment.md")));
    assertEquals(ReportFormat.CONSOLE, Formats.choose(null, null));
    LaunchlintException e = assertThrows(LaunchlintException.class, () -> Formats.choose(null, Path.of("report")));
    assertTrue(e.getMessage().contains("--format"), e.getMessage());
    assertThrows(LaunchlintException.class, () -> Formats.parse("pdf"));
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    assertTrue(Formats.colour(ReportFormat.CONSOLE, true, Map.of()));
    assertTrue(Formats.colour(ReportFormat.CONSOLE, true, Map.of("NO_COLOR", "")), "empty NO_COLOR does not count");
    assertFalse(Formats.colour(ReportFormat.CONSOLE, true, Map.of("NO_COLOR", "1")));
    assertFalse(Formats.colour(ReportFormat.CONSOLE, true, Map.of("TERM", "dumb")));
    assertFalse(Formats.colour(ReportFormat.CONSOLE, false, Map.of()), "piped");
    assertFalse(Formats.colour(ReportFormat.HTML, true, Map.of()));
  }

  @Test
  void outputExtensionPicksTheFormatAndPipedConsoleIsPlain(@TempDir Path dir) throws Exception {
    Path kit = dir.resolve("kit");
    Files.createDirectories(kit.resolve("product"));
    Files.createDirectories(kit.resolve("sales"));
    Files.writeString(kit.resolve("product/spec.md"), "# Spec\n\nThe service keeps 99.9% uptime.\n");
    Files.writeString(kit.resolve("sales/deck.md"), "# Deck\n\n- <script>alert(1)</script> 99.99% uptime\n");

    Path html = dir.resolve("out/report.html");
    assertEquals(ExitCode.CLEAN, run("audit", kit.toString(), "-o", html.toString(), "--fail-on", "never"), err.toString());
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"), page);
    assertFalse(page.contains("<script"), "inert");
    try (var files = Files.list(html.getParent())) {
      assertEquals(1, files.count(), "no temporary file left beside the report");
    }

    Path reference = Files.writeString(dir.resolve("out/reference.txt"), "x");
    if (Files.getFileStore(html).supportsFileAttributeView("posix")) {
      assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(html),
          "a report gets the permissions of any new file, not a temporary file's owner-only ones");
    }
    Files.delete(reference);

    Path sarif = dir.resolve("out/report.sarif");
    assertEquals(ExitCode.CLEAN, run("audit", kit.toString(), "-o", sarif.toString(), "--fail-on", "never"));
    assertTrue(Files.readString(sarif).contains("\"version\" : \"2.1.0\""));

    assertEquals(ExitCode.USAGE, run("audit", kit.toString(), "-o", dir.resolve("report").toString()));
    assertTrue(err.toString().startsWith("launchlint: cannot tell the format"), err.toString());

    err.getBuffer().setLength(0);
    assertEquals(ExitCode.USAGE, run("audit", kit.toString(), "--format", "md", "-o", dir.toString()));
    assertTrue(err.toString().startsWith("launchlint: -o names a folder"), err.toString());
    Path blocked = Files.writeString(dir.resolve("blocked"), "a file where a folder should be");
    err.getBuffer().setLength(0);
    assertEquals(ExitCode.USAGE, run("audit", kit.toString(), "-o", blocked.resolve("report.md").toString()));
    assertTrue(err.toString().startsWith("launchlint: cannot write "), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());

    out.getBuffer().setLength(0);
    assertEquals(ExitCode.CLEAN, run("audit", kit.toString(), "--fail-on", "never"));
    assertTrue(out.toString().startsWith("launchlint  kit\n"), out.toString());
    assertFalse(out.toString().contains("\u001b"), "tests run without a terminal: no colour");
  }
}
