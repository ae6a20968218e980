package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.KitFiles;
import dev.launchlint.Launchlint;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.report.Report;
import dev.launchlint.score.Stage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole kits written by the test, audited through the real pipeline (Tika, OpenNLP, Lucene): the
 * findings a marketer must see, and the agreeing paraphrases that must stay quiet.
 */
class KitAuditTest {

  @TempDir
  Path kit;

  private void write(String path, String text) throws IOException {
    KitFiles.write(kit, path, text);
  }

  private static List<Finding> of(Report r, FindingType type) {
    return r.findings().stream().filter(f -> f.type() == type).toList();
  }

  private void commonKit() throws IOException {
    write("product/spec.md", """
        # Tallyhawk 3.0 product spec

        ## Reconciliation

        Tallyhawk matches bank transactions to invoices automatically every night.

        Auto-matching cuts the monthly close from 10 days to 3 days for a typical finance team.

        ## Reliability

        The service has an uptime SLA of 99.9% per calendar month.

        ## Pricing

        The Growth plan costs $49 per user per month.
        """);
    write("marketing/landing.md", """
        # Close your books faster

        Tallyhawk matches your bank transactions to invoices automatically, every night.

        Finance teams close the month in 3 days instead of 10 days.

        The Growth plan is $49 per user per month.
        """);
  }

  @Test
  void uptimeThatSalesRaisesIsAContradictionWithEvidenceFromBothSides() throws IOException {
    commonKit();
    write("sales/deck.md", """
        # Tallyhawk for finance leaders

        Tallyhawk matches bank transactions to invoices automatically every night.

        We commit to an uptime SLA of 99.99% per calendar month.

        The Growth plan costs $49 per user per month.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> contradictions = of(report, FindingType.CONTRADICTION);
    assertEquals(1, contradictions.size(), report.findings().toString());
    Finding f = contradictions.get(0);
    assertEquals(List.of(BusinessFunction.PRODUCT, BusinessFunction.SALES), f.functions());
    assertEquals(Severity.HIGH, f.severity());
    assertTrue(f.summary().contains("99.9%") && f.summary().contains("99.99%"), f.summary());
    assertTrue(f.evidence().stream().anyMatch(e -> e.path().equals("product/spec.md") && e.text().contains("99.9%")));
    assertTrue(f.evidence().stream().anyMatch(e -> e.path().equals("sales/deck.md") && e.text().contains("99.99%")));
    assertEquals(Stage.CONFLICTING_EXECUTION, report.scores().stage());
  }

  @Test
  void agreeingParaphrasesAreNotContradictions() throws IOException {
    commonKit();
    write("sales/deck.md", """
        # Tallyhawk for finance leaders

        Tallyhawk matches bank transactions to invoices automatically every night.

        Customers cut the monthly close from 10 days to 3 days.

        We commit to an uptime SLA of 99.9% per calendar month.

        The Growth plan costs $49 per user per month.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), of(report, FindingType.CONTRADICTION));
  }

  @Test
  void salesDepartingFromThePriceProductAndMarketingGiveIsConflictingExecution() throws IOException {
    // Product states $49 and marketing repeats it: sales departs from the source of truth.
    commonKit();
    write("sales/deck.md", """
        # Tallyhawk for finance leaders

        Tallyhawk matches bank transactions to invoices automatically every night.

        The Growth plan costs $39 per user per month.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> prices = of(report, FindingType.CONTRADICTION).stream()
        .filter(f -> f.functions().contains(BusinessFunction.SALES))
        .toList();
    assertTrue(prices.stream().anyMatch(f -> f.functions().contains(BusinessFunction.MARKETING)
        && f.summary().contains("$39") && f.severity() == Severity.HIGH), report.findings().toString());
    assertEquals(Stage.CONFLICTING_EXECUTION, report.scores().stage());
  }
}
