package dev.launchlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static Path kit(Path dir) throws Exception {
    Path kit = dir.resolve("acme");
    Files.createDirectories(kit.resolve("product"));
    Files.createDirectories(kit.resolve("sales"));
    Files.writeString(kit.resolve("product/spec.md"), "# Spec\n\nThe service keeps 99.9% uptime.\n");
    Files.writeString(kit.resolve("sales/pitch.md"), "# Pitch\n\nWe promise 99.99% uptime.\n");
    Files.writeString(kit.resolve("expected.json"), """
        {"stage": "conflicting-execution", "findings": [
          {"type": "contradiction", "functions": ["product", "sales"], "anchors": ["99.9%", "99.99%"]},
          {"type": "overpromise", "functions": ["sales"], "anchors": ["promise"]}]}""");
    return kit;
  }

  @Test
  void printsTablePerKitTypeAndOverall(@TempDir Path dir) throws Exception {
    kit(dir);
    int code = run("eval", dir.toString());
    assertEquals(ExitCode.CLEAN, code, err.toString());
    String table = out.toString();
    assertTrue(table.contains("acme") && table.contains("conflicting-execution"), table);
    assertTrue(table.contains("contradiction") && table.contains("positioning-drift"), table);
    assertTrue(table.contains("overall (micro)"), table);
    assertTrue(table.contains("stage accuracy: "), table);
  }

  @Test
  void acceptsOneKitAndWritesJson(@TempDir Path dir) throws Exception {
    Path kit = kit(dir);
    Path file = dir.resolve("out/eval.json");
    int code = run("eval", kit.toString(), "--format", "json", "-o", file.toString());
    assertEquals(ExitCode.CLEAN, code, err.toString());
    String json = Files.readString(file);
    assertTrue(json.contains("\"schema\" : \"launchlint/eval@1\""), json);
    assertTrue(json.contains("\"expectedStage\" : \"conflicting-execution\""), json);
  }

  @Test
  void folderWithoutLabelsIsUsageErrorWithOneLine(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("kit/product"));
    assertEquals(ExitCode.USAGE, run("eval", dir.toString()));
    assertTrue(err.toString().startsWith("launchlint: ") && err.toString().contains("expected.json"), err.toString());
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
  }

  @Test
  void unknownFormatIsUsageError(@TempDir Path dir) throws Exception {
    kit(dir);
    assertEquals(ExitCode.USAGE, run("eval", dir.toString(), "--format", "xml"));
    assertTrue(err.toString().contains("table, json"), err.toString());
  }

  @Test
  void floorsGateTheExitCode(@TempDir Path dir) throws Exception {
    Path kit = kit(dir);
    // a label whose anchor stands nowhere in the kit can never be matched, so F1 stays below 1
    Files.writeString(kit.resolve("expected.json"), """
        {"stage": "conflicting-execution", "findings": [
          {"type": "contradiction", "functions": ["product", "sales"], "anchors": ["not in this kit"]}]}""");
    assertEquals(ExitCode.CLEAN, run("eval", dir.toString(), "--min-f1", "0", "--min-stage-accuracy", "0"), err.toString());
    assertEquals(ExitCode.FINDINGS, run("eval", dir.toString(), "--min-f1", "1"), err.toString());
    assertTrue(err.toString().contains("is below --min-f1 1.000"), err.toString());
    assertEquals(ExitCode.USAGE, run("eval", dir.toString(), "--min-f1", "1.5"));
    assertTrue(err.toString().contains("--min-f1 takes a number from 0 to 1"), err.toString());
  }
}
