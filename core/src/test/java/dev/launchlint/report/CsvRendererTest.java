package dev.launchlint.report;

import static dev.launchlint.report.Rendering.parseCsv;
import static dev.launchlint.report.Rendering.render;
import static dev.launchlint.report.Rendering.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.compare.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

  @Test
  void oneRowPerFindingWithItsFirstTwoPiecesOfEvidence() {
    Report report = SampleReports.realistic();
    List<List<String>> rows = parseCsv(render(ReportFormat.CSV, report));
    assertEquals(CsvRenderer.HEADER, rows.get(0));
    assertEquals(report.findings().size() + 1, rows.size());
    for (List<String> row : rows) {
      assertEquals(CsvRenderer.HEADER.size(), row.size(), row.toString());
    }
    List<String> price = rows.get(2);
    Finding f = report.findings().get(1);
    assertEquals(List.of("harbor-analytics-3.0", f.id(), "contradiction", "high", "marketing;sales", "price"),
        price.subList(0, 6));
    assertEquals(f.summary(), price.get(6));
    assertEquals("2", price.get(7));
    assertEquals(List.of("marketing", "marketing/pricing.html", "§ Team plan",
        "Team: $49 per user per month, billed annually."), price.subList(8, 12));
    assertEquals(List.of("sales", "sales/one-pager.docx", "p. 1"), price.subList(12, 15));
    List<String> terminology = rows.get(6);
    assertEquals("3", terminology.get(7), "the count tells how much evidence the file leaves out");
  }

  @Test
  void defusesFormulasAndQuotesProperly() {
    String csv = render(ReportFormat.CSV, SampleReports.hostile());
    List<List<String>> rows = parseCsv(csv);
    List<String> first = rows.get(1);
    assertEquals("'@SUM(1+1)", first.get(5), "attribute");
    assertEquals("'" + SampleReports.FORMULA + " 99.99% " + SampleReports.SCRIPT + " @channel evil",
        first.get(15), "evidence text");
    List<String> second = rows.get(2);
    assertEquals("'+cmd|' /C calc'!A0", second.get(6), "summary");
    assertEquals("sales/=evil.md", second.get(9), "only a leading formula character is defused");
    assertEquals("'-1+1 guaranteed **bold** _it_ `code` # h", second.get(11));
    for (List<String> row : rows) {
      for (String cell : row) {
        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "formula cell: " + cell);
      }
    }
    assertFalse(csv.contains("\u001b"), "control characters dropped");
  }

  @Test
  void escapeCsvCases() {
    assertEquals("plain", Escape.csv("plain"));
    assertEquals("\"a,b\"", Escape.csv("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Escape.csv("say \"hi\""));
    assertEquals("\"line\nbreak\"", Escape.csv("line\nbreak"));
    assertEquals("'=1+1", Escape.csv("=1+1"));
    assertEquals("'  =1+1", Escape.csv("  =1+1"));
    assertEquals("'\t=1", Escape.csv("\t=1"));
    assertEquals("'-5", Escape.csv("-5"));
    assertEquals("", Escape.csv(null));
  }

  @Test
  void batchSummaryHasOneRowPerKitInTheGivenOrder() {
    Report a = SampleReports.realistic();
    Report b = SampleReports.hostile();
    List<List<String>> rows = parseCsv(summary(List.of(a, b, SampleReports.empty())));
    assertEquals(BatchSummaryCsv.columns(), rows.get(0));
    assertEquals(4, rows.size());
    List<String> header = rows.get(0);
    List<String> real = rows.get(1);
    assertEquals(header.size(), real.size());
    assertEquals("harbor-analytics-3.0", real.get(header.indexOf("kit")));
    assertEquals("conflicting-execution", real.get(header.indexOf("stage")));
    assertEquals("58", real.get(header.indexOf("alignment_index")));
    assertEquals("8", real.get(header.indexOf("findings")));
    assertEquals("3", real.get(header.indexOf("high")));
    assertEquals("3", real.get(header.indexOf("contradiction")));
    assertEquals("1", real.get(header.indexOf("positioning_drift")));
    assertEquals("11", real.get(header.indexOf("documents")));
    assertEquals("8", real.get(header.indexOf("parsed")));
    assertEquals("1", real.get(header.indexOf("corrupt")));
    assertEquals("0", real.get(header.indexOf("too_large")));
    assertEquals(SampleReports.SCRIPT, rows.get(2).get(0), "a kit name is text, kept as it is");
    assertEquals("market-confusion", rows.get(2).get(2));
    assertEquals(List.of("empty", "empty", "aligned", "100", "0"), rows.get(3).subList(0, 5));
    assertEquals(1, parseCsv(summary(List.of())).size(), "no kits: the header alone");
  }
}
