package dev.launchlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** audit --write-baseline / --baseline and diff, end to end through the command line. */
class BaselineCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void onlyNewFindingsFailAndDiffShowsThem(@TempDir Path dir) throws Exception {
    Path kit = dir.resolve("kit");
    Files.createDirectories(kit.resolve("product"));
    Files.createDirectories(kit.resolve("sales"));
    Files.writeString(kit.resolve("product/spec.md"), "# Reliability\n\nThe service keeps a 99.9% monthly uptime SLA.\n");
    Files.writeString(kit.resolve("sales/pitch.md"), "# Why us\n\nWe guarantee a 99.99% monthly uptime SLA.\n");
    Path baseline = dir.resolve("baseline.json");
    Path before = dir.resolve("before.json");
    assertEquals(ExitCode.FINDINGS, run("audit", kit.toString(), "-o", before.toString()), err.toString());
    assertEquals(ExitCode.CLEAN, run("audit", kit.toString(), "--write-baseline", baseline.toString(), "-o",
        dir.resolve("r.json").toString()), err.toString());
    assertTrue(Files.readString(baseline).contains("\"schema\" : \"launchlint/baseline@1\""));
    assertEquals(ExitCode.CLEAN, run("audit", kit.toString(), "--baseline", baseline.toString(), "--fail-on", "high",
        "-o", dir.resolve("r.json").toString()), err.toString());
    assertTrue(Files.readString(dir.resolve("r.json")).contains("\"status\" : \"unchanged\""));

    Files.writeString(kit.resolve("sales/pricing.md"), "# Pricing\n\nThe Pro plan costs $49 per user per month.\n");
    Files.writeString(kit.resolve("product/plans.md"), "# Plans\n\nThe Pro plan costs $39 per user per month.\n");
    Path after = dir.resolve("after.json");
    assertEquals(ExitCode.FINDINGS, run("audit", kit.toString(), "--baseline", baseline.toString(), "-o",
        after.toString()), err.toString());
    String json = Files.readString(after);
    assertTrue(json.contains("\"status\" : \"new\"") && json.contains("\"status\" : \"unchanged\""), json);

    out.getBuffer().setLength(0);
    assertEquals(ExitCode.CLEAN, run("diff", before.toString(), after.toString(), "--format", "md"), err.toString());
    String md = out.toString();
    assertTrue(md.contains("**1 new, 0 fixed, 1 unchanged**"), md);
    assertTrue(md.contains("$49") || md.contains("\\$49"), md);
    assertEquals(ExitCode.FINDINGS, run("diff", before.toString(), after.toString(), "--fail-on", "high"));
    assertEquals(ExitCode.USAGE, run("diff", baseline.toString(), after.toString()));
    assertEquals(ExitCode.USAGE, run("audit", kit.toString(), "--baseline", dir.resolve("none.json").toString()));
  }
}
