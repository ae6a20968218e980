package dev.launchlint.report;

import static dev.launchlint.report.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  @Test
  void showsKitStageIndexHeatmapCountsFindingsTermsAndInventory() throws Exception {
    Report report = SampleReports.realistic();
    String html = render(ReportFormat.HTML, report);
    // Kept for a look in a browser (cli/src/test/browser/screenshot.sh renders a real kit instead).
    Path samples = Files.createDirectories(Path.of("target", "report-samples"));
    Files.writeString(samples.resolve("realistic.html"), html);

    Document page = Jsoup.parse(html);
    assertEquals("harbor-analytics-3.0", page.selectFirst("h1").text());
    assertEquals("Conflicting execution", page.selectFirst(".stage .stage-name").text());
    assertTrue(page.selectFirst(".stage .stage-name + p").text().contains("contradict"), "the stage is explained");
    assertEquals("58", page.selectFirst(".index svg text").text());

    // A 4 x 4 heatmap: 12 scored cells and 4 diagonal ones; the marketing/sales cell says 71.
    Elements cells = page.select("table.heat tbody td");
    assertEquals(16, cells.size());
    assertEquals(4, page.select("table.heat td.self").size());
    assertTrue(cells.stream().anyMatch(td -> td.attr("title").equals("marketing vs sales: divergence 71/100")
        && td.selectFirst("b").text().equals("71")));

    assertEquals("2 files could not be read; what they say is not part of this picture. See the documents.",
        page.selectFirst(".stage .caveat").text(), "a corrupt deck and an encrypted PDF, not the unassigned note");
    // Counts: 3 high, 3 medium, 2 low.
    assertEquals("3", page.selectFirst(".count.high b").text());
    assertEquals("3", page.selectFirst(".count.medium b").text());
    assertEquals("2", page.selectFirst(".count.low b").text());

    // Every finding, grouped by severity in order, with its evidence side by side and marks highlighted.
    Elements articles = page.select("article.finding");
    assertEquals(report.findings().size(), articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Finding f = report.findings().get(i);
      Element a = articles.get(i);
      assertEquals("f-" + f.id(), a.id());
      assertTrue(a.hasClass(f.severity().id()));
      assertEquals(f.summary(), a.selectFirst(".summary").text());
      Elements evs = a.select(".evidence figure.ev");
      assertEquals(f.evidence().size(), evs.size());
      for (int j = 0; j < evs.size(); j++) {
        Evidence e = f.evidence().get(j);
        assertEquals(e.path(), evs.get(j).selectFirst("code").text());
        assertEquals(e.text(), evs.get(j).selectFirst("blockquote").text());
        assertEquals(e.text().substring(e.marks().get(0).start(), e.marks().get(0).end()),
            evs.get(j).selectFirst("mark").text());
      }
    }
    assertEquals(List.of("High", "Medium", "Low"), page.select("h3.group .sev").eachText());
    Element uptime = articles.get(0);
    assertTrue(uptime.text().contains("p. 3 · § Service levels"), uptime.text());
    assertTrue(articles.select("figcaption").eachText().stream().anyMatch(t -> t.contains("slide 4 (notes)")));
    assertTrue(articles.select("figcaption").eachText().stream().anyMatch(t -> t.contains("sheet Objections row 4")));

    // Strategy pillars against the functions that carry them: product, marketing and sales columns.
    Elements pillarRows = page.select(".pillars tbody tr");
    assertEquals(3, pillarRows.size());
    assertEquals(List.of("product", "marketing", "sales"), page.select(".pillars thead .chip").eachText());
    assertEquals(List.of("Built for whole data teams, not only analysts", "left out", "✓", "left out"),
        pillarRows.get(1).select("td").eachText());
    // Terms side by side, one column per function; shared terms marked.
    assertEquals(4, page.select(".terms .card").size());
    assertTrue(page.select(".terms .t.shared").eachText().contains("sub-second queries"));
    assertFalse(page.select(".terms .t.shared").eachText().contains("query engine"));

    // Inventory: every file with its status and reason.
    Elements rows = page.select("#documents tbody tr");
    assertEquals(report.documents().size(), rows.size());
    Element old = rows.stream().filter(r -> r.selectFirst("td.path").text().equals("sales/old-deck.ppt")).findFirst()
        .orElseThrow();
    assertEquals("corrupt", old.selectFirst(".status").text());
    assertTrue(old.selectFirst("td.reason").text().startsWith("Invalid header signature"));
    assertEquals("PowerPoint", old.select("td").get(2).text());
  }

  @Test
  void isSelfContainedWithoutScriptsOrRemoteResources() {
    Document page = Jsoup.parse(render(ReportFormat.HTML, SampleReports.realistic()));
    assertTrue(page.select("script, link, iframe, object, embed, img, base, form").isEmpty());
    for (Element el : page.getAllElements()) {
      for (Attribute at : el.attributes()) {
        assertFalse(at.getKey().toLowerCase(Locale.ROOT).startsWith("on"), el.outerHtml());
        if (at.getKey().equals("href")) {
          assertTrue(at.getValue().startsWith("#"), "only in-page links: " + at);
        }
        assertFalse(at.getKey().equals("src"), el.outerHtml());
      }
    }
    String css = page.select("style").html();
    assertFalse(css.contains("url(") || css.contains("@import") || css.contains("@font-face"), "no external CSS");
    assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
        .startsWith("default-src 'none'"));
    assertTrue(css.contains("@media print"));
  }

  @Test
  void hostileTextStaysInert() {
    String html = render(ReportFormat.HTML, SampleReports.hostile());
    Document page = Jsoup.parse(html);
    // Only launchlint's own elements: nothing a document smuggled in.
    String smuggled = "script, img, svg[onload], textarea, body style, #documents b";
    assertTrue(page.select(smuggled).isEmpty(), page.select(smuggled).outerHtml());
    assertEquals(1, page.select("svg").size(), "only the gauge");
    for (Element el : page.getAllElements()) {
      for (Attribute at : el.attributes()) {
        assertFalse(at.getKey().toLowerCase(Locale.ROOT).startsWith("on"), "event handler in " + el.tagName());
      }
    }
    // The text is shown as text, exactly.
    assertEquals(SampleReports.SCRIPT, page.selectFirst("h1").text());
    assertTrue(page.selectFirst("article .summary").text().contains(SampleReports.ONERROR));
    assertTrue(page.select("blockquote").first().text().contains(SampleReports.TEXTAREA));
    assertTrue(page.select("figcaption").first().text().contains("\"><svg onload=alert(3)>"));
    assertTrue(page.select("#documents td.path").eachText().contains("sales/" + SampleReports.ONERROR + ".pptx"));
    assertTrue(page.select(".terms .t").eachText().contains("<style>body{display:none}</style>"));
    assertEquals(SampleReports.SCRIPT + " | " + SampleReports.ONERROR, page.selectFirst(".pillars td").text());
    assertFalse(html.contains("\u001b"), "control characters are dropped");
    assertFalse(html.contains("\u202E"), "bidi overrides are dropped");
    assertFalse(html.contains("<script"), "no script tag, not even escaped-looking");
  }

  @Test
  void emptyKitSaysSoCalmly() {
    Document page = Jsoup.parse(render(ReportFormat.HTML, SampleReports.empty()));
    assertEquals("Aligned", page.selectFirst(".stage .stage-name").text());
    assertTrue(page.select("article.finding").isEmpty());
    assertTrue(page.selectFirst("#findings .lede").text().startsWith("Nothing to fix"));
    assertTrue(page.selectFirst("#documents .empty").text().contains("no files"));
    assertTrue(page.select(".caveat").isEmpty());
  }

  @Test
  void heatRampAndGaugeAreStable() {
    assertEquals("#e6f4ec", HtmlRenderer.heat(0));
    assertEquals("#ee9f93", HtmlRenderer.heat(100));
    assertEquals("#ee9f93", HtmlRenderer.heat(250));
    assertFalse(HtmlRenderer.gauge(0).contains("stroke-dasharray"), "no arc, not even a dot, at 0");
    assertTrue(HtmlRenderer.gauge(1).contains("stroke-dasharray=\"2.64 263.89\""));
    assertTrue(HtmlRenderer.gauge(100).contains("stroke-dasharray=\"263.89 263.89\""));
  }
}
