package dev.launchlint.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.Location;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

  private static final BusinessFunction P = BusinessFunction.PRODUCT;
  private static final BusinessFunction M = BusinessFunction.MARKETING;
  private static final BusinessFunction S = BusinessFunction.SALES;

  private static AnalyzedKit kit() {
    return new AnalyzedKit(List.of(doc("product/a.md", P), doc("marketing/b.md", M), doc("sales/c.md", S)),
        List.of(), Map.of());
  }

  private static ExtractedDocument doc(String path, BusinessFunction f) {
    String text = "Ledgerly reconciles bank feeds.";
    return new ExtractedDocument(path, f, "text/markdown", DocumentStatus.PARSED, null, text,
        List.of(new TextUnit(0, UnitKind.PARAGRAPH, text, 0, text.length(), Location.NONE)), false);
  }

  private static Finding finding(FindingType type, Severity severity, BusinessFunction... fs) {
    Evidence e = new Evidence(fs[0], "x.md", Location.NONE, "text " + type + severity + List.of(fs), List.of());
    return Finding.of(type, severity, List.of(fs), "uptime", "summary", List.of(e));
  }

  @Test
  void noFindingsIsAlignedWithFullIndex() {
    Scores s = Scoring.score(kit(), List.of());
    assertEquals(Stage.ALIGNED, s.stage());
    assertEquals(100, s.alignmentIndex());
    assertEquals(3, s.pairs().size());
    assertTrue(s.pairs().stream().allMatch(p -> p.divergence() == 0));
  }

  @Test
  void stagesFollowTheRulesInOrder() {
    assertEquals(Stage.FRAGMENTED_INTERPRETATION,
        Scoring.score(kit(), List.of(finding(FindingType.TERMINOLOGY_DRIFT, Severity.LOW, P, S))).stage());
    assertEquals(Stage.CONFLICTING_EXECUTION,
        Scoring.score(kit(), List.of(finding(FindingType.CONTRADICTION, Severity.HIGH, P, S))).stage());
    assertEquals(Stage.CONFLICTING_EXECUTION, Scoring.score(kit(), List.of(
        finding(FindingType.UNSUPPORTED_CLAIM, Severity.MEDIUM, M), finding(FindingType.OVERPROMISE, Severity.LOW, S)))
        .stage());
    assertEquals(Stage.MARKET_CONFUSION,
        Scoring.score(kit(), List.of(finding(FindingType.CONTRADICTION, Severity.HIGH, M, S))).stage());
    // A medium contradiction between marketing and sales is not about a customer-visible fact.
    assertEquals(Stage.CONFLICTING_EXECUTION, Scoring.score(kit(), List.of(
        finding(FindingType.CONTRADICTION, Severity.MEDIUM, M, S), finding(FindingType.CONTRADICTION, Severity.MEDIUM, P, S)))
        .stage());
  }

  @Test
  void aLoneLesserFindingIsTooLittleEvidenceForConflictingExecution() {
    assertEquals(Stage.ALIGNED,
        Scoring.score(kit(), List.of(finding(FindingType.UNSUPPORTED_CLAIM, Severity.MEDIUM, M))).stage());
    assertEquals(Stage.ALIGNED,
        Scoring.score(kit(), List.of(finding(FindingType.OVERPROMISE, Severity.LOW, S))).stage());
    assertEquals(Stage.ALIGNED,
        Scoring.score(kit(), List.of(finding(FindingType.CONTRADICTION, Severity.MEDIUM, M, S))).stage());
  }

  @Test
  void divergenceGrowsWithTheFindingsOfThePairOnly() {
    Scores one = Scoring.score(kit(), List.of(finding(FindingType.CONTRADICTION, Severity.HIGH, P, S)));
    Scores two = Scoring.score(kit(), List.of(
        finding(FindingType.CONTRADICTION, Severity.HIGH, P, S),
        finding(FindingType.CONTRADICTION, Severity.MEDIUM, P, S)));
    int ps1 = divergence(one, P, S);
    int ps2 = divergence(two, P, S);
    assertTrue(ps1 > 0 && ps2 > ps1, ps1 + " " + ps2);
    assertEquals(0, divergence(two, P, M));
    assertTrue(two.alignmentIndex() < one.alignmentIndex());
  }

  private static int divergence(Scores s, BusinessFunction a, BusinessFunction b) {
    return s.pairs().stream().filter(p -> p.functions().equals(List.of(a, b))).findFirst().orElseThrow().divergence();
  }
}
