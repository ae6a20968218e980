package dev.launchlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.launchlint.analyze.Term;
import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.Pillar;
import dev.launchlint.compare.SheetCoverage;
import dev.launchlint.compare.SheetFact;
import dev.launchlint.compare.Span;
import dev.launchlint.extract.Location;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.Waiver;
import dev.launchlint.score.PairScore;
import dev.launchlint.triage.Baseline;
import dev.launchlint.triage.KnownFinding;
import dev.launchlint.triage.WaiverOutcome;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

/** The {@code launchlint/report@1} JSON of DESIGN.md, with fields in a fixed order. */
final class JsonRenderer implements Renderer {

  /** Indented, fixed-order output that leaves the caller's writer open; shared by the JSON-based renderers. */
  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public void render(Report report, Writer out, RenderOptions options) throws IOException {
    MAPPER.writeValue(out, tree(report));
    out.write('\n');
  }

  static ObjectNode tree(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", Report.SCHEMA);
    ObjectNode kit = root.putObject("kit");
    kit.put("name", report.kit().name());
    kit.put("root", report.kit().root());
    ArrayNode docs = root.putArray("documents");
    for (DocumentSummary d : report.documents()) {
      ObjectNode n = docs.addObject();
      n.put("path", d.path());
      n.put("function", d.function() == null ? null : d.function().id());
      n.put("mediaType", d.mediaType());
      n.put("status", d.status().id());
      n.put("error", d.error());
      n.put("units", d.units());
      n.put("claims", d.claims());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      // The fields a baseline keeps come first, in its order, so a report can serve as one.
      ObjectNode n = Baseline.node(KnownFinding.of(f));
      findings.add(n);
      n.put("confidence", Math.round(f.confidence() * 100) / 100.0);
      n.put("reason", f.reason());
      if (report.triage().active()) {
        n.put("status", report.status(f).id());
      }
      report.triage().waiverOf(f).ifPresent(w -> n.set("waiver", waiver(w)));
      LocalDate lapsed = report.triage().expired().get(f.id());
      if (lapsed != null) {
        n.put("waiverExpired", lapsed.toString());
      }
      ArrayNode ev = n.putArray("evidence");
      for (Evidence e : f.evidence()) {
        ObjectNode en = ev.addObject();
        en.put("function", e.function().id());
        en.put("path", e.path());
        en.set("location", location(e.location()));
        en.put("text", e.text());
        if (!e.marks().isEmpty()) {
          ArrayNode marks = en.putArray("marks");
          for (Span s : e.marks()) {
            marks.addArray().add(s.start()).add(s.end());
          }
        }
      }
    }
    if (report.triage().baselined()) {
      ArrayNode fixed = root.putArray("fixed");
      report.triage().fixed().forEach(k -> fixed.add(Baseline.node(k)));
    }
    if (!report.triage().waivers().isEmpty()) {
      ArrayNode waivers = root.putArray("waivers");
      for (WaiverOutcome o : report.triage().waivers()) {
        ObjectNode w = waiver(o.waiver());
        w.put("state", o.state().id());
        ArrayNode ids = w.putArray("findings");
        o.findings().forEach(ids::add);
        waivers.add(w);
      }
    }
    if (report.sheet().present()) {
      root.set("factSheet", sheet(report.sheet()));
    }
    ObjectNode scores = root.putObject("scores");
    ArrayNode pairs = scores.putArray("pairs");
    for (PairScore p : report.scores().pairs()) {
      ObjectNode n = pairs.addObject();
      ArrayNode fs = n.putArray("functions");
      p.functions().forEach(x -> fs.add(x.id()));
      n.put("divergence", p.divergence());
      n.put("findings", p.findings());
      n.put("termOverlap", Math.round(p.termOverlap() * 1000) / 1000.0);
    }
    scores.put("alignmentIndex", report.scores().alignmentIndex());
    scores.put("stage", report.scores().stage().id());
    if (!report.scores().pillars().isEmpty()) {
      ArrayNode pillars = scores.putArray("pillars");
      for (Pillar p : report.scores().pillars()) {
        ObjectNode n = pillars.addObject();
        n.put("pillar", p.text());
        ArrayNode carried = n.putArray("carriedBy");
        p.carriedBy().forEach(x -> carried.add(x.id()));
      }
    }
    ObjectNode terms = root.putObject("terms");
    for (BusinessFunction f : BusinessFunction.values()) {
      List<Term> ts = report.terms().get(f);
      if (ts == null && f == BusinessFunction.STRATEGY) {
        continue;
      }
      ArrayNode arr = terms.putArray(f.id());
      for (Term t : ts == null ? List.<Term>of() : ts) {
        ObjectNode n = arr.addObject();
        n.put("term", t.term());
        n.put("weight", Math.round(t.weight() * 1000) / 1000.0);
        n.put("count", t.count());
      }
    }
    return root;
  }

  static ObjectNode waiver(Waiver w) {
    return w.writeTo(MAPPER.createObjectNode());
  }

  static ObjectNode sheet(SheetCoverage sheet) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("path", sheet.path());
    n.put("facts", sheet.facts());
    ArrayNode problems = n.putArray("problems");
    sheet.problems().forEach(problems::add);
    ArrayNode unstated = n.putArray("unstated");
    for (SheetFact f : sheet.unstated()) {
      ObjectNode u = unstated.addObject();
      u.put("row", f.row());
      u.put("fact", f.fact());
      u.put("value", f.value());
      u.put("owner", f.owner());
    }
    return n;
  }

  static ObjectNode location(Location l) {
    ObjectNode n = MAPPER.createObjectNode();
    if (l.page() != null) {
      n.put("page", l.page());
    }
    if (l.slide() != null) {
      n.put("slide", l.slide());
    }
    if (l.sheet() != null) {
      n.put("sheet", l.sheet());
    }
    if (l.row() != null) {
      n.put("row", l.row());
    }
    if (l.heading() != null) {
      n.put("heading", l.heading());
    }
    if (l.notes()) {
      n.put("notes", true);
    }
    return n;
  }
}
