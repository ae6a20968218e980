package dev.launchlint.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.AuditOptions;
import dev.launchlint.batch.Batch;
import dev.launchlint.batch.BatchListener;
import dev.launchlint.batch.BatchOptions;
import dev.launchlint.batch.BatchSummary;
import dev.launchlint.batch.KitOutcome;
import dev.launchlint.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against {@code launchlint batch} on corpus kits (real files through
 * real Tika, OpenNLP and Lucene) and a kit with a broken document: the same files, byte for byte,
 * and a rerun after an interrupted run that redoes only the unfinished kit.
 */
class SparkBatchTest {

  private static final List<String> CORPUS_KITS = List.of("sample", "kestrel-bank-app", "cindervale-ci");

  @TempDir static Path dir;
  private static JavaSparkContext spark;
  private static Path root;

  @BeforeAll
  static void start() throws IOException {
    root = dir.resolve("launches");
    for (String kit : CORPUS_KITS) {
      copy(Path.of("..", "corpus", "kits", kit), root.resolve(kit));
    }
    Path broken = root.resolve("broken-deck");
    Files.createDirectories(broken.resolve("product"));
    Files.writeString(broken.resolve("product/spec.md"), "# Spec\n\nThe service keeps 99.9% uptime.\n");
    Files.createDirectories(broken.resolve("sales"));
    // A PDF header and then garbage: Tika fails on it, and only on it.
    Files.write(broken.resolve("sales/deck.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes());
    spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkBatchTest")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.close();
    }
  }

  @Test
  void writesTheFilesOfBatchByteForByteAndResumesWhereItStopped() throws IOException {
    BatchOptions batch = options(dir.resolve("batch-out"));
    Batch.run(root, batch, BatchListener.NONE);
    BatchOptions job = options(dir.resolve("spark-out"));

    BatchSummary first = SparkBatch.run(spark, root, job, 2);
    assertEquals(4, first.count(KitOutcome.Status.AUDITED));
    assertSameFiles(batch.out(), job.out());
    assertTrue(Files.exists(job.out().resolve("kits/sample/report.sarif")));

    // As a run killed in the middle leaves it: one kit without its manifest, a report cut short,
    // a temporary file beside it.
    Path kit = job.out().resolve("kits/kestrel-bank-app");
    Files.delete(kit.resolve("manifest.json"));
    Files.writeString(kit.resolve("report.json"), "{\"schema\"");
    Files.writeString(kit.resolve(".report.html.123.launchlint-tmp"), "<html");
    BatchSummary rerun = SparkBatch.run(spark, root, job, 2);
    assertEquals(1, rerun.count(KitOutcome.Status.AUDITED));
    assertEquals(3, rerun.count(KitOutcome.Status.UNCHANGED));
    assertSameFiles(batch.out(), job.out());
  }

  @Test
  void badRootIsOneLineAndExitTwoBeforeSparkStarts() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkBatchCommand.run(new String[] {dir.resolve("missing").toString(), "--out",
        dir.resolve("x").toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(2, code);
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("launchlint-spark: not a folder of kits"), err.toString());
  }

  private static BatchOptions options(Path out) {
    return BatchOptions.into(out).withAudit(AuditOptions.DEFAULTS.withJobs(2))
        .withFormats(List.of(ReportFormat.HTML, ReportFormat.MD, ReportFormat.SARIF, ReportFormat.CSV));
  }

  /** Every file under one folder is under the other with the same bytes, and nothing else is. */
  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    List<String> names = files(expected);
    assertEquals(names, files(actual));
    assertTrue(names.contains("summary.json") && names.contains("summary.csv"), names.toString());
    assertEquals(4 * 6 + 2, names.size(), names.toString());
    for (String name : names) {
      byte[] want = Files.readAllBytes(expected.resolve(name));
      byte[] got = Files.readAllBytes(actual.resolve(name));
      if (!java.util.Arrays.equals(want, got)) {
        assertEquals(new String(want, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8), name);
      }
      assertArrayEquals(want, got, name);
    }
    assertFalse(names.stream().anyMatch(n -> n.contains("launchlint-tmp")), names.toString());
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
