package dev.launchlint.report;

import dev.launchlint.analyze.Term;
import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.compare.SheetCoverage;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.score.PairScore;
import dev.launchlint.score.Scores;
import dev.launchlint.triage.FindingStatus;
import dev.launchlint.triage.Triage;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of auditing one kit: its documents, findings, scores and value-proposition terms;
 * with a baseline or waivers, each finding's status and the fixed ones ({@code triage}); where
 * each quotation stands in its file ({@code regions}, for SARIF); and what became of the kit's fact
 * sheet ({@code sheet}). Immutable; findings are kept in report order (severity, then type, then
 * id).
 */
public record Report(
    KitInfo kit,
    List<DocumentSummary> documents,
    List<Finding> findings,
    Scores scores,
    Map<BusinessFunction, List<Term>> terms,
    Triage triage,
    Map<Evidence, Region> regions,
    SheetCoverage sheet) {

  /** The schema id of the JSON rendering. */
  public static final String SCHEMA = "launchlint/report@1";

  public Report {
    Objects.requireNonNull(kit, "kit");
    Objects.requireNonNull(scores, "scores");
    documents = List.copyOf(documents);
    findings = List.copyOf(findings);
    EnumMap<BusinessFunction, List<Term>> copy = new EnumMap<>(BusinessFunction.class);
    terms.forEach((f, t) -> copy.put(f, List.copyOf(t)));
    terms = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(triage, "triage");
    regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
    Objects.requireNonNull(sheet, "sheet");
  }

  /** A report without baseline, waivers, regions or fact sheet. */
  public Report(KitInfo kit, List<DocumentSummary> documents, List<Finding> findings, Scores scores,
      Map<BusinessFunction, List<Term>> terms) {
    this(kit, documents, findings, scores, terms, Triage.NONE, Map.of(), SheetCoverage.NONE);
  }

  /** The same report weighed against a baseline and waivers. */
  public Report withTriage(Triage value) {
    return new Report(kit, documents, findings, scores, terms, value, regions, sheet);
  }

  /** The same report with the regions of its quotations. */
  public Report withRegions(Map<Evidence, Region> value) {
    return new Report(kit, documents, findings, scores, terms, triage, value, sheet);
  }

  /** The same report with what became of the kit's fact sheet. */
  public Report withSheet(SheetCoverage value) {
    return new Report(kit, documents, findings, scores, terms, triage, regions, value);
  }

  /** The status of a finding of this report: new when there is no baseline and no waiver. */
  public FindingStatus status(Finding f) {
    return triage.status(f);
  }

  /** How many findings have exactly this severity. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** How many findings have exactly this type. */
  public long count(FindingType type) {
    return findings.stream().filter(f -> f.type() == type).count();
  }

  /** How many documents ended with exactly this status. */
  public long count(DocumentStatus status) {
    return documents.stream().filter(d -> d.status() == status).count();
  }

  /**
   * The functions this kit has material for, in enum order: those of its documents, of its scored
   * pairs and of its terms.
   */
  public List<BusinessFunction> functions() {
    EnumSet<BusinessFunction> present = EnumSet.noneOf(BusinessFunction.class);
    documents.stream().map(DocumentSummary::function).filter(Objects::nonNull).forEach(present::add);
    scores.pairs().stream().map(PairScore::functions).forEach(present::addAll);
    terms.forEach((f, t) -> {
      if (!t.isEmpty()) {
        present.add(f);
      }
    });
    return List.copyOf(present);
  }

  /**
   * Whether any confident new finding is at or above {@code threshold}: those shown only with
   * --all, those the baseline knows and those waived never fail a run.
   */
  public boolean hasFindingsAtOrAbove(Severity threshold) {
    return findings.stream().anyMatch(f -> f.confident() && f.severity().atLeast(threshold) && status(f).counts());
  }
}
