package dev.launchlint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.launchlint.AuditOptions;
import dev.launchlint.LaunchlintException;
import dev.launchlint.analyze.Analysis;
import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Attributes;
import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.DateRef;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.analyze.Term;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.Location;
import dev.launchlint.extract.TextExtractor;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitFile;
import dev.launchlint.kit.KitScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code launchlint claims FILE_OR_KIT}: shows the claims launchlint reads in a file or a kit,
 * with type, aspect, normalised attributes and location, so a user can see why it thinks what it
 * thinks. A kit also shows each function's value-proposition terms.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "Shows the claims found in one file or a whole kit, with their type, aspect, attributes and location.")
final class ClaimsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE_OR_KIT", description = "A document, or a kit folder (product/, marketing/, sales/, strategy/).")
  Path input;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--function", paramLabel = "FUNCTION", defaultValue = "product",
      description = "For a single file: the team that wrote it, product, marketing, sales or strategy (default: ${DEFAULT-VALUE}).")
  String function;

  @Override
  public Integer call() throws IOException {
    String fmt = format.strip().toLowerCase(Locale.ROOT);
    if (!fmt.equals("table") && !fmt.equals("json")) {
      throw new LaunchlintException("cli", "unknown format '" + format + "'; use one of table, json");
    }
    BusinessFunction fn = BusinessFunction.fromId(function)
        .orElseThrow(() -> new LaunchlintException("cli", "--function takes product, marketing, sales or strategy, not '" + function + "'"));
    List<KitFile> files;
    if (Files.isDirectory(input)) {
      Kit kit = KitScanner.scan(input);
      files = kit.files();
    } else if (Files.isRegularFile(input) && Files.isReadable(input)) {
      Path name = input.getFileName();
      files = List.of(new KitFile(name == null ? input.toString() : name.toString(), input, fn, null));
    } else {
      throw new LaunchlintException("cli", "no such file or kit folder: " + input);
    }
    TextExtractor extractor = TextExtractor.tika(AuditOptions.DEFAULTS.limits());
    List<ExtractedDocument> documents = new ArrayList<>();
    for (KitFile f : files) {
      documents.add(extractor.extract(f));
    }
    AnalyzedKit analyzed = Analysis.english().forOneKit().analyze(documents);
    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("json")) {
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      out.println(json.writeValueAsString(toJson(analyzed, files.size() > 1 || Files.isDirectory(input))));
    } else {
      table(analyzed, out, Files.isDirectory(input));
    }
    out.flush();
    return ExitCode.CLEAN;
  }

  // ---- table

  private static void table(AnalyzedKit kit, PrintWriter out, boolean showTerms) {
    int total = 0;
    for (ExtractedDocument d : kit.documents()) {
      List<Claim> claims = kit.claims().stream().filter(c -> c.path().equals(d.path())).toList();
      total += claims.size();
      out.printf("%s  [%s, %s, %d units, %d claims]%n", d.path(), d.function() == null ? "unassigned" : d.function().id(),
          d.status().name().toLowerCase(Locale.ROOT), d.units().size(), claims.size());
      if (d.error() != null) {
        out.println("  ! " + d.error());
      }
      for (Claim c : claims) {
        String where = where(c.location(), c.unitIndex());
        out.printf("  %-13s %-26s %s%n", c.type().id(), c.aspect() == null ? "-" : c.aspect(), where);
        out.println("      \"" + c.text() + "\"");
        for (String line : describe(c.attributes())) {
          out.println("      " + line);
        }
      }
      out.println();
    }
    out.printf("%d claims in %d documents%n", total, kit.documents().size());
    if (showTerms) {
      for (Map.Entry<BusinessFunction, List<Term>> e : kit.terms().entrySet()) {
        StringBuilder b = new StringBuilder();
        for (Term t : e.getValue().subList(0, Math.min(12, e.getValue().size()))) {
          b.append(b.length() > 0 ? ", " : "").append(t.term()).append(" (").append(fmt(t.weight())).append(')');
        }
        out.printf("terms %-10s %s%n", e.getKey().id() + ":", b);
      }
    }
  }

  private static String where(Location l, int unitIndex) {
    String label = l.label();
    String unit = "unit " + (unitIndex + 1);
    if (l.heading() != null && !label.startsWith("§")) {
      label = label.isEmpty() ? "§ " + l.heading() : label + ", § " + l.heading();
    }
    return label.isEmpty() ? unit : label + ", " + unit;
  }

  private static List<String> describe(Attributes a) {
    List<String> lines = new ArrayList<>();
    for (Quantity q : a.quantities()) {
      lines.add("quantity  " + q.text() + "  -> " + q.dimension() + " " + fmt(q.value())
          + (q.upper() == null ? "" : ".." + fmt(q.upper())) + " " + q.unit() + bound(q.bound().name()));
    }
    for (Money m : a.prices()) {
      StringBuilder b = new StringBuilder("price     " + m.text() + "  -> " + m.currency() + " " + fmt(m.amount()));
      if (m.upper() != null) {
        b.append("..").append(fmt(m.upper()));
      }
      if (m.per() != null) {
        b.append(" per ").append(m.per());
      }
      if (m.period() != null) {
        b.append(" / ").append(m.period());
      }
      if (m.billing() != null) {
        b.append(", billed per ").append(m.billing());
      }
      if (m.plan() != null) {
        b.append(", plan ").append(m.plan());
      }
      lines.add(b.append(bound(m.bound().name())).toString());
    }
    for (DateRef d : a.dates()) {
      lines.add("date      " + d.text() + "  -> " + date(d));
    }
    if (a.stage() != null) {
      lines.add("stage     " + a.stage().id());
    }
    if (!a.entities().isEmpty()) {
      lines.add("names     " + String.join(", ", a.entities()));
    }
    List<String> flags = new ArrayList<>();
    if (a.negated()) {
      flags.add("negated");
    }
    if (a.hedged()) {
      flags.add("hedged");
    }
    if (!a.absolutes().isEmpty()) {
      flags.add("absolute: " + String.join(", ", a.absolutes()));
    }
    if (!flags.isEmpty()) {
      lines.add("tone      " + String.join("; ", flags));
    }
    return lines;
  }

  private static String bound(String name) {
    return name.equals("EXACT") ? "" : " (" + name.toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
  }

  private static String date(DateRef d) {
    if (d.relative()) {
      return "relative";
    }
    StringBuilder b = new StringBuilder(d.year() == null ? "????" : String.valueOf(d.year()));
    if (d.quarter() != null) {
      b.append("-Q").append(d.quarter());
    }
    if (d.month() != null) {
      b.append(String.format(Locale.ROOT, "-%02d", d.month()));
    }
    if (d.day() != null) {
      b.append(String.format(Locale.ROOT, "-%02d", d.day()));
    }
    return b.toString();
  }

  private static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    return String.format(Locale.ROOT, "%.6g", v).replaceAll("0+$", "").replaceAll("\\.$", "")
        .replaceAll("0+e", "e").replaceAll("\\.e", "e");
  }

  // ---- json

  private static Map<String, Object> toJson(AnalyzedKit kit, boolean withTerms) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", "launchlint/claims@1");
    List<Object> docs = new ArrayList<>();
    for (ExtractedDocument d : kit.documents()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("path", d.path());
      doc.put("function", d.function() == null ? null : d.function().id());
      doc.put("status", d.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      doc.put("error", d.error());
      List<Object> claims = new ArrayList<>();
      for (Claim c : kit.claims()) {
        if (c.path().equals(d.path())) {
          claims.add(claim(c));
        }
      }
      doc.put("claims", claims);
      docs.add(doc);
    }
    root.put("documents", docs);
    if (withTerms) {
      Map<String, Object> terms = new LinkedHashMap<>();
      kit.terms().forEach((f, list) -> terms.put(f.id(), list.stream().map(t -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("term", t.term());
        m.put("weight", t.weight());
        m.put("count", t.count());
        return m;
      }).toList()));
      root.put("terms", terms);
    }
    return root;
  }

  private static Map<String, Object> claim(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", c.type().id());
    m.put("aspect", c.aspect());
    m.put("text", c.text());
    m.put("start", c.start());
    m.put("end", c.end());
    m.put("unit", c.unitIndex());
    Map<String, Object> loc = new LinkedHashMap<>();
    Location l = c.location();
    putIfSet(loc, "page", l.page());
    putIfSet(loc, "slide", l.slide());
    putIfSet(loc, "sheet", l.sheet());
    putIfSet(loc, "row", l.row());
    putIfSet(loc, "heading", l.heading());
    if (l.notes()) {
      loc.put("notes", true);
    }
    m.put("location", loc);
    Attributes a = c.attributes();
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("quantities", a.quantities().stream().map(q -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("text", q.text());
      x.put("value", q.value());
      x.put("upper", q.upper());
      x.put("dimension", q.dimension());
      x.put("unit", q.unit());
      x.put("bound", q.bound().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      x.put("start", q.start());
      x.put("end", q.end());
      return x;
    }).toList());
    attrs.put("prices", a.prices().stream().map(p -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("text", p.text());
      x.put("currency", p.currency());
      x.put("amount", p.amount());
      x.put("upper", p.upper());
      x.put("per", p.per());
      x.put("period", p.period());
      x.put("billing", p.billing());
      x.put("plan", p.plan());
      x.put("bound", p.bound().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      x.put("start", p.start());
      x.put("end", p.end());
      return x;
    }).toList());
    attrs.put("dates", a.dates().stream().map(d -> {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("text", d.text());
      x.put("year", d.year());
      x.put("quarter", d.quarter());
      x.put("month", d.month());
      x.put("day", d.day());
      x.put("relative", d.relative());
      x.put("start", d.start());
      x.put("end", d.end());
      return x;
    }).toList());
    attrs.put("stage", a.stage() == null ? null : a.stage().id());
    attrs.put("entities", a.entities());
    attrs.put("negated", a.negated());
    attrs.put("hedged", a.hedged());
    attrs.put("absolutes", a.absolutes());
    m.put("attributes", attrs);
    return m;
  }

  private static void putIfSet(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
