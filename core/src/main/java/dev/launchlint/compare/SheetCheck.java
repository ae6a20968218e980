package dev.launchlint.compare;

import dev.launchlint.analyze.Analysis;
import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Claim;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.Location;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every document of a kit against its fact sheet with the fact model of the comparison.
 *
 * <p>Each row is read as a statement of the kit's source of truth ("Pro plan price: $49 per user
 * per month, billed annually."), with the function {@code strategy}, the sheet's path and its row,
 * and the contradictions are looked for as between documents ({@link Contradictions}), over the
 * kit's claims and the sheet's together: a document that contradicts a row is a {@code
 * contradiction} quoting the row, with the row's owner in its summary. A name on a row's {@code
 * avoid} list that a document uses is a {@code terminology-drift}. A row that no marketing or
 * sales statement gives is listed as unstated (coverage, not a finding).
 *
 * <p>Stateless and thread-safe; the findings are in report order.
 */
public final class SheetCheck {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

  private SheetCheck() {}

  /** What the sheet gave: findings to add to the kit's, and what the report says of the sheet. */
  public record Outcome(List<Finding> findings, SheetCoverage coverage) {
    public Outcome {
      findings = List.copyOf(findings);
    }
  }

  /**
   * Checks {@code kit} against {@code sheet}, reading the sheet's rows with {@code analysis}.
   * Without a sheet, or with a malformed one, there are no findings.
   */
  public static Outcome check(AnalyzedKit kit, FactSheet sheet, Analysis analysis) {
    if (sheet.path() == null) {
      return new Outcome(List.of(), SheetCoverage.NONE);
    }
    if (sheet.facts().isEmpty()) {
      return new Outcome(List.of(), new SheetCoverage(sheet.path(), 0, sheet.problems(), List.of()));
    }
    ExtractedDocument rows = document(sheet);
    List<Claim> rowClaims = analysis.claims(rows);
    List<ExtractedDocument> documents = new ArrayList<>(kit.documents());
    documents.add(rows);
    List<Claim> claims = new ArrayList<>(kit.claims());
    claims.addAll(rowClaims);
    AnalyzedKit withSheet = new AnalyzedKit(documents, claims, kit.terms());
    KitView view = new KitView(withSheet);
    ClaimIndex index = new ClaimIndex(withSheet.claims(), c -> Contradictions.mayConflict(c));
    List<Finding> out = new ArrayList<>();
    for (Finding f : Contradictions.find(index, view, new HashSet<>())) {
      Optional<SheetFact> row = f.evidence().stream().filter(e -> e.path().equals(sheet.path())).findFirst()
          .flatMap(e -> sheet.row(e.location().row() == null ? -1 : e.location().row()));
      if (row.isEmpty()) {
        continue;
      }
      boolean onlySheet = f.evidence().stream()
          .noneMatch(e -> e.function() == BusinessFunction.STRATEGY && !e.path().equals(sheet.path()));
      String summary = onlySheet ? f.summary().replace("strategy says", "the fact sheet says") : f.summary();
      out.add(new Finding(f.id(), f.type(), f.severity(), f.functions(), f.attribute(),
          summary + owned(sheet, row.get()), f.evidence(), f.confidence(), f.reason()));
    }
    out.addAll(avoided(kit, sheet));
    List<SheetFact> unstated = new ArrayList<>();
    for (SheetFact f : sheet.facts()) {
      if (!stated(f, kit, index, kit.claims().size(), rowClaims, sheet)) {
        unstated.add(f);
      }
    }
    return new Outcome(out, new SheetCoverage(sheet.path(), sheet.facts().size(), sheet.problems(), unstated));
  }

  /**
   * The kit's findings with the sheet's: a contradiction between documents that a sheet finding
   * quotes whole is that finding now (the sheet's row joins it), and so is a terminology drift
   * over a name the sheet says to avoid, and keeps the id of the one finding it joins. The result
   * is in report order.
   */
  public static List<Finding> merge(List<Finding> found, List<Finding> fromSheet) {
    if (fromSheet.isEmpty()) {
      return found;
    }
    List<Finding> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Finding f : found) {
      if (!replaced(f, fromSheet)) {
        out.add(f);
        ids.add(f.id());
      }
    }
    for (Finding s : fromSheet) {
      // A disagreement the sheet's row joins keeps its id: adding a sheet must not make a known
      // finding look new against a baseline.
      List<Finding> joined = found.stream().filter(f -> replaced(f, List.of(s))).toList();
      Finding kept = joined.size() != 1 ? s : new Finding(joined.get(0).id(), s.type(), s.severity(), s.functions(),
          s.attribute(), s.summary(), s.evidence(), s.confidence(), s.reason());
      if (ids.add(kept.id())) {
        out.add(kept);
      }
    }
    out.sort(ClaimAlignment.REPORT_ORDER);
    return out;
  }

  private static boolean replaced(Finding f, List<Finding> fromSheet) {
    for (Finding s : fromSheet) {
      if (s.type() != f.type()) {
        continue;
      }
      if (f.type() == FindingType.CONTRADICTION) {
        Set<String> quoted = new HashSet<>();
        s.evidence().forEach(e -> quoted.add(e.path() + "\u0000" + e.text()));
        if (f.evidence().stream().allMatch(e -> quoted.contains(e.path() + "\u0000" + e.text()))) {
          return true;
        }
      } else if (f.type() == FindingType.TERMINOLOGY_DRIFT && s.attribute() != null) {
        Set<String> names = marked(s);
        if (marked(f).stream().anyMatch(names::contains)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<String> marked(Finding f) {
    Set<String> out = new HashSet<>();
    for (Evidence e : f.evidence()) {
      if (e.function() != BusinessFunction.STRATEGY || f.evidence().size() < 2) {
        e.marks().forEach(m -> out.add(e.text().substring(m.start(), m.end()).toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  /** The sheet as a strategy document: one paragraph per row, at its row. */
  static ExtractedDocument document(FactSheet sheet) {
    StringBuilder text = new StringBuilder();
    List<TextUnit> units = new ArrayList<>();
    String name = sheet.path().substring(sheet.path().lastIndexOf('/') + 1);
    for (SheetFact f : sheet.facts()) {
      String sentence = sentence(f);
      int start = text.length();
      text.append(sentence);
      units.add(new TextUnit(units.size(), UnitKind.PARAGRAPH, sentence, start, text.length(),
          new Location(null, null, name, f.row(), null, false)));
      text.append("\n\n");
    }
    return new ExtractedDocument(sheet.path(), BusinessFunction.STRATEGY, "text/plain", DocumentStatus.PARSED, null,
        text.toString(), units, false);
  }

  /** A row as the sentence the analysis reads: "Pro plan price: $49 per user per month, billed annually." */
  static String sentence(SheetFact f) {
    String about = f.fact();
    if (f.plan() != null && !about.toLowerCase(Locale.ROOT).contains(f.plan().toLowerCase(Locale.ROOT))) {
      about = f.plan() + " plan " + about;
    }
    String value = f.value();
    return about + ": " + value + (value.matches(".*[.!?]$") ? "" : ".");
  }

  private static String owned(FactSheet sheet, SheetFact r) {
    return " (fact sheet " + sheet.path() + " row " + r.row() + (r.owner() == null ? "" : ", owner " + r.owner()) + ")";
  }

  /** One terminology drift per avoided name a document uses: the row and where each function uses it. */
  private static List<Finding> avoided(AnalyzedKit kit, FactSheet sheet) {
    List<Finding> out = new ArrayList<>();
    for (SheetFact f : sheet.facts()) {
      String preferred = f.names().isEmpty() ? f.value() : f.names().get(0);
      for (String name : f.avoid()) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Map<BusinessFunction, Evidence> users = new EnumMap<>(BusinessFunction.class);
        for (ExtractedDocument d : kit.documents()) {
          if (d.function() == null || users.containsKey(d.function())) {
            continue;
          }
          for (TextUnit u : d.units()) {
            String text = Quotes.collapse(u.text());
            Matcher m = p.matcher(text);
            if (m.find()) {
              users.put(d.function(), new Evidence(d.function(), d.path(), u.location(), text,
                  List.of(new Span(m.start(), m.end()))));
              break;
            }
          }
        }
        if (users.isEmpty()) {
          continue;
        }
        String row = f.fact() + ": " + f.value() + "; say \"" + preferred + "\", not \"" + name + "\"";
        List<Evidence> evidence = new ArrayList<>();
        int at = row.lastIndexOf(name);
        evidence.add(new Evidence(BusinessFunction.STRATEGY, sheet.path(),
            new Location(null, null, sheet.path().substring(sheet.path().lastIndexOf('/') + 1), f.row(), null, false),
            row, List.of(new Span(at, at + name.length()))));
        evidence.addAll(users.values());
        List<BusinessFunction> functions = new ArrayList<>(users.keySet());
        functions.add(BusinessFunction.STRATEGY);
        boolean customer = users.keySet().stream().anyMatch(BusinessFunction::customerFacing);
        String who = String.join(" and ", users.keySet().stream().map(BusinessFunction::id).toList());
        String summary = "Naming: " + who + (users.size() == 1 ? " calls" : " call") + " it \"" + name
            + "\", a name the fact sheet says to avoid (use \"" + preferred + "\")" + owned(sheet, f);
        out.add(Finding.of(FindingType.TERMINOLOGY_DRIFT, customer ? Severity.MEDIUM : Severity.LOW, functions,
            // named as Drift names its findings: by the first of the names, so one concept keeps one attribute
            "naming: " + java.util.stream.Stream.of(preferred, name).map(n -> n.toLowerCase(Locale.ROOT)).sorted()
                .findFirst().orElseThrow(), summary, evidence));
      }
    }
    return out;
  }

  /**
   * Whether marketing or sales material states the row: a statement on the same matter (its wording
   * close to the row's) that gives the row's figures, or, for a row without figures, one that
   * uses its value or one of its names.
   */
  private static boolean stated(SheetFact f, AnalyzedKit kit, ClaimIndex index, int firstRowClaim,
      List<Claim> rowClaims, FactSheet sheet) {
    List<String> numbers = numbers(f.value());
    if (numbers.isEmpty()) {
      List<String> words = new ArrayList<>(f.names());
      words.add(f.value());
      for (ExtractedDocument d : kit.documents()) {
        if (d.function() == null || !d.function().customerFacing()) {
          continue;
        }
        for (TextUnit u : d.units()) {
          String text = u.text().toLowerCase(Locale.ROOT);
          if (words.stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)))) {
            return true;
          }
        }
      }
      return false;
    }
    for (int r = 0; r < rowClaims.size(); r++) {
      Claim row = rowClaims.get(r);
      if (row.location().row() == null || row.location().row() != f.row()) {
        continue;
      }
      for (int i = 0; i < firstRowClaim; i++) {
        Claim c = kit.claims().get(i);
        List<String> given = numbers(c.text());
        if (c.function().customerFacing() && 2 * numbers.stream().filter(given::contains).count() >= numbers.size()
            && index.similarity(i, firstRowClaim + r) >= KitFacts.SAME_MATTER) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }
}
