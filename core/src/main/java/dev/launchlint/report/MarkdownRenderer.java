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
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub-flavoured Markdown with tables: the content of the HTML report, for a pull-request
 * comment or a wiki page. Document text is escaped ({@link Escape#markdown}), so pipes cannot break
 * a table and HTML in a document stays text.
 */
final class MarkdownRenderer implements Renderer {

  private static final int TERMS_SHOWN = 10;
  /** Quotations longer than this are cut around their first mark. */
  private static final int QUOTE_MAX = 300;

  @Override
  public void render(Report r, Writer out, RenderOptions options) throws IOException {
    StringBuilder b = new StringBuilder(16_384);
    b.append("# launchlint: ").append(Escape.markdown(r.kit().name())).append("\n\n");
    b.append("**Stage: ").append(Wording.title(r.scores().stage())).append("** \u00b7 alignment index **")
        .append(r.scores().alignmentIndex()).append("/100**\n\n");
    b.append("> ").append(Wording.explain(r.scores().stage())).append("\n\n");
    String caveat = Wording.unreadCaveat(r);
    if (!caveat.isEmpty()) {
      b.append("**Note:** ").append(caveat).append(" See Documents below.\n\n");
    }
    b.append("| High | Medium | Low | Documents |\n|---:|---:|---:|---:|\n");
    for (Severity s : Severity.values()) {
      b.append("| ").append(r.count(s)).append(' ');
    }
    b.append("| ").append(r.documents().size()).append(" |\n\n");
    triage(b, r);
    divergence(b, r);
    types(b, r);
    findings(b, r);
    terms(b, r);
    documents(b, r);
    b.append("<sub>launchlint report \u00b7 ").append(Report.SCHEMA).append("</sub>\n");
    out.write(b.toString());
  }

  private static void triage(StringBuilder b, Report r) {
    List<String> lines = Triaged.lines(r);
    if (lines.isEmpty()) {
      return;
    }
    b.append("## Baseline, waivers and fact sheet\n\n");
    for (String line : lines) {
      b.append("- ").append(Escape.markdown(line)).append('\n');
    }
    b.append('\n');
  }

  private static void divergence(StringBuilder b, Report r) {
    if (r.scores().pairs().isEmpty()) {
      return;
    }
    b.append("## Divergence between functions\n\n0 means the same story, 100 different stories.\n\n");
    b.append("| Functions | Divergence | Findings |\n|---|---:|---:|\n");
    for (PairScore p : r.scores().pairs()) {
      b.append("| ").append(p.functions().get(0).id()).append(" \u2194 ").append(p.functions().get(1).id())
          .append(" | ").append(p.divergence()).append(" | ").append(p.findings()).append(" |\n");
    }
    b.append('\n');
  }

  private static void types(StringBuilder b, Report r) {
    b.append("## Findings by type and severity\n\n| Type | High | Medium | Low | Total |\n|---|---:|---:|---:|---:|\n");
    for (FindingType t : FindingType.values()) {
      b.append("| ").append(Wording.title(t));
      for (Severity s : Severity.values()) {
        b.append(" | ").append(r.findings().stream().filter(f -> f.type() == t && f.severity() == s).count());
      }
      b.append(" | ").append(r.count(t)).append(" |\n");
    }
    b.append("| **All** | **").append(r.count(Severity.HIGH)).append("** | **").append(r.count(Severity.MEDIUM))
        .append("** | **").append(r.count(Severity.LOW)).append("** | **").append(r.findings().size())
        .append("** |\n\n");
  }

  private static void findings(StringBuilder b, Report r) {
    b.append("## Findings\n\n");
    if (r.findings().isEmpty()) {
      b.append("No findings: no two functions disagree in what launchlint can compare.\n\n");
      return;
    }
    for (Severity s : Severity.values()) {
      List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
      if (group.isEmpty()) {
        continue;
      }
      b.append("### ").append(Wording.title(s)).append(" (").append(group.size()).append(")\n\n");
      for (Finding f : group) {
        String tag = Triaged.tag(r, f);
        b.append("#### ").append(tag.isEmpty() ? "" : "[" + Escape.markdown(tag) + "] ")
            .append(Wording.title(f.type())).append(": ").append(Escape.markdown(f.summary())).append("\n\n");
        String waiver = Triaged.waiver(r, f);
        if (!waiver.isEmpty()) {
          b.append("_").append(Escape.markdown(waiver)).append("_\n\n");
        }
        b.append("Functions: ");
        for (int i = 0; i < f.functions().size(); i++) {
          b.append(i == 0 ? "" : ", ").append(f.functions().get(i).id());
        }
        if (f.attribute() != null && !f.attribute().isBlank()) {
          b.append(" \u00b7 attribute: ").append(Escape.markdown(f.attribute()));
        }
        b.append(" \u00b7 id `").append(f.id().replace("`", "")).append("`\n\n");
        b.append("Why: ").append(Escape.markdown(f.reason())).append(" (").append(Wording.confidence(f))
            .append(")\n\n");
        if (!f.evidence().isEmpty()) {
          b.append("| Function | File | Where | Evidence |\n|---|---|---|---|\n");
          for (Evidence e : f.evidence()) {
            b.append("| ").append(e.function().id()).append(" | ").append(Escape.markdown(e.path())).append(" | ")
                .append(Escape.markdown(Wording.where(e.location()))).append(" | ").append(quote(e)).append(" |\n");
          }
          b.append('\n');
        } else {
          leads(b, f, r);
        }
      }
    }
  }

  /** For a finding without quotations (a positioning drift): what each of its functions leads with. */
  private static void leads(StringBuilder b, Finding f, Report r) {
    for (BusinessFunction fn : f.functions()) {
      List<Term> ts = r.terms().getOrDefault(fn, List.of());
      if (ts.isEmpty()) {
        continue;
      }
      b.append("- ").append(fn.id()).append(" leads with: ");
      for (int i = 0; i < Math.min(5, ts.size()); i++) {
        b.append(i == 0 ? "" : ", ").append(Escape.markdown(ts.get(i).term()));
      }
      b.append('\n');
    }
    b.append('\n');
  }

  /**
   * The evidence text with its marks in bold, cut around the first mark when long: a pull-request
   * comment has a size limit, and the full text is in the HTML and JSON reports.
   */
  private static String quote(Evidence e) {
    StringBuilder b = new StringBuilder();
    for (Quote.Piece p : Quote.of(e).clip(QUOTE_MAX).pieces()) {
      String text = Escape.markdown(p.text());
      if (p.marked() && !text.isBlank()) {
        // Bold must hug non-space characters to render; keep surrounding spaces outside it.
        String core = text.strip();
        int lead = text.indexOf(core);
        b.append(text, 0, lead).append("**").append(core).append("**").append(text.substring(lead + core.length()));
      } else {
        b.append(text);
      }
    }
    return b.toString();
  }

  private static void terms(StringBuilder b, Report r) {
    List<BusinessFunction> fs = r.functions().stream()
        .filter(f -> !r.terms().getOrDefault(f, List.of()).isEmpty()).toList();
    b.append("## Value propositions\n\n");
    pillars(b, r);
    if (fs.isEmpty()) {
      b.append("No value-proposition terms were found.\n\n");
      return;
    }
    b.append("The phrases each function leads with, most distinctive first.\n\n| # |");
    for (BusinessFunction f : fs) {
      b.append(' ').append(Wording.title(f)).append(" |");
    }
    b.append("\n|---:|");
    fs.forEach(f -> b.append("---|"));
    b.append('\n');
    Map<BusinessFunction, List<Term>> shown = new HashMap<>();
    int rows = 0;
    for (BusinessFunction f : fs) {
      List<Term> ts = r.terms().get(f);
      shown.put(f, ts.subList(0, Math.min(TERMS_SHOWN, ts.size())));
      rows = Math.max(rows, shown.get(f).size());
    }
    for (int i = 0; i < rows; i++) {
      b.append("| ").append(i + 1).append(" |");
      for (BusinessFunction f : fs) {
        List<Term> ts = shown.get(f);
        b.append(' ').append(i < ts.size() ? Escape.markdown(ts.get(i).term()) : "").append(" |");
      }
      b.append('\n');
    }
    b.append('\n');
  }

  private static void pillars(StringBuilder b, Report r) {
    List<Pillar> pillars = r.scores().pillars();
    if (pillars.isEmpty()) {
      return;
    }
    List<BusinessFunction> fs = r.functions().stream().filter(f -> f != BusinessFunction.STRATEGY).toList();
    b.append("Strategy pillars and who carries them:\n\n| Pillar |");
    fs.forEach(f -> b.append(' ').append(Wording.title(f)).append(" |"));
    b.append("\n|---|");
    fs.forEach(f -> b.append(":---:|"));
    b.append('\n');
    for (Pillar p : pillars) {
      b.append("| ").append(Escape.markdown(p.text())).append(" |");
      fs.forEach(f -> b.append(p.carriedBy().contains(f) ? " \u2713 |" : " left out |"));
      b.append('\n');
    }
    b.append('\n');
  }

  private static void documents(StringBuilder b, Report r) {
    b.append("## Documents\n\n");
    if (r.documents().isEmpty()) {
      b.append("The kit folder holds no files.\n\n");
      return;
    }
    b.append(Wording.count(r.documents().size(), "file"));
    String sep = ": ";
    for (DocumentStatus s : DocumentStatus.values()) {
      long n = r.count(s);
      if (n > 0) {
        b.append(sep).append(n).append(' ').append(s.id());
        sep = ", ";
      }
    }
    b.append(".\n\n| File | Function | Status | Units | Claims | Reason |\n|---|---|---|---:|---:|---|\n");
    for (DocumentSummary d : r.documents()) {
      b.append("| ").append(Escape.markdown(d.path())).append(" | ")
          .append(d.function() == null ? "none" : d.function().id()).append(" | ").append(d.status().id())
          .append(" | ").append(d.units()).append(" | ").append(d.claims()).append(" | ")
          .append(d.error() == null ? "" : Escape.markdown(d.error())).append(" |\n");
    }
    b.append('\n');
  }
}
