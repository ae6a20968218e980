package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.KitFiles;
import dev.launchlint.Launchlint;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers are compared only when they measure the same thing for the same plan: kits written by
 * the test, audited through the real pipeline.
 */
class MeasuredValuesTest {

  @TempDir
  Path kit;

  private void write(String path, String text) throws IOException {
    KitFiles.write(kit, path, text);
  }

  private static List<Finding> contradictions(Report r) {
    return r.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION).toList();
  }

  private void earbudsSpec() throws IOException {
    write("product/spec.md", """
        # Solace Buds hardware spec

        ## Battery

        The buds give up to 8 hours of listening on one charge with noise cancellation on.

        Ten minutes of charging in the case gives 2 hours of listening.
        """);
  }

  @Test
  void durationsThatMeasureDifferentThingsAreNoContradiction() throws IOException {
    earbudsSpec();
    write("sales/deck.md", """
        # Solace Buds for retail partners

        ## Battery

        Up to 8 hours of listening on one charge, with noise cancellation on.

        In a hurry? 10 minutes of charging gives about 2 hours of playback.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void theSameMeasureWithAnotherValueStillContradicts() throws IOException {
    earbudsSpec();
    write("sales/deck.md", """
        # Solace Buds for retail partners

        ## Battery

        Up to 12 hours of listening on one charge, with noise cancellation on.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("12 hours"), c.get(0).summary());
  }

  private void pricingSpec() throws IOException {
    write("product/spec.md", """
        # Cartwren Checkout pricing

        Growth is $39 per month plus 0.5% per completed order. Scale is $149 per month plus 0.3% per completed order.
        """);
  }

  @Test
  void ratesOfTwoPlansInOneSentenceAreReadPlanByPlan() throws IOException {
    pricingSpec();
    write("marketing/landing.md", """
        # Checkout that converts

        The Scale plan is $149 per month plus 0.3% per completed order.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void aRateThatDiffersForOnePlanContradicts() throws IOException {
    pricingSpec();
    write("marketing/landing.md", """
        # Checkout that converts

        The Scale plan is $149 per month plus 0.5% per completed order.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("0.3%") && c.get(0).summary().contains("0.5%"), c.get(0).summary());
  }

  @Test
  void twoConflictsQuotingTheSameUnitsAreTwoFindings() throws IOException {
    write("product/spec.md", """
        # Cartwren Checkout pricing

        The Growth plan costs $39 per month. Growth covers up to 5 storefronts.
        """);
    write("sales/guide.md", """
        # Objection handling

        The Growth plan costs $29 per month. Growth covers up to 10 storefronts.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(2, c.size(), report.findings().toString());
    assertTrue(c.stream().anyMatch(f -> f.summary().contains("$29")), c.toString());
    assertTrue(c.stream().anyMatch(f -> f.summary().contains("10 storefronts")), c.toString());
  }

  @Test
  void aBareTableCellTakesItsUnitAndPeriodFromTheColumnHeader() throws IOException {
    write("marketing/landing.md", """
        # Forms in minutes

        Team: $24 per editor per month and 5,000 responses per month.
        """);
    write("sales/deck.md", """
        # Pricing

        | Plan | Price per editor per month | Responses per month |
        |---|---|---|
        | Team | $19 | 5,000 |
        | Business | $39 | 25,000 |
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("$24") && c.get(0).summary().contains("$19"), c.get(0).summary());
  }

  @Test
  void aBareAmountIsNoPriceByTheMonth() throws IOException {
    write("marketing/landing.md", """
        # Sync without surprises

        Starter is $120 per month with 5 million monthly active rows.
        """);
    write("sales/calculator.md", """
        # What a growing team pays

        A growing team on Starter pays $174 in total, overage included.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void aFormerValueIsNotWhatTheProductSays() throws IOException {
    write("product/changelog.md", """
        # Changelog

        Build logs are now kept for 90 days on every plan, up from 30 days.
        """);
    write("marketing/blog.md", """
        # Cindervale 2.0

        Build logs are kept for 90 days on every plan.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void whatIsOnlyPlannedIsNotSupportedYet() throws IOException {
    write("product/spec.md", """
        # Quillrow 2.0 spec

        Quillrow integrates with Slack and Figma. Microsoft Teams is not supported in 2.0.
        """);
    write("sales/pricing.md", """
        # Integrations

        | Integration | Status |
        |---|---|
        | Slack | Available |
        | Microsoft Teams | Planned for the next release |
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  private void integrationsSpec() throws IOException {
    write("product/prd.md", """
        # Carebook 3.0 PRD

        ## EHR integrations

        Two-way sync of appointments with Epic and athenahealth over FHIR is generally available.

        The Cerner integration is in beta with three design partners.
        """);
  }

  @Test
  void aStageBelongsToTheThingItsClauseNames() throws IOException {
    integrationsSpec();
    write("sales/deck.md", """
        # Carebook for clinics

        ## Integrations

        - Epic and athenahealth sync; Cerner in beta
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void anotherStageForTheSameThingContradicts() throws IOException {
    integrationsSpec();
    write("marketing/landing.md", """
        # Carebook 3.0

        ## Integrations

        The Cerner integration is generally available today.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("beta"), c.get(0).summary());
  }

  @Test
  void telephoneNumbersMeasureNothing() throws IOException {
    write("marketing/press.md", """
        # Haldwin Aura ships in May

        Media contact: Beatrix Olumide, press@haldwin.example, +1 612 555 0177
        """);
    write("sales/faq.md", """
        # Installer FAQ

        Partner sales: partners@haldwin.example. Installer hotline: +1 612 555 0190.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void tableRowsKeyedByDifferentThingsAreNotCompared() throws IOException {
    write("product/prd.md", """
        # Plans and limits

        | Plan | Concurrent jobs | Included minutes |
        |---|---|---|
        | Team | 20 concurrent jobs | 25,000 Linux minutes |
        """);
    write("sales/pricing.md", """
        # Pricing sheet

        | Offer | Terms |
        |---|---|
        | Trial | 14 days, Team plan features, 2,000 Linux minutes |
        | Team | 20 concurrent jobs, 25,000 Linux minutes |
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void documentNumbersInTitlesAreNotFigures() throws IOException {
    write("product/brief-124.md", """
        # Launch 1: product brief 124

        The Pro plan keeps 99.9% uptime, backed by a service level agreement.
        """);
    write("sales/brief-236.md", """
        # Launch 1: sales brief 236

        The Pro plan keeps 99.9% uptime, backed by a service level agreement.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void documentsOfOneFunctionDisagreeingOnOneFigureAreOneFinding() throws IOException {
    write("product/spec.md", "# Trial\n\nEvery plan starts with a 14-day free trial.\n");
    write("marketing/landing.md", "# Try it\n\nEvery plan starts with a 21-day free trial.\n");
    write("marketing/email.md", "# Welcome\n\nEvery plan starts with a 14-day free trial.\n");
    write("marketing/ads.md", "# Ads\n\nEvery plan starts with a 14-day free trial.\n");
    Report report = Launchlint.audit(kit);
    // One disagreement (the length of the trial), whether between functions or within marketing.
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).functions().contains(BusinessFunction.MARKETING), c.get(0).toString());
    assertTrue(c.get(0).summary().contains("21-day"), c.get(0).summary());
    assertTrue(c.get(0).evidence().stream().anyMatch(e -> e.path().equals("marketing/landing.md")), c.get(0).toString());
  }

  @Test
  void aSentenceEveryDocumentRepeatsStillMeetsTheOneThatContradictsIt() throws IOException {
    // More copies of each side than a claim has candidates: copies must not crowd out the conflict.
    for (int i = 0; i < ClaimIndex.CANDIDATES + 5; i++) {
      write("marketing/email-" + i + ".md", "# Email " + i + "\n\nEvery plan starts with a 21-day free trial.\n");
      write("sales/call-" + i + ".md", "# Call " + i + "\n\nEvery plan includes a free trial of 14 days.\n");
    }
    Report report = Launchlint.audit(kit);
    List<Finding> across = contradictions(report).stream()
        .filter(f -> f.functions().equals(List.of(BusinessFunction.MARKETING, BusinessFunction.SALES)))
        .toList();
    assertEquals(1, across.size(), report.findings().toString());
  }
}
