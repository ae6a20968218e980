package dev.launchlint.report;

import static dev.launchlint.report.Rendering.parseCsv;
import static dev.launchlint.report.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.launchlint.Launchlint;
import dev.launchlint.extract.DocumentStatus;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format from the same reports: hand-built ones and a real kit audited end to end. */
class ReportFormatTest {

  private static final String HOSTILE_NAME = "a|b <img src=x onerror=alert(1)>.md";

  @Test
  void everyFormatIsDeterministic() throws Exception {
    // The realistic report in every format, kept for a look (and for external validators, e.g. of SARIF).
    Path samples = Files.createDirectories(Path.of("target", "report-samples"));
    for (ReportFormat format : ReportFormat.values()) {
      Files.writeString(samples.resolve("realistic." + format.extension()), render(format, SampleReports.realistic()));
      Files.writeString(samples.resolve("hostile." + format.extension()), render(format, SampleReports.hostile()));
    }
    for (Report report : List.of(SampleReports.realistic(), SampleReports.hostile(), SampleReports.empty())) {
      for (ReportFormat format : ReportFormat.values()) {
        for (RenderOptions options : List.of(RenderOptions.PLAIN, RenderOptions.PLAIN.withColour(true))) {
          String once = render(format, report, options);
          assertFalse(once.isEmpty(), format.id());
          assertEquals(once, render(format, report, options), format.id() + " twice");
        }
      }
    }
  }

  @Test
  void outputDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      List<String> inRoot = new ArrayList<>();
      Locale.setDefault(Locale.ROOT);
      for (ReportFormat format : ReportFormat.values()) {
        inRoot.add(render(format, SampleReports.realistic(), RenderOptions.PLAIN.withColour(true)));
      }
      // Turkish dotless i and German decimal commas are the usual ways a default locale leaks in.
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY)) {
        Locale.setDefault(locale);
        for (ReportFormat format : ReportFormat.values()) {
          assertEquals(inRoot.get(format.ordinal()),
              render(format, SampleReports.realistic(), RenderOptions.PLAIN.withColour(true)), format.id() + " in " + locale);
        }
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void rendersARealKitInEveryFormat(@TempDir Path dir) throws Exception {
    Path kit = writeKit(dir.resolve("acme-launch"));
    Report report = Launchlint.audit(kit);
    Report again = Launchlint.audit(kit);
    List<String> paths = report.documents().stream().map(DocumentSummary::path).toList();
    assertTrue(paths.contains("sales/" + HOSTILE_NAME), paths.toString());
    assertEquals(5, paths.size(), paths.toString());

    for (ReportFormat format : ReportFormat.values()) {
      assertEquals(render(format, report), render(format, again), format.id() + ": same kit, same bytes");
    }

    Document html = Jsoup.parse(render(ReportFormat.HTML, report));
    assertEquals("acme-launch", html.selectFirst("h1").text());
    assertEquals(paths, html.select("#documents td.path").eachText());
    assertEquals("unassigned", html.select("#documents tr").stream()
        .filter(tr -> tr.text().contains("misc/notes.txt")).findFirst().orElseThrow().selectFirst(".status").text());
    assertTrue(html.select("script, img").isEmpty(), "the hostile file name and page stay text");
    assertEquals(report.findings().size(), html.select("article.finding").size());

    String md = render(ReportFormat.MD, report);
    assertTrue(md.contains("| sales/a\\|b &lt;img src=x onerror=alert\\(1\\)&gt;.md | sales | parsed |"), md);

    JsonNode sarif = new ObjectMapper().readTree(render(ReportFormat.SARIF, report));
    JsonNode run = sarif.path("runs").get(0);
    List<String> artifacts = new ArrayList<>();
    run.path("artifacts").forEach(a -> artifacts.add(URI.create(a.path("location").path("uri").asText()).getPath()));
    assertEquals(paths, artifacts);
    assertEquals(report.findings().size(), run.path("results").size());

    List<List<String>> csv = parseCsv(render(ReportFormat.CSV, report));
    assertEquals(report.findings().size() + 1, csv.size());

    List<List<String>> summary = parseCsv(Rendering.summary(List.of(report)));
    List<String> header = summary.get(0);
    assertEquals("acme-launch", summary.get(1).get(header.indexOf("kit")));
    assertEquals(Long.toString(report.count(DocumentStatus.PARSED)), summary.get(1).get(header.indexOf("parsed")));
    assertEquals("1", summary.get(1).get(header.indexOf("unassigned")));

    String console = render(ReportFormat.CONSOLE, report);
    assertTrue(console.startsWith("launchlint  acme-launch\n"), console);
    assertTrue(console.contains("unassigned 1 file"), console);
  }

  @Test
  void fileNamesImplyFormats() {
    assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.forFileName("Report.HTML"));
    assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.forFileName("r.htm"));
    assertEquals(Optional.of(ReportFormat.MD), ReportFormat.forFileName("pr-comment.md"));
    assertEquals(Optional.of(ReportFormat.SARIF), ReportFormat.forFileName("launchlint.sarif"));
    assertEquals(Optional.of(ReportFormat.SARIF), ReportFormat.forFileName("launchlint.sarif.json"));
    assertEquals(Optional.of(ReportFormat.JSON), ReportFormat.forFileName("report.json"));
    assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.forFileName("findings.csv"));
    assertEquals(Optional.of(ReportFormat.CONSOLE), ReportFormat.forFileName("summary.txt"));
    assertEquals(Optional.empty(), ReportFormat.forFileName("report"));
    for (ReportFormat f : ReportFormat.values()) {
      assertEquals(Optional.of(f), ReportFormat.forFileName("x." + f.extension()), f.id());
      assertEquals(f.name().toLowerCase(Locale.ROOT), f.id());
    }
  }

  /** A small kit of Markdown and HTML: two functions disagree on uptime; one page carries script. */
  static Path writeKit(Path kit) throws Exception {
    Files.createDirectories(kit.resolve("product"));
    Files.createDirectories(kit.resolve("marketing"));
    Files.createDirectories(kit.resolve("sales"));
    Files.createDirectories(kit.resolve("misc"));
    Files.writeString(kit.resolve("product/spec.md"), """
        # Acme Sync 2.0 specification

        ## Service levels

        Acme Sync keeps a monthly uptime of 99.9% for every paid workspace.
        Single sign-on ships as a beta in 2.0.
        """);
    Files.writeString(kit.resolve("marketing/landing.html"), """
        <!DOCTYPE html><html><head><title>Acme Sync</title><script>alert('landing')</script></head>
        <body><h1>Acme Sync 2.0</h1>
        <p>Single sign-on is available now for every team.</p>
        <p><img src="x" onerror="alert(1)">The Team plan costs $49 per user per month.</p>
        </body></html>
        """);
    Files.writeString(kit.resolve("sales/" + HOSTILE_NAME), """
        # Pitch

        - Guaranteed 99.99% uptime, backed by our SLA.
        - <script>alert('deck')</script> | pipes | =HYPERLINK("http://evil.example")
        - The Team plan costs $39 per user per month.
        """);
    Files.writeString(kit.resolve("sales/battlecard.md"), "# Objections\n\nWe never lose data.\n");
    Files.writeString(kit.resolve("misc/notes.txt"), "random notes\n");
    return kit;
  }
}
