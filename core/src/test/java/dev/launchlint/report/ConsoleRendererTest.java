package dev.launchlint.report;

import static dev.launchlint.report.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.compare.Finding;
import dev.launchlint.compare.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {

  private static final RenderOptions COLOUR = RenderOptions.PLAIN.withColour(true);

  @Test
  void plainSummaryShowsStageIndexAndEveryFindingWithEvidence() {
    Report report = SampleReports.realistic();
    String out = render(ReportFormat.CONSOLE, report);
    assertFalse(out.contains("\u001b"), "no ANSI when plain");
    String[] lines = out.split("\n");
    assertEquals("launchlint  harbor-analytics-3.0", lines[0]);
    assertEquals("Stage      Conflicting execution", lines[1]);
    assertTrue(lines[2].startsWith("           Each team's material may be sound"), lines[2]);
    assertEquals("Alignment  58/100", lines[3]);
    assertEquals("Findings   3 high · 3 medium · 2 low   (11 documents, 8 read)", lines[4]);
    assertTrue(out.contains("\nHIGH  contradiction  Uptime: product says 99.9%, sales says 99.99%\n"
        + "      why: both statements give the same fact of the same thing (confidence 0.75)\n"
        + "      product    product/harbor-spec.pdf · p. 3 · § Service levels\n"
        + "                 “Harbor Analytics keeps a monthly uptime of »99.9%« for every paid workspace.”\n"), out);
    assertTrue(out.contains("      sales      sales/pitch-deck.pptx · slide 4 (notes)\n"), out);
    assertTrue(out.contains("\nLOW   positioning-drift  Product leads with query speed, marketing with team collaboration\n"
        + "      why: the functions lead with different value propositions (confidence 0.75)\n"
        + "      product    leads with query engine, sub-second queries, audit log, role-based access, workspace\n"), out);
    assertTrue(out.contains("not read   sales/old-deck.ppt  corrupt: Invalid header signature"), out);
    assertTrue(out.contains("not read   marketing/press-kit.pdf  encrypted"), out);
    assertTrue(out.contains("unassigned 1 file outside product/, marketing/, sales/, strategy/: notes/todo.txt"), out);
    for (Finding f : report.findings()) {
      assertTrue(out.contains(f.summary()), f.summary());
    }
  }

  @Test
  void colourWhenAskedMarksValuesAndSeverities() {
    String out = render(ReportFormat.CONSOLE, SampleReports.realistic(), COLOUR);
    assertTrue(out.contains("\u001b[1m\u001b[31mHIGH  \u001b[0m"), out);
    assertTrue(out.contains("\u001b[1;4m99.9%\u001b[0m"), out);
    assertTrue(out.contains("█"), "a bar for the alignment index");
    assertFalse(out.contains("»"));
  }

  @Test
  void documentsCannotSendEscapeSequencesToTheTerminal() {
    for (RenderOptions options : new RenderOptions[] {RenderOptions.PLAIN, COLOUR}) {
      String out = render(ReportFormat.CONSOLE, SampleReports.hostile(), options);
      assertFalse(out.contains("\u001b[2J"), "clear-screen from a document");
      assertFalse(out.contains("\u202E"), "bidi override from a document");
      String withoutOurs = out.replaceAll("\u001b\\[[0-9;]*m", "");
      assertFalse(withoutOurs.contains("\u001b"), "only launchlint's own SGR sequences");
    }
  }

  @Test
  void longQuotationsAreCutAroundTheMark() {
    String text = "word ".repeat(100) + "99.9% uptime" + " more".repeat(100);
    int at = text.indexOf("99.9%");
    Quote q = Quote.of(text, List.of(new Span(at, at + 5))).clip(120);
    String flat = q.pieces().stream().map(Quote.Piece::text).reduce("", String::concat);
    assertTrue(flat.startsWith("…") && flat.endsWith("…"), flat);
    assertTrue(flat.length() <= 122, flat);
    assertTrue(q.pieces().stream().anyMatch(p -> p.marked() && p.text().equals("99.9%")));
  }
}
