package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Bound;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.ReleaseStage;
import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparator's decisions on hand-analysed kits, through a real Lucene index. */
class ClaimAlignmentTest {

  private static final Comparison COMPARISON = Comparison.standard();

  /** Claims every kit shares, so that term weights look like a real kit's. */
  private static KitBuilder base() {
    return new KitBuilder()
        .claim("product/spec.md", "Ledgerly reconciles bank feeds and invoices automatically every night.").add()
        .claim("marketing/landing.md", "Ledgerly reconciles your bank feeds and invoices while you sleep.").add()
        .claim("sales/deck.md", "Ledgerly matches bank feeds to invoices automatically overnight.").add()
        .claim("product/spec.md", "Exports go to CSV and to the general ledger of the accounting system.").add()
        .claim("marketing/landing.md", "Export to CSV or straight to your general ledger.").add();
  }

  private static List<Finding> of(List<Finding> all, FindingType type) {
    return all.stream().filter(f -> f.type() == type).toList();
  }

  @Test
  void uptimeThatDiffersIsAHighContradictionWithMarkedValues() {
    AnalyzedKit kit = base()
        .claim("product/spec.md", "The service has an uptime SLA of 99.9% per calendar month.")
        .type(ClaimType.METRIC).aspect("uptime").quantity("99.9%", 99.9, "percent", "%", Bound.EXACT).add()
        .claim("sales/deck.md", "We promise 99.99% availability to every customer.")
        .type(ClaimType.METRIC).aspect("uptime").quantity("99.99%", 99.99, "percent", "%", Bound.EXACT).add()
        .build();
    List<Finding> c = of(COMPARISON.compare(kit), FindingType.CONTRADICTION);
    assertEquals(1, c.size(), c.toString());
    Finding f = c.get(0);
    assertEquals(Severity.HIGH, f.severity());
    assertEquals(List.of(BusinessFunction.PRODUCT, BusinessFunction.SALES), f.functions());
    assertEquals("Uptime: product says 99.9%, sales says 99.99%", f.summary());
    Evidence product = f.evidence().get(0);
    Span mark = product.marks().get(0);
    assertEquals("99.9%", product.text().substring(mark.start(), mark.end()));
  }

  @Test
  void paraphrasesThatAgreeAreNotContradictions() {
    AnalyzedKit kit = base()
        .claim("product/spec.md", "Auto-matching cuts the monthly close from 10 days to 3 days.")
        .type(ClaimType.METRIC).aspect("close-time")
        .quantity("10 days", 864000, "duration", "s", Bound.EXACT)
        .quantity("3 days", 259200, "duration", "s", Bound.EXACT).add()
        .claim("sales/deck.md", "Customers close the month in 3 days instead of 10 days.")
        .type(ClaimType.METRIC).aspect("close-time")
        .quantity("3 days", 259200, "duration", "s", Bound.EXACT)
        .quantity("10 days", 864000, "duration", "s", Bound.EXACT).add()
        .claim("product/spec.md", "Matching runs up to 10x faster than manual review.")
        .type(ClaimType.METRIC).aspect("speed").quantity("up to 10x", 10, "multiplier", "x", Bound.AT_MOST).add()
        .claim("marketing/landing.md", "Teams review matches 3x faster than by hand.")
        .type(ClaimType.METRIC).aspect("speed").quantity("3x", 3, "multiplier", "x", Bound.EXACT).add()
        .claim("product/spec.md", "Pro costs $10 per month.")
        .type(ClaimType.PRICE).aspect("price").price("$10 per month", 10, null, "month").add()
        .claim("sales/deck.md", "Pro costs $120 per year.")
        .type(ClaimType.PRICE).aspect("price").price("$120 per year", 120, null, "year").add()
        .build();
    assertEquals(List.of(), of(COMPARISON.compare(kit), FindingType.CONTRADICTION));
  }

  @Test
  void differentCloseTimesAreAContradiction() {
    AnalyzedKit kit = base()
        .claim("product/spec.md", "Auto-matching cuts the monthly close from 10 days to 3 days.")
        .type(ClaimType.METRIC).aspect("close-time")
        .quantity("10 days", 864000, "duration", "s", Bound.EXACT)
        .quantity("3 days", 259200, "duration", "s", Bound.EXACT).add()
        .claim("marketing/landing.md", "Close the month in 1 day instead of 10 days.")
        .type(ClaimType.METRIC).aspect("close-time")
        .quantity("1 day", 86400, "duration", "s", Bound.EXACT)
        .quantity("10 days", 864000, "duration", "s", Bound.EXACT).add()
        .build();
    List<Finding> c = of(COMPARISON.compare(kit), FindingType.CONTRADICTION);
    assertEquals(1, c.size(), c.toString());
    assertTrue(c.get(0).summary().contains("3 days") && c.get(0).summary().contains("1 day"), c.get(0).summary());
    assertEquals(Severity.MEDIUM, c.get(0).severity());
  }

  @Test
  void aPriceThatDiffersForOnePlanIsAContradiction() {
    AnalyzedKit kit = base()
        .claim("product/pricing.md", "The Team plan is $49 per user per month.")
        .type(ClaimType.PRICE).aspect("price").price("$49 per user per month", 49, "user", "month").add()
        .claim("marketing/landing.md", "The Team plan is a flat $39 per month.")
        .type(ClaimType.PRICE).aspect("price").price("$39 per month", 39, null, "month").add()
        .claim("sales/deck.md", "Team is $49 per seat each month.")
        .type(ClaimType.PRICE).aspect("price").price("$49 per seat", 49, "seat", "month").add()
        .build();
    List<Finding> c = of(COMPARISON.compare(kit), FindingType.CONTRADICTION);
    assertEquals(2, c.size(), c.toString());
    assertTrue(c.stream().allMatch(f -> f.functions().contains(BusinessFunction.MARKETING)));
    assertTrue(c.stream().allMatch(f -> f.severity() == Severity.HIGH));
  }

  @Test
  void stagesLimitsAndCertificationsConflictInWords() {
    AnalyzedKit kit = base()
        .claim("product/release.md", "Bank rules are in beta for all workspaces this quarter.")
        .type(ClaimType.AVAILABILITY).aspect("release-stage").stage(ReleaseStage.BETA).add()
        .claim("marketing/landing.md", "Bank rules are generally available for all workspaces.")
        .type(ClaimType.AVAILABILITY).aspect("release-stage").stage(ReleaseStage.GA).add()
        .claim("product/release.md", "Each workspace can create up to 25 bank rules.")
        .type(ClaimType.CAPABILITY).aspect("rule-limit").quantity("up to 25 bank rules", 25, "count", "rule", Bound.AT_MOST).add()
        .claim("sales/deck.md", "Create unlimited bank rules in every workspace.")
        .type(ClaimType.CAPABILITY).aspect("rule-limit").absolute("unlimited").add()
        .claim("product/security.md", "Our SOC 2 Type II audit is in progress and expected in Q4.")
        .type(ClaimType.COMPLIANCE).aspect("certification").entity("soc 2").add()
        .claim("sales/deck.md", "Ledgerly is SOC 2 Type II certified.")
        .type(ClaimType.COMPLIANCE).aspect("certification").entity("soc 2").add()
        .build();
    List<Finding> c = of(COMPARISON.compare(kit), FindingType.CONTRADICTION);
    assertEquals(3, c.size(), c.toString());
    assertTrue(c.stream().allMatch(f -> f.severity() == Severity.HIGH), c.toString());
    assertTrue(c.stream().anyMatch(f -> f.summary().contains("in beta") && f.summary().contains("generally available")));
    assertTrue(c.stream().anyMatch(f -> f.summary().contains("unlimited") && f.summary().contains("25")));
    assertTrue(c.stream().anyMatch(f -> f.summary().contains("in progress") && f.summary().contains("certified")));
  }

  @Test
  void unbackedIntegrationIsUnsupportedAndGuaranteeIsAnOverpromise() {
    AnalyzedKit kit = base()
        .claim("product/spec.md", "Ledgerly syncs with QuickBooks Online every hour.")
        .type(ClaimType.COMPATIBILITY).entity("quickbooks online").add()
        .claim("marketing/landing.md", "Ledgerly syncs with QuickBooks Online and Xero.")
        .type(ClaimType.COMPATIBILITY).entity("quickbooks online").entity("xero").add()
        .claim("product/spec.md", "The sync job targets 99.5% successful runs and retries failures.")
        .type(ClaimType.METRIC).aspect("sync-reliability").quantity("99.5%", 99.5, "percent", "%", Bound.EXACT).add()
        .claim("sales/deck.md", "Every sync is guaranteed to succeed, with zero data loss.")
        .type(ClaimType.COMMITMENT).aspect("sync-reliability").absolute("guaranteed").add()
        .build();
    List<Finding> all = COMPARISON.compare(kit);
    List<Finding> u = of(all, FindingType.UNSUPPORTED_CLAIM);
    assertEquals(1, u.size(), all.toString());
    assertEquals(List.of(BusinessFunction.MARKETING), u.get(0).functions());
    assertTrue(u.get(0).summary().contains("xero"), u.get(0).summary());
    List<Finding> o = of(all, FindingType.OVERPROMISE);
    assertEquals(1, o.size(), all.toString());
    assertEquals(List.of(BusinessFunction.SALES), o.get(0).functions());
    assertTrue(o.get(0).evidence().get(0).text().contains("guaranteed"));
  }

  @Test
  void oneFeatureUnderTwoNamesIsTerminologyDrift() {
    AnalyzedKit kit = base()
        .claim("product/spec.md", "Smart Routing assigns each unmatched payment to the right accountant for review.").add()
        .claim("sales/deck.md", "Auto-Dispatch assigns every unmatched payment to the right accountant to review.").add()
        .build();
    List<Finding> t = of(COMPARISON.compare(kit), FindingType.TERMINOLOGY_DRIFT);
    assertEquals(1, t.size(), t.toString());
    assertEquals(List.of(BusinessFunction.PRODUCT, BusinessFunction.SALES), t.get(0).functions());
    assertTrue(t.get(0).summary().contains("Smart Routing") && t.get(0).summary().contains("Auto-Dispatch"));
  }

  @Test
  void sameKitGivesSameFindingsInReportOrder() {
    KitBuilder b = base()
        .claim("product/spec.md", "The service has an uptime SLA of 99.9% per calendar month.")
        .type(ClaimType.METRIC).aspect("uptime").quantity("99.9%", 99.9, "percent", "%", Bound.EXACT).add()
        .claim("marketing/landing.md", "Ledgerly is guaranteed to be up 99.99% of the time.")
        .type(ClaimType.METRIC).aspect("uptime").quantity("99.99%", 99.99, "percent", "%", Bound.EXACT)
        .absolute("guaranteed").add();
    List<Finding> first = COMPARISON.compare(b.build());
    List<Finding> second = COMPARISON.compare(b.build());
    assertEquals(first, second);
    assertFalse(first.isEmpty());
    assertEquals(first.stream().sorted(ClaimAlignment.REPORT_ORDER).toList(), first);
  }
}
