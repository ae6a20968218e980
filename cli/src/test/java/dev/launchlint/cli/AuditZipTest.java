package dev.launchlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code launchlint audit kit.zip} and {@code --infer-functions}, in-process. */
class AuditZipTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void aFlatZipIsAuditedWithTheTeamsItsFilesSuggest() throws IOException {
    Path zip = dir.resolve("flat-launch.zip");
    Map<String, String> files = new TreeMap<>(Map.of(
        "product-spec.md", "# Spec\n\nThe service keeps a 99.9% monthly uptime SLA.\n",
        "pitch-deck.txt", "Pitch\n\nWe guarantee 99.99% uptime, always.\n",
        "untitled.txt", "Lunch at noon.\n"));
    try (OutputStream o = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(o)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        z.putNextEntry(new ZipEntry(f.getKey()));
        z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    Path report = dir.resolve("report.json");
    int code = run("audit", zip.toString(), "--infer-functions", "--format", "json", "-o", report.toString(),
        "--fail-on", "never");
    assertEquals(ExitCode.CLEAN, code, err.toString());
    assertEquals("inferred: pitch-deck.txt -> sales (the name says sales deck)\n"
        + "inferred: product-spec.md -> product (the name says spec)\n", err.toString());
    String json = Files.readString(report);
    assertTrue(json.contains("\"name\" : \"flat-launch\""), json);
    assertTrue(json.contains("\"root\" : \"" + zip + "\""), "the report names the zip, not a temporary folder");
    assertTrue(json.contains("\"path\" : \"pitch-deck.txt\",\n    \"function\" : \"sales\""), json);
    assertTrue(json.contains("\"path\" : \"untitled.txt\",\n    \"function\" : null"), json);
    assertFalse(json.contains("launchlint-kit-"), "no temporary path leaks into the report");
  }

  @Test
  void aBadZipIsOneLineAndUsageExit() throws IOException {
    Path zip = dir.resolve("broken.zip");
    Files.writeString(zip, "not a zip");
    assertEquals(ExitCode.USAGE, run("audit", zip.toString()));
    assertEquals("launchlint: broken.zip refused: not a readable zip file (zip END header not found)\n", err.toString());
  }
}
