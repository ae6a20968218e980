package dev.launchlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitScanner;
import dev.launchlint.report.DocumentSummary;
import dev.launchlint.report.Report;
import dev.launchlint.report.ReportFormat;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchlintTest {

  @TempDir Path dir;

  private Path kit(int documents) throws Exception {
    Path root = dir.resolve("kit");
    String[] functions = {"product", "marketing", "sales"};
    for (int i = 0; i < documents; i++) {
      Path file = root.resolve(functions[i % 3]).resolve("doc-" + i + (i % 2 == 0 ? ".md" : ".html"));
      Files.createDirectories(file.getParent());
      String body = "Plan " + i + " keeps " + (99 + i % 3) + ".9% uptime.\n\nIt costs $" + (10 + i) + " per seat per month.\n";
      Files.writeString(file, i % 2 == 0 ? body : "<html><body><p>" + body.replace("\n\n", "</p><p>") + "</p></body></html>");
    }
    Files.createDirectories(root.resolve("misc"));
    Files.writeString(root.resolve("misc/readme.txt"), "not part of any function\n");
    return root;
  }

  private static String json(Report report) throws Exception {
    StringWriter w = new StringWriter();
    ReportFormat.JSON.render(report, w);
    return w.toString();
  }

  @Test
  void parallelAuditGivesTheSameReportAsASerialOne() throws Exception {
    Path root = kit(24);
    String serial = json(Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1)));
    for (int run = 0; run < 3; run++) {
      assertEquals(serial, json(Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(4))));
    }
  }

  @Test
  void documentsComeInPathOrderAndEachIsHeardOnce() throws Exception {
    Path root = kit(12);
    Kit kit = KitScanner.scan(root);
    ConcurrentLinkedQueue<String> heard = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Launchlint.newPool(3, "test");
    Report report;
    try {
      report = Launchlint.audit(kit, AuditOptions.DEFAULTS, pool, new AuditListener() {
        @Override
        public void documentDone(String kitName, DocumentSummary document) {
          heard.add(document.path());
        }
      });
    } finally {
      pool.shutdownNow();
    }
    List<String> paths = report.documents().stream().map(DocumentSummary::path).toList();
    assertEquals(13, paths.size());
    assertEquals(paths.stream().sorted().toList(), paths);
    assertEquals(paths, heard.stream().sorted().toList());
    assertTrue(report.documents().stream().filter(d -> d.path().startsWith("product/")).allMatch(d -> d.units() > 0));
  }
}
