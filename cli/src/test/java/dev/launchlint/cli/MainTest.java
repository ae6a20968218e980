package dev.launchlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void missingKitIsUsageErrorWithOneLine() {
    int code = run("audit", "/no/such/kit");
    assertEquals(ExitCode.USAGE, code);
    assertTrue(err.toString().startsWith("launchlint: "), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
  }

  @Test
  void unknownOptionIsUsageError() {
    assertEquals(ExitCode.USAGE, run("audit", "--bogus"));
  }

  @Test
  void auditWritesJsonReportWithEveryDocument(@TempDir Path dir) throws Exception {
    Path kit = dir.resolve("kit");
    Files.createDirectories(kit.resolve("product"));
    Files.createDirectories(kit.resolve("misc"));
    Files.writeString(kit.resolve("product/spec.md"), "# Spec\n\nThe service keeps 99.9% uptime.\n");
    Files.writeString(kit.resolve("misc/notes.txt"), "random notes\n");
    Path report = dir.resolve("out/report.json");
    int code = run("audit", kit.toString(), "--format", "json", "-o", report.toString(), "--fail-on", "never");
    assertEquals(ExitCode.CLEAN, code, err.toString());
    String json = Files.readString(report);
    assertTrue(json.contains("\"schema\" : \"launchlint/report@1\""), json);
    assertTrue(json.contains("\"path\" : \"product/spec.md\""), json);
    assertTrue(json.contains("\"status\" : \"unassigned\""), json);
  }
}
