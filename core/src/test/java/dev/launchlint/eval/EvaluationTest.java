package dev.launchlint.eval;

import static dev.launchlint.kit.BusinessFunction.MARKETING;
import static dev.launchlint.kit.BusinessFunction.PRODUCT;
import static dev.launchlint.kit.BusinessFunction.SALES;
import static dev.launchlint.kit.BusinessFunction.STRATEGY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.AuditOptions;
import dev.launchlint.LaunchlintException;
import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.extract.Location;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.report.KitInfo;
import dev.launchlint.report.Report;
import dev.launchlint.score.Scores;
import dev.launchlint.score.Stage;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

  private static Finding finding(FindingType type, List<BusinessFunction> functions, String... evidence) {
    List<Evidence> ev = new ArrayList<>();
    for (int i = 0; i < evidence.length; i++) {
      BusinessFunction f = functions.get(Math.min(i, functions.size() - 1));
      ev.add(new Evidence(f, f.id() + "/doc" + i + ".md", Location.NONE, evidence[i], List.of()));
    }
    return Finding.of(type, Severity.HIGH, functions, "attr", type.id() + " " + String.join(" / ", evidence), ev);
  }

  private static Label label(FindingType type, List<BusinessFunction> functions, String... anchors) {
    return new Label(type, functions, List.of(anchors), null);
  }

  private static Report report(Stage stage, List<Finding> findings) {
    return new Report(new KitInfo("kit", "/kits/kit"), List.of(), findings, new Scores(List.of(), 50, stage), Map.of());
  }

  private static KitResult score(List<Label> labels, List<Finding> findings) {
    return Evaluation.score("kit", new Labels(Stage.CONFLICTING_EXECUTION, labels),
        report(Stage.CONFLICTING_EXECUTION, findings));
  }

  @Test
  void matchingFindingIsTruePositive() {
    Finding f = finding(FindingType.CONTRADICTION, List.of(PRODUCT, SALES),
        "The service keeps 99.9% uptime.", "We guarantee 99.99% uptime to every customer.");
    KitResult r = score(List.of(label(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "99.9%", "99.99%")), List.of(f));
    assertEquals(new TypeScore(1, 0, 0), r.total());
    assertEquals(new TypeScore(1, 0, 0), r.score(FindingType.CONTRADICTION));
    assertEquals(f, r.matches().get(0).finding());
  }

  @Test
  void otherTypeIsFalsePositiveAndFalseNegative() {
    Finding f = finding(FindingType.OVERPROMISE, List.of(PRODUCT, SALES), "99.9% uptime", "99.99% uptime");
    KitResult r = score(List.of(label(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "99.9%")), List.of(f));
    assertEquals(new TypeScore(0, 1, 1), r.total());
    assertEquals(new TypeScore(0, 0, 1), r.score(FindingType.CONTRADICTION));
    assertEquals(new TypeScore(0, 1, 0), r.score(FindingType.OVERPROMISE));
  }

  @Test
  void everyLabelFunctionMustBeAmongTheFindings() {
    Finding f = finding(FindingType.CONTRADICTION, List.of(PRODUCT, MARKETING, SALES), "a $49 plan", "a $59 plan", "a $59 plan");
    assertTrue(Evaluation.matches(label(FindingType.CONTRADICTION, List.of(MARKETING, SALES)), f));
    assertTrue(Evaluation.matches(label(FindingType.CONTRADICTION, List.of(SALES)), f));
    assertFalse(Evaluation.matches(label(FindingType.CONTRADICTION, List.of(PRODUCT, STRATEGY)), f));
  }

  @Test
  void anchorsAreCaseInsensitiveWithWhitespaceCollapsed() {
    Finding f = finding(FindingType.OVERPROMISE, List.of(SALES), "We   GUARANTEE\n zero\u00A0downtime, always.");
    assertTrue(Evaluation.matches(label(FindingType.OVERPROMISE, List.of(SALES), "guarantee zero downtime"), f));
    assertTrue(Evaluation.matches(label(FindingType.OVERPROMISE, List.of(SALES), "  Zero  Downtime "), f));
    assertFalse(Evaluation.matches(label(FindingType.OVERPROMISE, List.of(SALES), "no downtime"), f));
  }

  @Test
  void anchorsMayStandInDifferentEvidenceButEachMustStandInSome() {
    Finding f = finding(FindingType.CONTRADICTION, List.of(MARKETING, SALES), "Starts at $49 a month.", "Starts at $59 a month.");
    assertTrue(Evaluation.matches(label(FindingType.CONTRADICTION, List.of(MARKETING, SALES), "$49", "$59"), f));
    assertFalse(Evaluation.matches(label(FindingType.CONTRADICTION, List.of(MARKETING, SALES), "$49", "$69"), f));
    // an anchor must lie within one evidence text, not across two
    assertFalse(Evaluation.matches(label(FindingType.CONTRADICTION, List.of(MARKETING, SALES), "month. starts"), f));
  }

  @Test
  void labelWithoutAnchorsMatchesOnTypeAndFunctions() {
    Finding f = finding(FindingType.POSITIONING_DRIFT, List.of(MARKETING, PRODUCT), "speed", "compliance");
    assertTrue(Evaluation.matches(label(FindingType.POSITIONING_DRIFT, List.of(PRODUCT, MARKETING)), f));
  }

  @Test
  void oneFindingServesOneLabelOnly() {
    Finding f = finding(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "99.9%", "99.99%");
    Label l = label(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "99.9%");
    KitResult r = score(List.of(l, l), List.of(f));
    assertEquals(new TypeScore(1, 0, 1), r.total());
  }

  @Test
  void oneLabelCountsOnceWhenTwoFindingsFit() {
    Finding a = finding(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "99.9% uptime", "99.99% uptime");
    Finding b = finding(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "uptime is 99.9%", "uptime of 99.99%");
    KitResult r = score(List.of(label(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "99.9%")), List.of(a, b));
    assertEquals(new TypeScore(1, 1, 0), r.total());
  }

  @Test
  void matchingIsMaximumNotGreedy() {
    // the first label fits both findings, the second only the first finding: greedy would pair
    // the first label with the first finding and leave the second label unmatched
    Finding wide = finding(FindingType.CONTRADICTION, List.of(MARKETING, SALES), "$49 per seat", "$59 per seat");
    Finding narrow = finding(FindingType.CONTRADICTION, List.of(MARKETING, SALES), "$49 per user", "$79 per user");
    Label any = label(FindingType.CONTRADICTION, List.of(MARKETING, SALES), "$49");
    Label seat = label(FindingType.CONTRADICTION, List.of(MARKETING, SALES), "$49", "$59");
    KitResult r = score(List.of(any, seat), List.of(wide, narrow));
    assertEquals(new TypeScore(2, 0, 0), r.total());
  }

  @Test
  void countsDoNotDependOnOrder() {
    List<Label> labels = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      labels.add(label(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "$" + (10 + i % 3)));
      labels.add(label(FindingType.UNSUPPORTED_CLAIM, List.of(SALES), "claim " + (i % 2)));
      findings.add(finding(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "$" + (10 + i % 4) + " and $" + (11 + i % 2)));
      findings.add(finding(FindingType.UNSUPPORTED_CLAIM, List.of(SALES), "claim " + (i % 3)));
    }
    TypeScore first = score(labels, findings).total();
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(labels, random);
      Collections.shuffle(findings, random);
      assertEquals(first, score(labels, findings).total(), "seed " + seed);
    }
  }

  @Test
  void stageIsComparedPerKit() {
    KitResult right = Evaluation.score("a", new Labels(Stage.ALIGNED, List.of()), report(Stage.ALIGNED, List.of()));
    KitResult wrong = Evaluation.score("b", new Labels(Stage.MARKET_CONFUSION, List.of()), report(Stage.ALIGNED, List.of()));
    EvalResult result = new EvalResult(List.of(right, wrong));
    assertTrue(right.stageCorrect());
    assertFalse(wrong.stageCorrect());
    assertEquals(1, result.stagesCorrect());
    assertEquals(0.5, result.stageAccuracy(), 1e-9);
  }

  @Test
  void scoresArePerTypeAndMicroOverall() {
    Finding c = finding(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "99.9%", "99.99%");
    Finding spurious = finding(FindingType.OMISSION, List.of(PRODUCT, MARKETING), "SSO");
    KitResult k1 = score(List.of(label(FindingType.CONTRADICTION, List.of(PRODUCT, SALES), "99.99%"),
        label(FindingType.OVERPROMISE, List.of(SALES), "guaranteed")), List.of(c, spurious));
    KitResult k2 = score(List.of(label(FindingType.CONTRADICTION, List.of(MARKETING, SALES), "$49")), List.of());
    EvalResult r = new EvalResult(List.of(k1, k2));
    assertEquals(new TypeScore(1, 0, 1), r.byType().get(FindingType.CONTRADICTION));
    assertEquals(new TypeScore(0, 1, 0), r.byType().get(FindingType.OMISSION));
    assertEquals(new TypeScore(0, 0, 1), r.byType().get(FindingType.OVERPROMISE));
    assertEquals(TypeScore.ZERO, r.byType().get(FindingType.TERMINOLOGY_DRIFT));
    TypeScore all = r.overall();
    assertEquals(new TypeScore(1, 1, 2), all);
    assertEquals(0.5, all.precision(), 1e-9);
    assertEquals(1.0 / 3, all.recall(), 1e-9);
    assertEquals(0.4, all.f1(), 1e-9);
  }

  @Test
  void emptyCountsScoreOneOnlyWhenNothingWasMissed() {
    assertEquals(1.0, TypeScore.ZERO.f1());
    assertEquals(0.0, new TypeScore(0, 0, 3).precision());
    assertEquals(0.0, new TypeScore(0, 0, 3).f1());
    assertEquals(0.0, new TypeScore(0, 2, 0).precision());
    assertEquals(0.0, new TypeScore(0, 2, 0).f1());
    assertThrows(IllegalArgumentException.class, () -> new TypeScore(-1, 0, 0));
  }

  @Test
  void labelsParseTheDesignFormat() {
    Labels labels = Labels.parse("""
        {"stage": "market-confusion", "findings": [
          {"type": "contradiction", "functions": ["sales", "marketing"], "anchors": ["$49", "$59"], "note": "price"},
          {"type": "positioning-drift", "functions": ["product", "marketing"]}
        ]}""");
    assertEquals(Stage.MARKET_CONFUSION, labels.stage());
    assertEquals(2, labels.findings().size());
    Label first = labels.findings().get(0);
    assertEquals(FindingType.CONTRADICTION, first.type());
    assertEquals(List.of(MARKETING, SALES), first.functions());
    assertEquals(List.of("$49", "$59"), first.anchors());
    assertEquals("price", first.note());
    assertEquals(List.of(), labels.findings().get(1).anchors());
  }

  @Test
  void badLabelsSayWhatIsWrong() {
    IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> Labels.parse(
        "{\"stage\": \"aligned\", \"findings\": [{\"type\": \"contradicton\", \"functions\": [\"sales\"]}]}"));
    assertTrue(type.getMessage().contains("contradicton"), type.getMessage());
    IllegalArgumentException function = assertThrows(IllegalArgumentException.class, () -> Labels.parse(
        "{\"stage\": \"aligned\", \"findings\": [{\"type\": \"omission\", \"functions\": [\"legal\"]}]}"));
    assertTrue(function.getMessage().contains("finding 1") && function.getMessage().contains("legal"), function.getMessage());
    IllegalArgumentException key = assertThrows(IllegalArgumentException.class, () -> Labels.parse(
        "{\"stage\": \"aligned\", \"findings\": [{\"type\": \"omission\", \"functions\": [\"product\"], \"anchor\": [\"SSO\"]}]}"));
    assertTrue(key.getMessage().contains("unknown key \"anchor\""), key.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Labels.parse("{\"findings\": []}"));
    assertThrows(IllegalArgumentException.class, () -> Labels.parse("{\"stage\": \"calm\", \"findings\": []}"));
    assertThrows(IllegalArgumentException.class, () -> Labels.parse("[1, 2"));
    assertThrows(IllegalArgumentException.class, () -> Labels.parse(
        "{\"stage\": \"aligned\", \"findings\": [{\"type\": \"omission\", \"functions\": []}]}"));
  }

  @Test
  void evaluatesKitsOnDiskWithTheRealAudit(@TempDir Path dir) throws Exception {
    Path kit = dir.resolve("acme");
    Files.createDirectories(kit.resolve("product"));
    Files.createDirectories(kit.resolve("sales"));
    Files.writeString(kit.resolve("product/spec.md"), "# Spec\n\nThe service keeps 99.9% uptime.\n");
    Files.writeString(kit.resolve("sales/pitch.md"), "# Pitch\n\nWe promise 99.99% uptime.\n");
    Files.writeString(kit.resolve("expected.json"), """
        {"stage": "conflicting-execution", "findings": [
          {"type": "contradiction", "functions": ["product", "sales"], "anchors": ["99.9%", "99.99%"]}]}""");
    Files.createDirectories(dir.resolve("unlabelled/product"));
    Files.writeString(dir.resolve("unlabelled/product/spec.md"), "# Other\n\nNot scored.\n");

    assertEquals(List.of(kit), Evaluation.labelledKits(dir));
    assertEquals(List.of(kit), Evaluation.labelledKits(kit));
    EvalResult r = Evaluation.evaluate(dir, AuditOptions.DEFAULTS.withJobs(1));
    assertEquals(1, r.kits().size());
    KitResult k = r.kits().get(0);
    assertEquals("acme", k.kit());
    assertEquals(Stage.CONFLICTING_EXECUTION, k.expectedStage());
    assertEquals(1, k.total().expected());

    StringWriter table = new StringWriter();
    EvalFormat.TABLE.render(r, table);
    assertTrue(table.toString().contains("acme"), table.toString());
    assertTrue(table.toString().contains("overall (micro)"), table.toString());
    assertTrue(table.toString().contains("stage accuracy: "), table.toString());
    StringWriter json = new StringWriter();
    EvalFormat.JSON.render(r, json);
    assertTrue(json.toString().contains("\"schema\" : \"launchlint/eval@1\""), json.toString());
    assertTrue(json.toString().contains("\"kit\" : \"acme\""), json.toString());
  }

  @Test
  void folderWithoutLabelledKitsIsAnError(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("kit/product"));
    LaunchlintException e = assertThrows(LaunchlintException.class, () -> Evaluation.labelledKits(dir));
    assertTrue(e.getMessage().contains("expected.json"), e.getMessage());
    assertThrows(LaunchlintException.class, () -> Evaluation.labelledKits(dir.resolve("missing")));
  }

  @Test
  void badLabelFileNamesTheFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("expected.json"), "{\"stage\": \"aligned\"}");
    LaunchlintException e = assertThrows(LaunchlintException.class, () -> Labels.read(dir.resolve("expected.json")));
    assertTrue(e.getMessage().contains("expected.json") && e.getMessage().contains("findings"), e.getMessage());
  }
}
