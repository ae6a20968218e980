package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Terminology drift needs evidence that two names mean one thing, read through the real pipeline
 * on small kits written for these tests: the same definition, the same place in parallel
 * statements, the same price.
 */
class TerminologyDriftTest {

  @TempDir
  Path kit;

  private void write(String path, String text) throws IOException {
    KitFiles.write(kit, path, text);
  }

  private static List<String> drift(Report r) {
    return r.findings().stream().filter(f -> f.type() == FindingType.TERMINOLOGY_DRIFT && f.confidence() >= 0.6)
        .map(Finding::summary).sorted().toList();
  }

  @Test
  void aFeatureNamedInsideAPlanIsNotThePlan() throws IOException {
    write("product/spec.md", """
        # Harrow 2 specification

        Route Planner orders each driver's stops by traffic, delivery windows and van capacity, for up to 120 stops.

        The Telematics Plan is required for each active van. It includes cellular data, the full app (Route Planner
        and Fleet Board), data export and the support line.

        The Telematics Plan costs $240 per van per year, billed annually.
        """);
    write("marketing/page.md", """
        # Harrow 2

        Stop Optimizer orders each driver's stops by traffic, delivery windows and van capacity, for up to 120 stops.

        Harrow Plus is required for each active van. It includes cellular data, the full app with Stop Optimizer
        and Fleet Board, data export and our support line.

        Harrow Plus is $240 a year for each van.
        """);
    Report report = Launchlint.audit(kit);
    List<String> found = drift(report);
    assertEquals(2, found.size(), report.findings().toString());
    assertTrue(found.stream().anyMatch(s -> s.contains("Route Planner") && s.contains("Stop Optimizer")), found.toString());
    assertTrue(found.stream().anyMatch(s -> s.contains("Telematics Plan") && s.contains("Harrow Plus")), found.toString());
    assertFalse(found.stream().anyMatch(s -> s.contains("Route Planner") && s.contains("Harrow Plus")), found.toString());
  }

  @Test
  void aPlanAndAnAddOnPricedDifferentlyAreTwoThings() throws IOException {
    write("product/spec.md", """
        # Harrow 2 specification

        The Telematics Plan is required for each active van and costs $240 per van per year. It includes cellular
        data, data export and the support line.
        """);
    write("marketing/page.md", """
        # Harrow 2

        Depot Insights is available for each active van and costs $60 per van per year. It includes
        data export, depot reports and the support line.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), drift(report), report.findings().toString());
  }

  @Test
  void aSentenceCaseHeadingNamesWhatItsSectionDefines() throws IOException {
    write("product/release-notes.md", """
        # Harrow app 2.0

        - **Depot Dashboard.** Member depots can share van data and weekly mileage totals with their franchise
          office or fleet consultant, and withdraw that permission at any time. Anonymised benchmark reports.
          Up to 250 member depots per account.
        """);
    write("marketing/page.md", """
        # Harrow 2

        Co-op Hub lets your franchise office or fleet consultant see your van data and weekly mileage totals, but
        only if you say so, and you can withdraw that permission in the app. Anonymised benchmark reports compare
        mileage across members. One Co-op Hub account covers up to 250 member depots.
        """);
    write("sales/deck.md", """
        # Harrow 2 for dealers

        ## Member Portal for franchises and consultants

        - Franchise offices and fleet consultants see member depots' van data and weekly mileage totals
        - Only with each member's permission, which the member can withdraw in the app
        - Anonymised benchmark reports comparing mileage across members
        - Up to 250 member depots per account
        """);
    Report report = Launchlint.audit(kit);
    List<String> found = drift(report);
    assertEquals(1, found.size(), report.findings().toString());
    assertTrue(found.get(0).contains("Depot Dashboard") && found.get(0).contains("Co-op Hub")
        && found.get(0).contains("Member Portal"), found.toString());
  }

  @Test
  void titleCaseHeadingsNameTopicsNotThings() throws IOException {
    write("product/spec.md", """
        # Harrow 2 specification

        ## Simple Van Pricing

        Each van costs $240 per year, billed annually, and includes cellular data and the support line.
        """);
    write("marketing/page.md", """
        # Harrow 2

        ## Clear Fleet Pricing

        Each van costs $240 per year, billed annually, and includes cellular data and the support line.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), drift(report), report.findings().toString());
  }

  @Test
  void aCommonNounCoinedAsANameIsOneWordName() throws IOException {
    write("product/overview.md", """
        # Tally 3 overview

        A Workspace holds one product's data in Tally. Each Workspace has its own tracking key, event schema,
        dashboards, members and data retention setting. Most teams create one Workspace per product.
        """);
    write("marketing/blog.md", """
        # Tally 3 is here

        Projects keep products apart. Every Project comes with its own tracking key, event schema, dashboards,
        members and retention setting. Connect a Project and Tally starts its checks.
        """);
    Report report = Launchlint.audit(kit);
    List<String> found = drift(report);
    assertEquals(1, found.size(), report.findings().toString());
    assertTrue(found.get(0).contains("Workspace") && found.get(0).contains("Project"), found.toString());
  }

  @Test
  void placesInParallelSentencesAreNoNames() throws IOException {
    write("product/spec.md", """
        # Orchard launch plan

        Express delivery launches in Denver, Austin and Nashville. Stores in Nashville deliver within 30 minutes
        of checkout on orders over $20.
        """);
    write("sales/faq.md", """
        # Partner FAQ

        Express delivery launches in Denver, Austin and Charlotte. Stores in Charlotte deliver within 30 minutes
        of checkout on orders over $20.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), drift(report), report.findings().toString());
  }
  @Test
  void namesThatShareOnlyHowAFigureIsCountedAreTwoThings() throws IOException {
    write("product/spec.md", """
        # Kestrel 5 specification

        ## Service levels

        - Uptime SLA: 99.9% per month.
        - Support replies within one business day.
        """);
    write("marketing/page.md", """
        # Kestrel 5

        Kestrel keeps your front desk running: a 99.9% uptime SLA, backups every hour and support that answers.
        """);
    write("sales/objections.md", """
        # Objection handling

        Harbor Desktop lists at $399 per month and needs a server. Kestrel Solo is $299 per month with no server at
        all. Harbor Cloud exists, but it commits to 99.5% uptime; Kestrel's SLA is 99.9% per month.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), drift(report), report.findings().toString());
  }

  @Test
  void aNameInTheSingularAndThePluralIsOneName() throws IOException {
    write("product/release-notes.md", """
        # Studio 3 release notes

        - Benchmark Checks now adapt after each item and take about 10 minutes, down from 25 minutes.
        - A dyslexia screener for grades K-3, given in the fall Benchmark Check window.
        """);
    write("marketing/email.md", """
        # Studio 3 is here

        - Reading Snapshots that adapt after each item and take about ten minutes, down from 25.
        - A dyslexia screener for grades K-3, built into the fall Reading Snapshot.
        """);
    Report report = Launchlint.audit(kit);
    List<String> found = drift(report);
    assertEquals(1, found.size(), report.findings().toString());
    assertTrue(found.get(0).contains("\"Benchmark Checks\"") && found.get(0).contains("\"Reading Snapshots\""), found.get(0));
  }
}
