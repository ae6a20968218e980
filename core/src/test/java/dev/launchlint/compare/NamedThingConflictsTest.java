package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.KitFiles;
import dev.launchlint.Launchlint;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one function says of a named thing (its release stage, that it is not supported, its oldest
 * supported version, that it is the only one, its count in one plan) which another function states
 * otherwise, even when the two claims are worded apart: kits written by the test, audited through
 * the real pipeline.
 */
class NamedThingConflictsTest {

  @TempDir
  Path kit;

  private void write(String path, String text) throws IOException {
    KitFiles.write(kit, path, text);
  }

  private static List<Finding> contradictions(Report r) {
    return r.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION).toList();
  }

  private static String evidence(Finding f) {
    return f.evidence().stream().map(Evidence::text).toList().toString();
  }

  @Test
  void aBetaIntegrationSoldAsGenerallyAvailableContradicts() throws IOException {
    write("product/prd.md", """
        # Clinicove Video 4.0

        ## EHR integrations

        The athenahealth integration is in beta with five pilot clinics; general availability depends on the pilot review.
        """);
    write("sales/battlecard.md", """
        # Clinicove battlecard

        ## Why we win

        The athenahealth integration is generally available, so athena practices can go live on day one.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("beta") && c.get(0).summary().contains("generally available"),
        c.get(0).summary());
  }

  @Test
  void aStageOfAnotherNamedThingIsNoContradiction() throws IOException {
    write("product/prd.md", """
        # Clinicove Video 4.0

        ## EHR integrations

        The athenahealth integration is in beta with five pilot clinics; general availability depends on the pilot review.
        """);
    write("sales/battlecard.md", """
        # Clinicove battlecard

        ## Why we win

        The Epic integration is generally available, and athenahealth practices can join the pilot.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void aPlatformTheSpecDeniesButSalesListsContradicts() throws IOException {
    write("product/prd.md", """
        # Cartwren Checkout 2.0

        ## Platforms

        Cartwren Checkout installs as an app from the platform's app store.

        BigCommerce is not supported in 2.0.
        """);
    write("sales/objections.md", """
        # Objection handling

        ## "Will it work with our store?"

        Cartwren runs on Shopify Plus, WooCommerce and BigCommerce.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(evidence(c.get(0)).contains("not supported") && c.get(0).summary().contains("not supported"),
        c.get(0).toString());
  }

  @Test
  void aCertificationTheSpecDeniesContradictsTheBattlecard() throws IOException {
    write("product/prd.md", """
        # Cindervale CI 2.0

        ## Compliance

        Cindervale is not FedRAMP authorized and there is no FedRAMP work planned this year.
        """);
    write("sales/battlecard.md", """
        # Cindervale battlecard

        ## Public sector

        Cindervale is FedRAMP Moderate authorized, so public-sector teams can buy with confidence.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("not certified"), c.get(0).summary());
  }

  @Test
  void aCertificationNotYetHeldContradictsAListThatClaimsIt() throws IOException {
    write("product/prd.md", """
        # Harbor Freight API 3

        ## Security and compliance

        SOC 2 Type II: certified (report available under NDA). ISO/IEC 27001: certification audit scheduled for
        November 2026; we are not yet certified.
        """);
    write("sales/deck.md", """
        # Harbor Freight API 3

        ## Security

        - SOC 2 Type II and ISO 27001 certified
        - Data regions in Ohio and Frankfurt
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    String summary = c.get(0).summary();
    assertTrue(summary.contains("iso 27001") && summary.contains("sales says certified"), summary);
  }

  @Test
  void aCertificationOnlyNamedBesideOneInProgressIsNoClaimToHoldIt() throws IOException {
    write("product/whitepaper.md", """
        # Clinic Video security

        Our HITRUST r2 certification is in progress, with the validated assessment expected in Q4 2027.
        """);
    write("sales/battlecard.md", """
        # Clinic Video battlecard

        Open with our compliance posture: HIPAA with a signed BAA on every paid plan, a SOC 2 Type II report, and
        HITRUST.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report), report.findings().toString());
  }

  @Test
  void aLimitOfANamedFeatureDeniesNothing() throws IOException {
    write("product/release-notes.md", """
        # MailShield 3 release notes

        ## Known issues

        Click Check cannot rewrite links inside encrypted PDF attachments; those attachments are scanned on download.
        """);
    write("marketing/landing.md", """
        # MailShield 3

        ## Protection

        Detonation Chamber and Click Check stop attachment and link threats before users click.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void aLaterReleaseOfTheDeniedThingAgrees() throws IOException {
    write("product/prd.md", """
        # Cindervale CI 2.0

        ## Runners

        Windows runners are not supported in 2.0.
        """);
    write("marketing/blog.md", """
        # What's next for Cindervale

        ## Roadmap

        Windows runners join Linux and Arm64 in Q3 2027, so your desktop apps can build next to your services.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void plannedAndNotSupportedAgainstLiveAreOneDisagreement() throws IOException {
    write("product/spec.md", """
        # Hollowmere Payroll 2.0

        ## Accounting integrations

        QuickBooks Online and Xero are generally available. A NetSuite integration is planned for Q2 2027 and is not part of 2.0.
        """);
    write("product/release-notes.md", """
        # Release notes

        ## Accounting integrations

        NetSuite integration is planned for Q2 2027; QuickBooks Online and Xero are live.
        """);
    write("sales/faq.md", """
        # Sales FAQ

        ## Which accounting tools do you integrate with?

        QuickBooks Online and Xero, and our NetSuite integration is live today.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    // "coming soon" (the release notes) and "not supported" (the spec) against the FAQ's "live today"
    assertEquals(1, c.size(), c.toString());
  }

  private void appStorePage(String text) throws IOException {
    write("product/release-notes.md", """
        # Kestrel Bank app 5.0

        ## Requirements

        Platforms: iOS 16 and later, Android 10 and later.
        """);
    write("marketing/app-store.md", "# Kestrel Bank\n\n## Requirements\n\n" + text + "\n");
  }

  @Test
  void anOlderOldestVersionOfOnePlatformContradicts() throws IOException {
    appStorePage("Requires iOS 15 or later, or Android 10 or later.");
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("iOS 15 or later") && c.get(0).summary().contains("iOS 16 and later"),
        c.get(0).summary());
  }

  @Test
  void theSameOldestVersionsAgree() throws IOException {
    appStorePage("Requires iOS 16.0 or later, or Android 10 or later.");
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  private void residency(String salesText) throws IOException {
    write("product/spec.md", """
        # Ledgerly 3.0

        ## Data residency

        Customer data is stored in the EU only, in two availability zones.
        """);
    write("sales/faq.md", "# Ledgerly FAQ\n\n## Where is our data stored?\n\n" + salesText + "\n");
  }

  @Test
  void oneRegionOnlyAgainstAListOfTwoContradicts() throws IOException {
    residency("Customer data can be stored in the US or the EU, in two availability zones.");
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("EU only") && c.get(0).summary().contains("US or the EU"),
        c.get(0).summary());
  }

  @Test
  void oneRegionOnlyAgainstTheSameRegionAgrees() throws IOException {
    residency("Customer data is stored in the EU, in two availability zones, and never leaves it.");
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  private void planTables(String salesTeamMinutes) throws IOException {
    write("product/limits.html", """
        <html><body><h1>Cindervale CI 2.0 plan limits</h1>
        <table>
        <tr><th>Plan</th><th>Concurrency</th><th>Included minutes</th></tr>
        <tr><td>Starter</td><td>2 concurrent jobs</td><td>3,000 Linux minutes</td></tr>
        <tr><td>Team</td><td>20 concurrent jobs</td><td>25,000 Linux minutes</td></tr>
        </table></body></html>
        """);
    write("sales/pricing.html", """
        <html><body><h1>Cindervale pricing sheet</h1>
        <table>
        <tr><th>Plan</th><th>Price</th><th>Included</th><th>Support</th></tr>
        <tr><td>Starter</td><td>$40 per month</td><td>3,000 Linux minutes per month</td><td>Community forum</td></tr>
        <tr><td>Team</td><td>$400 per month</td><td>%s per month</td><td>Business hours e-mail</td></tr>
        </table></body></html>
        """.formatted(salesTeamMinutes));
  }

  @Test
  void anotherCountOfOneUnitForOnePlanContradicts() throws IOException {
    planTables("30,000 Linux minutes");
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("25,000") && c.get(0).summary().contains("30,000"), c.get(0).summary());
  }

  @Test
  void theSameCountForOnePlanAgrees() throws IOException {
    planTables("25,000 Linux minutes");
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  private void limitsTable(String businessResponses) throws IOException {
    write("product/limits.html", """
        <html><body><h1>Formlane 3.0 plans and limits</h1>
        <table>
        <tr><th>Plan</th><th>Forms</th><th>Responses per month</th></tr>
        <tr><td>Pro</td><td>50</td><td>5,000</td></tr>
        <tr><td>Business</td><td>unlimited</td><td>%s</td></tr>
        </table></body></html>
        """.formatted(businessResponses));
    write("marketing/landing.md", """
        # Formlane 3.0

        ## Plans that grow with you

        The Business plan includes 50,000 responses a month for every team.
        """);
  }

  @Test
  void aBareCountInATableCellCountsWhatItsColumnNames() throws IOException {
    limitsTable("25,000");
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("25,000") && c.get(0).summary().contains("50,000"), c.get(0).summary());
  }

  @Test
  void theSameCountInATableCellAgrees() throws IOException {
    limitsTable("50,000");
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  private void hipaa(String marketingText) throws IOException {
    write("product/prd.md", """
        # Ferrolake Sync 2.0

        ## Plans

        Ferrolake Sync comes in three plans: Starter, Team and Enterprise.

        ## Compliance

        A BAA for HIPAA workloads is offered on the Enterprise plan only.
        """);
    write("marketing/landing.md", "# Ferrolake Sync 2.0\n\n## Built for regulated teams\n\n" + marketingText + "\n");
  }

  @Test
  void onePlanOnlyAgainstEveryPlanContradicts() throws IOException {
    hipaa("HIPAA-ready on every plan, Starter included.");
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("plan only") && c.get(0).summary().contains("every plan"),
        c.get(0).summary());
  }

  @Test
  void twoValuesReadWithAndWithoutTheirPlanAreOneFinding() throws IOException {
    write("product/plans.md", """
        # Mendwell plans

        Mendwell comes in two plans: Core and Complete. Behavioral health is on the Complete plan only.
        """);
    write("marketing/blog.md", """
        # Introducing Mendwell Complete

        The Complete plan includes 8 therapy sessions per member each plan year, with licensed therapists by video.
        """);
    write("sales/deck.md", """
        # Broker deck

        - Behavioral health on Complete: twelve therapy sessions per member per plan year
        """);
    write("sales/faq.md", """
        # Broker FAQ

        Q: How many therapy sessions do members get on Complete? A: Twelve therapy sessions per member per plan year,
        with a licensed therapist by video.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertEquals(3, c.get(0).evidence().size(), c.get(0).evidence().toString());
  }

  @Test
  void eachPlanYearCountsTimeNotPlans() throws IOException {
    hipaa("The Enterprise plan includes a signed BAA and 8 compliance reviews each plan year.");
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void onePlanOnlyAgainstThatPlanAgrees() throws IOException {
    hipaa("HIPAA-ready on the Enterprise plan, with a signed BAA.");
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report));
  }

  @Test
  void twoStagesEachSaidOfTheNamedThingContradictHoweverLittleElseTheSentencesShare() throws IOException {
    write("product/plans.md", """
        # Plans

        ## Apps

        | Feature | Free | Pro |
        |---|---|---|
        | Android app | Public beta | Public beta |
        """);
    write("marketing/launch.md", """
        # Launch

        ## Mobile

        Native iOS and Android apps are available today.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).reason().contains("Android"), c.get(0).reason());
  }

  @Test
  void aCertificationNamedSecondInAListOfHeldOnesContradictsItsAuditInProgress() throws IOException {
    write("product/security-overview.md", """
        # Tessaly security

        ## Certifications

        ISO 27001 certification is in progress, with the certification audit booked for the spring.
        """);
    write("marketing/trust-page.md", """
        # Trust at Tessaly

        Tessaly is SOC 2 Type II and ISO 27001 certified.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("in progress") && c.get(0).summary().contains("certified"),
        c.get(0).summary());
  }

  @Test
  void aCertificationHeldBesideAnotherInProgressIsNoContradiction() throws IOException {
    write("product/security-overview.md", """
        # Tessaly security

        ## Certifications

        Tessaly holds a SOC 2 Type II report; ISO 27001 certification is in progress.
        """);
    write("marketing/trust-page.md", """
        # Trust at Tessaly

        Tessaly is SOC 2 Type II certified and encrypts every file at rest.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report), report.findings().toString());
  }
}
