package dev.launchlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.report.DocumentSummary;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs shaped to bring out a cost that grows faster than the kit: one paragraph of two million
 * characters, fifty thousand copies of one sentence, a sheet of a hundred thousand cells, thousands
 * of tiny documents, ten thousand distinct figures in one table, lists nested a thousand deep. Each
 * kit also holds three ordinary documents that contradict each other; each audit must end with
 * every document read and that contradiction found. A quadratic path shows as a test that runs for
 * minutes instead of seconds; no test asserts a time.
 */
class InputShapesTest {

  /** The longest unit the extraction keeps whole (UnitCollector.MAX_UNIT_CHARS). */
  private static final int MAX_UNIT_CHARS = 10_000;

  @TempDir
  Path kit;

  @BeforeEach
  void ordinaryDocuments() throws IOException {
    KitFiles.write(kit, "product/spec.md", "# Spec\n\nThe service offers 99.9% uptime and keeps backups for 30 days.\n");
    KitFiles.write(kit, "marketing/page.md", "# Page\n\nEnjoy 99.9% uptime and 30 days of backups.\n");
    KitFiles.write(kit, "sales/pitch.md", "# Pitch\n\nWe promise 99.99% uptime and 90 days of backups.\n");
  }

  @Test
  void oneParagraphOfTwoMillionCharacters() throws IOException {
    String sentence = "Our platform delivers 99.99% uptime and unlimited seats for every customer. ";
    KitFiles.write(kit, "sales/huge.txt", sentence.repeat(2_000_000 / sentence.length() + 1));

    Report report = auditAndCheck();

    DocumentSummary huge = document(report, "sales/huge.txt");
    assertTrue(huge.error() != null && huge.error().contains("read in parts"), "the split is noted: " + huge.error());
    assertTrue(huge.units() >= 2_000_000 / MAX_UNIT_CHARS, "kept as parts: " + huge.units());
    assertTrue(huge.claims() > 20_000, "every sentence read: " + huge.claims());
    for (Finding f : report.findings()) {
      for (Evidence e : f.evidence()) {
        assertTrue(e.text().length() <= MAX_UNIT_CHARS, "evidence quotes a part, not the paragraph: " + e.text().length());
      }
    }
  }

  @Test
  void fiftyThousandCopiesOfOneSentence() throws IOException {
    KitFiles.write(kit, "marketing/copies.md", "Backups are kept for 90 days.\n\n".repeat(50_000));

    Report report = auditAndCheck();

    assertEquals(50_000, document(report, "marketing/copies.md").claims());
  }

  @Test
  void sheetOfAHundredThousandCells() throws IOException {
    Path file = kit.resolve("product/plans.xlsx");
    try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("Plans");
      Row top = sheet.createRow(0);
      for (int c = 0; c < 10; c++) {
        top.createCell(c).setCellValue("Limit " + c);
      }
      // A row repeats every hundred, as a price list repeats its tiers: the rows' analysis is
      // remembered, and what is left is what every row costs in the comparison (its table header).
      for (int r = 1; r <= 10_000; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("Plan " + r % 100);
        for (int c = 1; c < 10; c++) {
          row.createCell(c).setCellValue(r % 100 + c + " seats");
        }
      }
      book.write(out);
      book.dispose();
    }

    Report report = auditAndCheck();

    DocumentSummary plans = document(report, "product/plans.xlsx");
    assertEquals(10_001, plans.units());
    assertTrue(plans.claims() >= 10_000, "every row read: " + plans.claims());
  }

  @Test
  void thousandsOfTinyDocuments() throws IOException {
    // 1,500 rather than the 20,000 of the scaling trials (README): enough to show a cost per pair
    // of documents, while each document still costs Tika milliseconds.
    String[] functions = {"product", "marketing", "sales"};
    for (int i = 0; i < 1_500; i++) {
      KitFiles.write(kit, functions[i % 3] + "/t" + i + ".md",
          "The plan includes " + (i % 97 + 1) + " seats and " + (i % 13 + 1) + " projects.\n");
    }

    Report report = auditAndCheck();

    assertEquals(1_503, report.documents().size());
  }

  @Test
  void tenThousandDistinctNumbersInOneTable() throws IOException {
    StringBuilder table = new StringBuilder("| Plan | Requests per minute |\n|---|---|\n");
    for (int i = 0; i < 10_000; i++) {
      table.append("| Pro | ").append(String.format(java.util.Locale.ROOT, "%,d", 1_000 + i * 7))
          .append(" requests per minute |\n");
    }
    KitFiles.write(kit, "product/limits.md", table.toString());
    KitFiles.write(kit, "sales/limits.md", table.toString().replace("1,0", "2,0"));

    Report report = auditAndCheck();

    assertEquals(10_000, document(report, "product/limits.md").claims());
    assertEquals(10_000, document(report, "sales/limits.md").claims());
  }

  @Test
  void listsNestedAThousandDeep() throws IOException {
    StringBuilder md = new StringBuilder();
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 1_000; i++) {
      md.append("  ".repeat(i)).append("- Level ").append(i).append(" keeps backups for 30 days\n");
      html.append("<ul><li>Level ").append(i).append(" keeps backups for 30 days");
    }
    html.append("</li></ul>".repeat(1_000)).append("</body></html>");
    KitFiles.write(kit, "marketing/nested.md", md.toString());
    KitFiles.write(kit, "sales/nested.html", html.toString());

    Report report = auditAndCheck();

    DocumentSummary nested = document(report, "marketing/nested.md");
    assertEquals(DocumentStatus.PARSED, nested.status());
    assertEquals(1_000, nested.claims(), "every item read, however deep");
    assertNotNull(document(report, "sales/nested.html").status());
  }

  /**
   * Audits the kit and checks what every shape keeps: each document has a status, the ordinary
   * ones are parsed, and sales' 99.99% uptime still contradicts product's 99.9%.
   */
  private Report auditAndCheck() {
    Report report = Launchlint.audit(kit);
    for (DocumentSummary d : report.documents()) {
      assertNotNull(d.status(), d.path());
    }
    for (String ordinary : new String[] {"product/spec.md", "marketing/page.md", "sales/pitch.md"}) {
      assertEquals(DocumentStatus.PARSED, document(report, ordinary).status(), ordinary);
    }
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.functions().contains(BusinessFunction.PRODUCT) && f.functions().contains(BusinessFunction.SALES)
        && f.summary().contains("99.99%")), "the uptime contradiction: " + summaries(report));
    return report;
  }

  private static DocumentSummary document(Report report, String path) {
    return report.documents().stream().filter(d -> d.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no document " + path));
  }

  private static String summaries(Report report) {
    return report.findings().stream().map(Finding::summary).limit(20).toList().toString();
  }
}
