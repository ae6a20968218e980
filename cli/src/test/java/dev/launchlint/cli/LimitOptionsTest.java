package dev.launchlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LimitOptionsTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aFileOverTheSizeLimitIsReportedTooLarge(@TempDir Path dir) throws Exception {
    Path kit = dir.resolve("kit");
    Files.createDirectories(kit.resolve("product"));
    Files.writeString(kit.resolve("product/spec.md"), "# Spec\n\n" + "The service keeps 99.9% uptime. ".repeat(40_000));
    Files.writeString(kit.resolve("product/short.md"), "# Short\n\nFine.\n");
    int code = run("audit", kit.toString(), "--format", "json", "--fail-on", "never", "--max-file-mb", "1");
    assertEquals(ExitCode.CLEAN, code, err.toString());
    assertTrue(out.toString().contains("\"status\" : \"too-large\""), out.toString());
    assertTrue(out.toString().contains("\"status\" : \"parsed\""), out.toString());
  }

  @Test
  void aNonPositiveLimitIsAOneLineUsageError(@TempDir Path dir) {
    int code = run("audit", dir.toString(), "--timeout", "0");
    assertEquals(ExitCode.USAGE, code);
    assertEquals("launchlint: --timeout must be at least 1, not 0", err.toString().strip());
  }
}
