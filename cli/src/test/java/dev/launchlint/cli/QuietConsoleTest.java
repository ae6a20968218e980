package dev.launchlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken files are reported in the report, not as library noise or stack traces on the console. */
class QuietConsoleTest {

  @Test
  void brokenFilesMakeNoConsoleNoise(@TempDir Path dir) throws Exception {
    Path kit = dir.resolve("kit");
    Files.createDirectories(kit.resolve("product"));
    Files.createDirectories(kit.resolve("sales"));
    Files.writeString(kit.resolve("product/spec.md"), "# Spec\n\nThe service keeps 99.9% uptime.\n");
    byte[] noise = new byte[5000];
    new Random(7).nextBytes(noise);
    Files.write(kit.resolve("sales/deck.pptx"), noise);
    Files.write(kit.resolve("sales/broken.pdf"), Arrays.copyOf("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 3\n".getBytes(StandardCharsets.US_ASCII), 300));
    Files.write(kit.resolve("sales/empty.docx"), new byte[0]);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintStream savedErr = System.err;
    PrintStream savedOut = System.out;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
      System.setOut(new PrintStream(stray, true, StandardCharsets.UTF_8));
      code = Main.run(new String[] {"audit", kit.toString(), "--format", "json", "--fail-on", "never"},
          new PrintWriter(out, true), new PrintWriter(err, true));
    } finally {
      System.setErr(savedErr);
      System.setOut(savedOut);
    }
    assertEquals(ExitCode.CLEAN, code, err.toString());
    assertEquals("", err.toString());
    assertEquals("", stray.toString(StandardCharsets.UTF_8), "nothing printed around the report");
    String json = out.toString();
    assertTrue(json.contains("\"status\" : \"corrupt\""), json);
    assertTrue(json.contains("\"status\" : \"empty\""), json);
    assertTrue(json.contains("\"status\" : \"parsed\""), json);
  }
}
