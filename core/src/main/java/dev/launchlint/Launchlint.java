package dev.launchlint;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Analysis;
import dev.launchlint.analyze.Claim;
import dev.launchlint.compare.Comparison;
import dev.launchlint.compare.Finding;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.TextExtractor;
import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitFile;
import dev.launchlint.kit.KitScanner;
import dev.launchlint.report.DocumentSummary;
import dev.launchlint.report.KitInfo;
import dev.launchlint.report.Report;
import dev.launchlint.score.Scores;
import dev.launchlint.score.Scoring;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point for library users: audits a launch kit and returns its report.
 *
 * <pre>{@code Report report = Launchlint.audit(Path.of("launch-kit"));}</pre>
 *
 * <p>Thread-safe; kits may be audited concurrently.
 */
public final class Launchlint {

  private Launchlint() {}

  /** Audits the kit at {@code kitRoot} with the default options. */
  public static Report audit(Path kitRoot) {
    return audit(kitRoot, AuditOptions.DEFAULTS);
  }

  /**
   * Audits the kit at {@code kitRoot}.
   *
   * @throws LaunchlintException when {@code kitRoot} is not a readable folder; a bad document
   *     never throws, it is reported with its status
   */
  public static Report audit(Path kitRoot, AuditOptions options) {
    Kit kit = KitScanner.scan(kitRoot);
    TextExtractor extractor = TextExtractor.tika(options.limits());
    Analysis analysis = Analysis.english();
    List<ExtractedDocument> documents = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<DocumentSummary> summaries = new ArrayList<>();
    for (KitFile file : kit.files()) {
      ExtractedDocument doc = extractor.extract(file);
      List<Claim> found = analysis.claims(doc);
      documents.add(doc);
      claims.addAll(found);
      summaries.add(new DocumentSummary(doc.path(), doc.function(), doc.mediaType(), doc.status(), doc.error(),
          doc.units().size(), found.size()));
    }
    AnalyzedKit analyzed = new AnalyzedKit(documents, claims, analysis.terms(documents));
    List<Finding> findings = Comparison.standard().compare(analyzed);
    Scores scores = Scoring.score(analyzed, findings);
    return new Report(new KitInfo(kit.name(), kitRoot.toString()), summaries, findings, scores, analyzed.terms());
  }
}
