package dev.launchlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch command in-process, on kits of real files read through real Tika. */
class BatchCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path root;
  private Path out;
  private StringWriter stdout;
  private StringWriter stderr;

  @BeforeEach
  void kits() throws Exception {
    root = dir.resolve("launches");
    out = dir.resolve("reports");
    Path alpha = root.resolve("alpha");
    write(alpha.resolve("product/spec.md"), "# Spec\n\nThe service keeps 99.9% uptime.\n\nSetup takes 10 minutes.\n");
    write(alpha.resolve("marketing/landing.html"),
        "<html><body><h1>Fast</h1><p>Enjoy 99.99% uptime, guaranteed.</p></body></html>");
    docx(alpha.resolve("sales/pitch.docx"), "Unlimited seats for every plan.", "Setup in 5 minutes.");
    Path beta = root.resolve("beta");
    write(beta.resolve("product/notes.txt"), "Exports to CSV and Parquet.\n");
    // A PDF header and then garbage: Tika must fail on it, and only on it.
    Files.createDirectories(beta.resolve("sales"));
    Files.write(beta.resolve("sales/broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes());
    Files.createDirectories(root.resolve("empty"));
  }

  private int run(String... args) {
    stdout = new StringWriter();
    stderr = new StringWriter();
    return Main.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
  }

  private int batch(String... extra) {
    List<String> args = new ArrayList<>(List.of("batch", root.toString(), "--out", out.toString(), "--jobs", "2",
        "--progress", "log"));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  @Test
  void everyKitGetsAReportAndALineInTheSummary() throws Exception {
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());

    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals("launchlint/batch-summary@1", summary.path("schema").asText());
    List<String> kits = new ArrayList<>();
    summary.path("kits").forEach(k -> kits.add(k.path("kit").asText()));
    assertEquals(3, kits.size(), summary.toString());
    assertTrue(kits.containsAll(List.of("alpha", "beta", "empty")), kits.toString());
    summary.path("kits").forEach(k -> assertEquals("ok", k.path("status").asText(), k.toString()));

    JsonNode alpha = report("alpha");
    assertEquals(3, alpha.path("documents").size(), alpha.toString());
    alpha.path("documents").forEach(d -> assertEquals("parsed", d.path("status").asText(), d.toString()));
    JsonNode beta = report("beta");
    assertEquals(2, beta.path("documents").size(), beta.toString());
    JsonNode broken = document(beta, "sales/broken.pdf");
    assertFalse(broken.path("status").asText().equals("parsed"), broken.toString());
    assertEquals("parsed", document(beta, "product/notes.txt").path("status").asText());
    assertEquals(0, report("empty").path("documents").size());
    assertEquals(1, line(summary, "beta").path("unreadable").asInt(), summary.toString());

    List<String> csv = Files.readAllLines(out.resolve("summary.csv"));
    assertEquals(4, csv.size(), csv.toString());
    assertTrue(csv.get(0).startsWith("kit,status,"), csv.get(0));
    assertTrue(stdout.toString().contains("3 audited, 0 unchanged, 0 failed"), stdout.toString());
    assertTrue(stderr.toString().contains("[3/3]"), stderr.toString());
    assertEquals(List.of(), temporaryFiles());
  }

  @Test
  void rerunSkipsUnchangedKitsForceRedoesThemAndAChangedInputIsAuditedAgain() throws Exception {
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    byte[] firstSummary = Files.readAllBytes(out.resolve("summary.json"));

    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    assertTrue(stdout.toString().contains("0 audited, 3 unchanged"), stdout.toString());
    assertArrayEquals(firstSummary, Files.readAllBytes(out.resolve("summary.json")));

    assertEquals(ExitCode.CLEAN, batch("--force"), stderr.toString());
    assertTrue(stdout.toString().contains("3 audited, 0 unchanged"), stdout.toString());

    Path notes = root.resolve("beta/product/notes.txt");
    Files.writeString(notes, "Exports to CSV, Parquet and Avro.\nImports from S3.\n");
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    assertTrue(stdout.toString().contains("1 audited, 2 unchanged"), stdout.toString());
    assertTrue(stderr.toString().contains("beta: aligned") || stderr.toString().contains("beta: "), stderr.toString());

    // Same size, new time: still a change.
    Files.setLastModifiedTime(notes, FileTime.fromMillis(Files.getLastModifiedTime(notes).toMillis() - 60_000));
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    assertTrue(stdout.toString().contains("1 audited, 2 unchanged"), stdout.toString());

    // A new document is a change, and so is a report that went missing.
    write(root.resolve("alpha/sales/faq.md"), "Cancel any time.\n");
    Files.delete(out.resolve("kits/empty/report.json"));
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    assertTrue(stdout.toString().contains("2 audited, 1 unchanged"), stdout.toString());
    assertEquals(4, report("alpha").path("documents").size());
  }

  @Test
  void moreFormatsAreWrittenAndAskingForANewOneReauditsOnlyForIt() throws Exception {
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    assertEquals(ExitCode.CLEAN, batch("--format", "console"), stderr.toString());
    assertTrue(stdout.toString().contains("3 audited"), stdout.toString());
    assertTrue(Files.readString(out.resolve("kits/alpha/report.txt")).contains("alpha"));
    assertEquals(ExitCode.CLEAN, batch("--format", "console"), stderr.toString());
    assertTrue(stdout.toString().contains("3 unchanged"), stdout.toString());
  }

  @Test
  void sameInputGivesByteIdenticalReports() throws Exception {
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    byte[] alpha = Files.readAllBytes(out.resolve("kits/alpha/report.json"));
    byte[] beta = Files.readAllBytes(out.resolve("kits/beta/report.json"));
    byte[] summary = Files.readAllBytes(out.resolve("summary.json"));
    // Another thread count and another output folder: the timing differs, the bytes must not.
    out = dir.resolve("again");
    assertEquals(ExitCode.CLEAN, run("batch", root.toString(), "--out", out.toString(), "--jobs", "1",
        "--progress", "none"), stderr.toString());
    assertArrayEquals(alpha, Files.readAllBytes(out.resolve("kits/alpha/report.json")));
    assertArrayEquals(beta, Files.readAllBytes(out.resolve("kits/beta/report.json")));
    assertArrayEquals(summary, Files.readAllBytes(out.resolve("summary.json")));
  }

  @Test
  void aKitThatCannotBeWrittenFailsAloneAndTheOthersAreDone() throws Exception {
    // A file where the kit's report folder should be: the kit fails, the batch goes on.
    Files.createDirectories(out.resolve("kits"));
    Files.writeString(out.resolve("kits/beta"), "in the way");
    assertEquals(ExitCode.INTERNAL, batch(), stderr.toString());
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(3, summary.path("kits").size());
    JsonNode first = summary.path("kits").get(0);
    assertEquals("beta", first.path("kit").asText(), "failed kits come first: " + summary);
    assertEquals("failed", first.path("status").asText());
    assertFalse(first.path("error").asText().isBlank());
    assertTrue(Files.isRegularFile(out.resolve("kits/alpha/report.json")));
    assertTrue(stderr.toString().contains("beta: FAILED"), stderr.toString());
    assertEquals(1, summary.path("totals").path("failed").asInt());
  }

  @Test
  void leftoversOfAKilledRunAreClearedAndItsUnfinishedKitRedone() throws Exception {
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    // What kill -9 during alpha's reports leaves: a temporary file and no manifest.
    Files.delete(out.resolve("kits/alpha/manifest.json"));
    Files.writeString(out.resolve("kits/alpha/.report.json.123.launchlint-tmp"), "{\"sche");
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    assertTrue(stdout.toString().contains("1 audited, 2 unchanged"), stdout.toString());
    assertEquals(List.of(), temporaryFiles());
  }

  @Test
  void anOutputFolderInsideTheRootIsNotAKit() throws Exception {
    out = root.resolve("reports");
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    assertEquals(ExitCode.CLEAN, batch(), stderr.toString());
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(3, summary.path("kits").size(), summary.toString());
  }

  @Test
  void badUsageIsExitTwoWithOneLine() {
    assertEquals(ExitCode.USAGE, run("batch", dir.resolve("nothing-here").toString(), "--out", out.toString()));
    assertEquals(1, stderr.toString().strip().lines().count(), stderr.toString());
    assertEquals(ExitCode.USAGE, run("batch", root.toString(), "--out", out.toString(), "--jobs", "0"));
    assertEquals(ExitCode.USAGE, run("batch", root.toString(), "--out", out.toString(), "--format", "pdf"));
    assertEquals(ExitCode.USAGE, run("batch", root.toString(), "--out", out.toString(), "--fail-on", "severe"));
  }

  private JsonNode report(String kit) throws Exception {
    return JSON.readTree(out.resolve("kits").resolve(kit).resolve("report.json").toFile());
  }

  private static JsonNode document(JsonNode report, String path) {
    for (JsonNode d : report.path("documents")) {
      if (d.path("path").asText().equals(path)) {
        return d;
      }
    }
    throw new AssertionError("no " + path + " in " + report);
  }

  private static JsonNode line(JsonNode summary, String kit) {
    for (JsonNode k : summary.path("kits")) {
      if (k.path("kit").asText().equals(kit)) {
        return k;
      }
    }
    throw new AssertionError("no " + kit + " in " + summary);
  }

  private List<Path> temporaryFiles() throws Exception {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".launchlint-tmp")).toList();
    }
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void docx(Path file, String... paragraphs) throws Exception {
    Files.createDirectories(file.getParent());
    try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(os);
    }
  }
}
