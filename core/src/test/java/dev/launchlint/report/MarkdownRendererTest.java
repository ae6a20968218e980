package dev.launchlint.report;

import static dev.launchlint.report.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.extract.Location;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  /** A pipe that ends a table cell: one not escaped by a backslash. */
  private static final Pattern CELL_PIPE = Pattern.compile("(?<!\\\\)\\|");

  @Test
  void carriesTheSameContentAsTheHtmlReport() {
    Report report = SampleReports.realistic();
    String md = render(ReportFormat.MD, report);
    assertTrue(md.startsWith("# launchlint: harbor-analytics-3.0\n"), md);
    assertTrue(md.contains("**Stage: Conflicting execution** · alignment index **58/100**"), md);
    assertTrue(md.contains("| marketing ↔ sales | 71 | 3 |"), md);
    assertTrue(md.contains("**Note:** 2 files could not be read; what they say is not part of this picture."), md);
    assertTrue(md.contains("| Contradiction | 3 | 0 | 0 | 3 |"), md);
    assertTrue(md.contains("### High (3)") && md.contains("### Medium (3)") && md.contains("### Low (2)"), md);
    assertTrue(md.indexOf("### High") < md.indexOf("### Medium") && md.indexOf("### Medium") < md.indexOf("### Low"));
    // Evidence side by side in a table, conflicting value in bold, location given.
    assertTrue(md.contains("| product | product/harbor\\-spec.pdf |") || md.contains("| product | product/harbor-spec.pdf |"), md);
    assertTrue(md.contains("keeps a monthly uptime of **99.9%** for every"), md);
    assertTrue(md.contains("| sales | sales/pitch-deck.pptx | slide 7 |"), md);
    assertTrue(md.contains("Team: **\\$49 per user per month**, billed annually."), md);
    assertTrue(md.contains("- marketing leads with: team collaboration, real-time dashboards, anomaly detection,"), md);
    assertTrue(md.contains("| Pillar | Product | Marketing | Sales |\n|---|:---:|:---:|:---:|\n"
        + "| The fastest path from question to answer | ✓ | ✓ | ✓ |\n"
        + "| Built for whole data teams, not only analysts | left out | ✓ | left out |\n"), md);
    // Terms side by side, and every document with its status and reason.
    assertTrue(md.contains("| # | Product | Marketing | Sales | Strategy |"), md);
    assertTrue(md.contains("| 1 | query engine | team collaboration | total cost of ownership |"), md);
    for (DocumentSummary d : report.documents()) {
      assertTrue(md.contains("| " + Escape.markdown(d.path()) + " | "), d.path());
    }
    assertTrue(md.contains("| corrupt | 0 | 0 | Invalid header signature; read 0x0000000000000000 |"), md);
  }

  @Test
  void everyTableRowHasAsManyCellsAsItsHeaderEvenWithHostileText() {
    for (Report report : List.of(SampleReports.realistic(), SampleReports.hostile())) {
      String md = render(ReportFormat.MD, report);
      int expected = -1;
      for (String line : md.split("\n")) {
        if (!line.startsWith("|")) {
          expected = -1;
          continue;
        }
        int pipes = count(CELL_PIPE.matcher(line));
        if (expected < 0) {
          expected = pipes;
        }
        assertEquals(expected, pipes, "a cell broke out of its table: " + line);
      }
    }
  }

  @Test
  void hostileTextStaysText() {
    String md = render(ReportFormat.MD, SampleReports.hostile());
    assertFalse(Pattern.compile("<(?!/?sub>)").matcher(md).find(), "no markup but launchlint's own <sub>: " + md);
    assertTrue(md.contains("&lt;script&gt;alert\\('x'\\)&lt;/script&gt;"), md);
    assertTrue(md.contains("a \\| b \\|\\| c"), md);
    assertTrue(md.contains("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\# h"), md);
    assertTrue(md.contains("\\[click\\]\\(0\\)"), md);
    assertTrue(md.contains("@\u200Bchannel"), "no mention notifies anyone");
    assertFalse(md.contains("\u001b"), "no control characters");
    assertFalse(md.contains("\u202E"), "no bidi overrides");
  }

  @Test
  void longQuotationsAreCutAroundTheMarkedValue() {
    Report r = SampleReports.realistic();
    String text = "Background. ".repeat(60) + "The uptime is 99.9% per month." + " More.".repeat(60);
    Finding finding = Finding.of(FindingType.CONTRADICTION, Severity.HIGH, List.of(SampleReports.PRODUCT), "uptime",
        "long", List.of(SampleReports.ev(SampleReports.PRODUCT, "product/long.md", Location.NONE, text, "99.9%")));
    Report longer = new Report(r.kit(), r.documents(), List.of(finding), r.scores(), r.terms());
    String row = render(ReportFormat.MD, longer).lines().filter(l -> l.startsWith("| product | product/long.md"))
        .findFirst().orElseThrow();
    assertTrue(row.contains("**99.9%**"), row);
    assertTrue(row.contains("…"), row);
    assertTrue(row.length() < 400, row.length() + ": " + row);
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
