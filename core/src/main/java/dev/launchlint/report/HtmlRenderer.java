package dev.launchlint.report;

import dev.launchlint.analyze.Term;
import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Pillar;
import dev.launchlint.compare.Severity;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.score.PairScore;
import dev.launchlint.score.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: inline CSS and SVG, no script, no external resource, so it works
 * offline and as an e-mail attachment. A Content-Security-Policy forbids scripts and remote loads
 * as a second line of defence behind escaping. Readable on a laptop and on paper (print CSS).
 */
final class HtmlRenderer implements Renderer {

  /** At most this many value-proposition terms per function. */
  private static final int TERMS_SHOWN = 15;
  /** Terms shown for a finding without quotations. */
  private static final int LEADS_SHOWN = 5;

  private static final String CSS = load("report.css");

  @Override
  public void render(Report report, Writer out, RenderOptions options) throws IOException {
    Page p = new Page();
    Stage stage = report.scores().stage();
    p.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
            + " img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .raw("<meta name=\"generator\" content=\"launchlint\">\n")
        .raw("<title>").text(report.kit().name()).raw(" \u00b7 ").raw(Wording.title(stage))
        .raw(" \u00b7 launchlint</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n");
    masthead(p, report);
    p.raw("<main class=\"wrap\">\n");
    overview(p, report);
    triage(p, report);
    findings(p, report);
    terms(p, report);
    documents(p, report);
    p.raw("<footer class=\"pagefoot\">Made by launchlint (report schema ").raw(Report.SCHEMA)
        .raw("). This page is self-contained: no scripts, no external resources.</footer>\n");
    p.raw("</main>\n</body>\n</html>\n");
    out.write(p.toString());
  }

  private static void masthead(Page p, Report r) {
    p.raw("<header class=\"masthead\"><div class=\"wrap\">\n<div>\n<div class=\"eyebrow\">launchlint report</div>\n")
        .raw("<h1>").text(r.kit().name()).raw("</h1>\n")
        .raw("<div class=\"root mono\">").text(r.kit().root()).raw("</div>\n</div>\n")
        .raw("<nav class=\"toc\" aria-label=\"Sections\">")
        .raw("<a href=\"#overview\">Overview</a>")
        .raw("<a href=\"#findings\">Findings<span class=\"n\">").raw(r.findings().size()).raw("</span></a>")
        .raw("<a href=\"#terms\">Value propositions</a>")
        .raw("<a href=\"#documents\">Documents<span class=\"n\">").raw(r.documents().size()).raw("</span></a>")
        .raw("</nav>\n</div></header>\n");
  }

  private static void overview(Page p, Report r) {
    Stage stage = r.scores().stage();
    int index = r.scores().alignmentIndex();
    p.raw("<section id=\"overview\" aria-label=\"Overview\">\n<div class=\"grid overview\">\n");
    p.raw("<div class=\"card\"><h2 class=\"ct\">Alignment index</h2><div class=\"index\">").raw(gauge(index))
        .raw("<div class=\"caption\"><strong>").raw(indexWord(index)).raw("</strong>").raw(index)
        .raw(" out of 100</div></div><p class=\"note\">100 means product, marketing and sales tell the same story;"
            + " every finding lowers it, high ones most.</p></div>\n");
    p.raw("<div class=\"card stage\"><h2 class=\"ct\">Stage</h2><p class=\"stage-name\">").raw(Wording.title(stage))
        .raw("</p>\n<p>")
        .raw(Escape.html(Wording.explain(stage))).raw("</p>\n<ol class=\"ladder\" aria-label=\"Stages\">");
    for (Stage s : Stage.values()) {
      String cls = s == stage ? "now s" + s.ordinal() : s.ordinal() < stage.ordinal() ? "past" : "";
      p.raw("<li class=\"").raw(cls).raw("\"").raw(s == stage ? " aria-current=\"step\"" : "").raw(">")
          .raw(Wording.title(s)).raw("</li>");
    }
    p.raw("</ol>\n<div class=\"counts\">");
    for (Severity s : Severity.values()) {
      p.raw("<div class=\"count ").raw(r.count(s) == 0 ? "none" : s.id()).raw("\"><b>").raw(r.count(s)).raw("</b><span>")
          .raw(Wording.title(s)).raw("</span></div>");
    }
    long read = r.count(DocumentStatus.PARSED);
    p.raw("<div class=\"count\"><b>").raw(r.documents().size()).raw("</b><span>documents")
        .raw(read == r.documents().size() ? "" : ", " + read + " read").raw("</span></div>");
    p.raw("</div>\n");
    String caveat = Wording.unreadCaveat(r);
    if (!caveat.isEmpty()) {
      p.raw("<p class=\"caveat\">").raw(Escape.html(caveat)).raw(" <a href=\"#documents\">See the documents</a>.</p>\n");
    }
    p.raw("</div>\n</div>\n<div class=\"grid pair\">\n");
    heatmap(p, r);
    typeTable(p, r);
    p.raw("</div>\n</section>\n");
  }

  private static void heatmap(Page p, Report r) {
    p.raw("<div class=\"card\"><h2 class=\"ct\">Divergence between functions</h2>\n");
    List<BusinessFunction> fs = r.scores().pairs().stream().flatMap(x -> x.functions().stream())
        .distinct().sorted().toList();
    if (fs.size() < 2) {
      p.raw("<p class=\"lede\">Divergence needs material from at least two functions.</p></div>\n");
      return;
    }
    Map<List<BusinessFunction>, PairScore> byPair = new HashMap<>();
    r.scores().pairs().forEach(x -> byPair.put(x.functions(), x));
    p.raw("<table class=\"heat\"><thead><tr><th></th>");
    for (BusinessFunction f : fs) {
      p.raw("<th scope=\"col\"><span class=\"chip ").raw(f.id()).raw("\">").raw(f.id()).raw("</span></th>");
    }
    p.raw("</tr></thead><tbody>\n");
    for (BusinessFunction row : fs) {
      p.raw("<tr><th scope=\"row\" class=\"row\"><span class=\"chip ").raw(row.id()).raw("\">").raw(row.id())
          .raw("</span></th>");
      for (BusinessFunction col : fs) {
        if (row == col) {
          p.raw("<td class=\"self\" aria-label=\"same function\"></td>");
          continue;
        }
        PairScore s = byPair.get(row.compareTo(col) < 0 ? List.of(row, col) : List.of(col, row));
        if (s == null) {
          p.raw("<td class=\"zero\">\u2013</td>");
          continue;
        }
        p.raw("<td style=\"background:").raw(heat(s.divergence())).raw("\" title=\"")
            .raw(row.id()).raw(" vs ").raw(col.id()).raw(": divergence ").raw(s.divergence()).raw("/100\"><b>")
            .raw(s.divergence()).raw("</b><span>").raw(Wording.count(s.findings(), "finding")).raw("</span></td>");
      }
      p.raw("</tr>\n");
    }
    p.raw("</tbody></table>\n<div class=\"legend\"><span>0 same story</span><span class=\"ramp\"></span>")
        .raw("<span>100 different stories</span></div></div>\n");
  }

  private static void typeTable(Page p, Report r) {
    p.raw("<div class=\"card\"><h2 class=\"ct\">Findings by type and severity</h2>\n<table><thead><tr><th>Type</th>");
    for (Severity s : Severity.values()) {
      p.raw("<th class=\"num\">").raw(Wording.title(s)).raw("</th>");
    }
    p.raw("<th class=\"num\">Total</th></tr></thead><tbody>\n");
    for (FindingType t : FindingType.values()) {
      p.raw("<tr><td title=\"").raw(Escape.html(Wording.explain(t))).raw("\">").raw(Wording.title(t)).raw("</td>");
      for (Severity s : Severity.values()) {
        long n = r.findings().stream().filter(f -> f.type() == t && f.severity() == s).count();
        cell(p, n);
      }
      cell(p, r.count(t));
      p.raw("</tr>\n");
    }
    p.raw("<tr class=\"total\"><td>All findings</td>");
    for (Severity s : Severity.values()) {
      cell(p, r.count(s));
    }
    cell(p, r.findings().size());
    p.raw("</tr>\n</tbody></table></div>\n");
  }

  private static void cell(Page p, long n) {
    p.raw(n == 0 ? "<td class=\"num zero\">0</td>" : "<td class=\"num\">" + n + "</td>");
  }

  private static void triage(Page p, Report r) {
    List<String> lines = Triaged.lines(r);
    if (lines.isEmpty()) {
      return;
    }
    p.raw("<section id=\"triage\">\n<h2>Baseline, waivers and fact sheet</h2>\n<ul class=\"triage\">\n");
    for (String line : lines) {
      p.raw("<li>").text(line).raw("</li>\n");
    }
    p.raw("</ul>\n</section>\n");
  }

  private static void findings(Page p, Report r) {
    p.raw("<section id=\"findings\">\n<h2>Findings</h2>\n<p class=\"lede\">")
        .raw(r.findings().isEmpty() ? "Nothing to fix: no two functions disagree in what launchlint can compare."
            : "Where the functions tell different versions of the story, most severe first."
                + " Each quotation shows the file, where in it, and the conflicting words highlighted.")
        .raw("</p>\n");
    p.raw("<details class=\"types\"><summary>What the finding types mean</summary><dl>");
    for (FindingType t : FindingType.values()) {
      p.raw("<dt>").raw(Wording.title(t)).raw("</dt><dd>").raw(Escape.html(Wording.explain(t))).raw("</dd>");
    }
    p.raw("</dl></details>\n");
    for (Severity s : Severity.values()) {
      List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
      if (group.isEmpty()) {
        continue;
      }
      p.raw("<h3 class=\"group\"><span class=\"sev ").raw(s.id()).raw("\">").raw(Wording.title(s)).raw("</span>")
          .raw("<span class=\"n\">").raw(Wording.count(group.size(), "finding")).raw("</span></h3>\n");
      for (Finding f : group) {
        finding(p, f, r);
      }
    }
    p.raw("</section>\n");
  }

  private static void finding(Page p, Finding f, Report r) {
    String anchor = "f-" + Escape.html(f.id());
    p.raw("<article class=\"finding ").raw(f.severity().id()).raw("\" id=\"").raw(anchor).raw("\">\n<header>")
        .raw("<span class=\"type\" title=\"").raw(Escape.html(Wording.explain(f.type()))).raw("\">")
        .raw(Wording.title(f.type())).raw("</span>");
    if (f.attribute() != null && !f.attribute().isBlank()) {
      p.raw("<span class=\"attr\">").text(f.attribute()).raw("</span>");
    }
    String tag = Triaged.tag(r, f);
    if (!tag.isEmpty()) {
      p.raw("<span class=\"status ").raw(r.status(f).id()).raw("\">").text(tag).raw("</span>");
    }
    p.raw("<span class=\"fns\">");
    for (BusinessFunction fn : f.functions()) {
      p.raw("<span class=\"chip ").raw(fn.id()).raw("\">").raw(fn.id()).raw("</span>");
    }
    p.raw("</span></header>\n<p class=\"summary\">").text(f.summary()).raw("</p>\n");
    p.raw("<p class=\"reason\">").text("Why: " + f.reason() + " (" + Wording.confidence(f) + ")").raw("</p>\n");
    String waiver = Triaged.waiver(r, f);
    if (!waiver.isEmpty()) {
      p.raw("<p class=\"waiver\">").text(waiver).raw("</p>\n");
    }
    if (f.evidence().isEmpty()) {
      leads(p, f, r);
    } else {
      p.raw("<div class=\"evidence\">\n");
      for (Evidence e : f.evidence()) {
        evidence(p, e);
      }
      p.raw("</div>\n");
    }
    p.raw("<footer><a href=\"#").raw(anchor).raw("\">").raw(Escape.html(f.id())).raw("</a></footer>\n</article>\n");
  }

  /**
   * For a finding without quotations (a positioning drift is about emphasis, not a sentence): what
   * each of its functions leads with, from the value-proposition terms.
   */
  private static void leads(Page p, Finding f, Report r) {
    List<BusinessFunction> withTerms = f.functions().stream()
        .filter(fn -> !r.terms().getOrDefault(fn, List.of()).isEmpty()).toList();
    if (withTerms.isEmpty()) {
      p.raw("<p class=\"more\">No quotation for this finding.</p>\n");
      return;
    }
    p.raw("<div class=\"leads\">\n");
    for (BusinessFunction fn : withTerms) {
      List<Term> ts = r.terms().get(fn);
      p.raw("<figure class=\"ev ").raw(fn.id()).raw("\"><figcaption><span class=\"chip ").raw(fn.id()).raw("\">")
          .raw(fn.id()).raw("</span><span>leads with</span></figcaption><ol>");
      for (Term t : ts.subList(0, Math.min(LEADS_SHOWN, ts.size()))) {
        p.raw("<li>").text(t.term()).raw("</li>");
      }
      p.raw("</ol></figure>\n");
    }
    p.raw("</div>\n");
  }

  private static void evidence(Page p, Evidence e) {
    p.raw("<figure class=\"ev ").raw(e.function().id()).raw("\"><figcaption><span class=\"chip ")
        .raw(e.function().id()).raw("\">").raw(e.function().id()).raw("</span><code>").text(e.path()).raw("</code>");
    String where = Wording.where(e.location());
    if (!where.isEmpty()) {
      p.raw("<span>").text(where).raw("</span>");
    }
    p.raw("</figcaption><blockquote>");
    for (Quote.Piece piece : Quote.of(e).pieces()) {
      if (piece.marked()) {
        p.raw("<mark>").text(piece.text()).raw("</mark>");
      } else {
        p.text(piece.text());
      }
    }
    p.raw("</blockquote></figure>\n");
  }

  private static void terms(Page p, Report r) {
    p.raw("<section id=\"terms\">\n<h2>Value propositions</h2>\n<p class=\"lede\">The phrases each function leads"
        + " with, most distinctive first. A dotted underline marks a phrase that another function uses too;"
        + " little overlap means the functions lead with different stories.</p>\n");
    pillars(p, r);
    List<BusinessFunction> fs = r.functions().stream()
        .filter(f -> !r.terms().getOrDefault(f, List.of()).isEmpty()).toList();
    if (fs.isEmpty()) {
      p.raw("<div class=\"empty\">No value-proposition terms were found.</div>\n</section>\n");
      return;
    }
    Map<String, Integer> usedBy = new HashMap<>();
    for (BusinessFunction f : fs) {
      r.terms().get(f).stream().map(t -> t.term().toLowerCase(Locale.ROOT)).distinct()
          .forEach(t -> usedBy.merge(t, 1, Integer::sum));
    }
    p.raw("<div class=\"grid terms\">\n");
    for (BusinessFunction f : fs) {
      List<Term> ts = r.terms().get(f);
      double max = ts.stream().mapToDouble(Term::weight).max().orElse(1);
      p.raw("<div class=\"card ").raw(f.id()).raw("\"><h3><span class=\"chip ").raw(f.id()).raw("\">")
          .raw(Wording.title(f)).raw("</span></h3><ol>");
      for (Term t : ts.subList(0, Math.min(TERMS_SHOWN, ts.size()))) {
        boolean shared = usedBy.getOrDefault(t.term().toLowerCase(Locale.ROOT), 0) > 1;
        long width = max <= 0 ? 0 : Math.round(Math.max(0, t.weight()) / max * 100);
        p.raw("<li><span class=\"t").raw(shared ? " shared" : "").raw("\"").raw(shared ? " title=\"shared\"" : "")
            .raw(">").text(t.term()).raw("</span><span class=\"c\" title=\"occurrences\">\u00d7").raw(t.count())
            .raw("</span><span class=\"bar\"><i style=\"width:").raw(width).raw("%\"></i></span></li>");
      }
      p.raw("</ol>");
      if (ts.size() > TERMS_SHOWN) {
        p.raw("<div class=\"more\">and ").raw(ts.size() - TERMS_SHOWN).raw(" more</div>");
      }
      p.raw("</div>\n");
    }
    p.raw("</div>\n</section>\n");
  }

  /** The strategy pillars, and which functions carry each: a gap is a pillar a function leaves out. */
  private static void pillars(Page p, Report r) {
    List<Pillar> pillars = r.scores().pillars();
    if (pillars.isEmpty()) {
      return;
    }
    List<BusinessFunction> fs = r.functions().stream().filter(f -> f != BusinessFunction.STRATEGY).toList();
    p.raw("<div class=\"card pillars\"><h3 class=\"ct\">Strategy pillars and who carries them</h3>\n<table><thead><tr>")
        .raw("<th>Pillar</th>");
    for (BusinessFunction f : fs) {
      p.raw("<th class=\"mark\"><span class=\"chip ").raw(f.id()).raw("\">").raw(f.id()).raw("</span></th>");
    }
    p.raw("</tr></thead><tbody>\n");
    for (Pillar pillar : pillars) {
      p.raw("<tr><td>").text(pillar.text()).raw("</td>");
      for (BusinessFunction f : fs) {
        p.raw(pillar.carriedBy().contains(f)
            ? "<td class=\"mark yes\" title=\"carried\">\u2713</td>"
            : "<td class=\"mark no\" title=\"left out\">left out</td>");
      }
      p.raw("</tr>\n");
    }
    p.raw("</tbody></table></div>\n");
  }

  private static void documents(Page p, Report r) {
    p.raw("<section id=\"documents\" class=\"docs\">\n<h2>Documents</h2>\n<p class=\"lede\">")
        .raw(Wording.count(r.documents().size(), "file")).raw(" in the kit");
    StringBuilder statuses = new StringBuilder();
    for (DocumentStatus s : DocumentStatus.values()) {
      long n = r.count(s);
      if (n > 0) {
        statuses.append(statuses.length() == 0 ? ": " : ", ").append(n).append(' ').append(s.id());
      }
    }
    p.raw(statuses.toString()).raw(". Files that could not be read are listed with the reason;"
        + " nothing is left out silently.</p>\n");
    if (r.documents().isEmpty()) {
      p.raw("<div class=\"empty\">The kit folder holds no files.</div>\n</section>\n");
      return;
    }
    p.raw("<div class=\"card\"><table><thead><tr><th>File</th><th>Function</th><th>Type</th><th>Status</th>")
        .raw("<th class=\"num\">Units</th><th class=\"num\">Claims</th><th>Reason</th></tr></thead><tbody>\n");
    for (DocumentSummary d : r.documents()) {
      p.raw("<tr><td class=\"path\">").text(d.path()).raw("</td><td>");
      if (d.function() == null) {
        p.raw("<span class=\"chip\">none</span>");
      } else {
        p.raw("<span class=\"chip ").raw(d.function().id()).raw("\">").raw(d.function().id()).raw("</span>");
      }
      p.raw("</td><td");
      if (d.mediaType() != null) {
        p.raw(" title=\"").text(d.mediaType()).raw("\">").text(kind(d.mediaType()));
      } else {
        p.raw(">");
      }
      p.raw("</td><td><span class=\"status ").raw(tone(d.status())).raw("\">").raw(d.status().id())
          .raw("</span></td><td class=\"num\">").raw(d.units()).raw("</td><td class=\"num\">").raw(d.claims())
          .raw("</td><td class=\"reason\">").text(d.error() == null ? "" : d.error()).raw("</td></tr>\n");
    }
    p.raw("</tbody></table></div>\n</section>\n");
  }

  /** A short name for a media type a marketer recognises. */
  static String kind(String mediaType) {
    String m = mediaType.toLowerCase(Locale.ROOT);
    int semi = m.indexOf(';');
    if (semi >= 0) {
      m = m.substring(0, semi).strip();
    }
    return switch (m) {
      case "application/pdf" -> "PDF";
      case "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/vnd.ms-powerpoint" -> "PowerPoint";
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/msword" -> "Word";
      case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.ms-excel" -> "Excel";
      case "application/vnd.oasis.opendocument.text" -> "OpenDocument text";
      case "application/vnd.oasis.opendocument.presentation" -> "OpenDocument slides";
      case "application/vnd.oasis.opendocument.spreadsheet" -> "OpenDocument sheet";
      case "application/rtf", "text/rtf" -> "RTF";
      case "text/html", "application/xhtml+xml" -> "HTML";
      case "text/markdown", "text/x-web-markdown" -> "Markdown";
      case "text/plain" -> "Text";
      default -> mediaType;
    };
  }

  private static String tone(DocumentStatus s) {
    return switch (s) {
      case PARSED -> "ok";
      case EMPTY, UNASSIGNED -> "none";
      case UNSUPPORTED, ENCRYPTED, TOO_LARGE -> "warn";
      case CORRUPT, TIMEOUT -> "bad";
    };
  }

  private static String indexWord(int index) {
    return index >= 80 ? "Well aligned" : index >= 50 ? "Drifting apart" : "Far apart";
  }

  /** A ring gauge of the alignment index, as inline SVG. */
  static String gauge(int index) {
    double r = 42;
    double c = 2 * Math.PI * r;
    String colour = index >= 80 ? "#1f7a4d" : index >= 50 ? "#b7791f" : "#c0392b";
    return String.format(Locale.ROOT,
        "<svg width=\"104\" height=\"104\" viewBox=\"0 0 104 104\" role=\"img\" aria-label=\"alignment index %d of 100\">"
            + "<circle cx=\"52\" cy=\"52\" r=\"42\" fill=\"none\" stroke=\"#e9ebf0\" stroke-width=\"10\"/>"
            + "%s"
            + "<text x=\"52\" y=\"59\" text-anchor=\"middle\" font-size=\"26\" font-weight=\"700\" fill=\"#1d2433\""
            + " font-family=\"system-ui, sans-serif\">%d</text></svg>",
        index, index == 0 ? "" : String.format(Locale.ROOT,
            // No arc at all for 0: a round cap would still draw a dot.
            "<circle cx=\"52\" cy=\"52\" r=\"42\" fill=\"none\" stroke=\"%s\" stroke-width=\"10\""
                + " stroke-linecap=\"round\" stroke-dasharray=\"%.2f %.2f\" transform=\"rotate(-90 52 52)\"/>",
            colour, c * index / 100.0, c), index);
  }

  /** The heatmap colour of a divergence: pale green (0) through sand to soft red (100). */
  static String heat(int divergence) {
    int[][] stops = {{0, 0xe6, 0xf4, 0xec}, {35, 0xfb, 0xf0, 0xd2}, {70, 0xf8, 0xd3, 0xc2}, {100, 0xee, 0x9f, 0x93}};
    int d = Math.max(0, Math.min(100, divergence));
    for (int i = 1; i < stops.length; i++) {
      if (d <= stops[i][0]) {
        double t = (d - stops[i - 1][0]) / (double) (stops[i][0] - stops[i - 1][0]);
        int rgb = 0;
        for (int k = 1; k <= 3; k++) {
          rgb = rgb << 8 | (int) Math.round(stops[i - 1][k] + t * (stops[i][k] - stops[i - 1][k]));
        }
        return String.format(Locale.ROOT, "#%06x", rgb);
      }
    }
    throw new AssertionError(d);
  }

  private static String load(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page being written: {@code raw} for launchlint's own markup, {@code text} for anything from a kit. */
  private static final class Page {
    private final StringBuilder b = new StringBuilder(32_768);

    Page raw(String s) {
      b.append(s);
      return this;
    }

    Page raw(long n) {
      b.append(n);
      return this;
    }

    Page text(String s) {
      b.append(Escape.html(s));
      return this;
    }

    @Override
    public String toString() {
      return b.toString();
    }
  }
}
