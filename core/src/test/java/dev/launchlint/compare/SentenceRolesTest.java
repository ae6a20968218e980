package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.KitFiles;
import dev.launchlint.Launchlint;
import dev.launchlint.analyze.SentenceShape;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The non-contradiction findings read what a sentence does (asks, instructs, supposes, denies,
 * names) before they report it, through the real pipeline on small kits written for these tests.
 */
class SentenceRolesTest {

  @TempDir
  Path kit;

  private void write(String path, String text) throws IOException {
    KitFiles.write(kit, path, text);
  }

  private static List<Finding> of(Report r, FindingType type) {
    return r.findings().stream().filter(f -> f.type() == type).toList();
  }

  @Test
  void shapesOfSentences() {
    assertTrue(SentenceShape.of("If the buyer asks for a discount, send the pilot terms instead.").instruction());
    assertTrue(SentenceShape.of("Does your invoice grow every month?").question());
    assertTrue(!SentenceShape.of("Pipewell syncs every order to your warehouse.").instruction());
    assertTrue(SentenceShape.of("Battery and charging").nameLike() == false);
    assertTrue(SentenceShape.of("Route Planner").nameLike());
  }

  @Test
  void coachingQuestionsAndDisclaimersAreNoClaims() throws IOException {
    write("product/spec.md", """
        # Pipewell 3 specification

        ## Sync

        Pipewell syncs orders from the store to the warehouse every five minutes. Pipewell guarantees
        that each order is delivered to the warehouse once. No order data touches the merchant's servers.
        """);
    write("sales/talk-track.md", """
        # Talk track

        If the buyer pushes for a lower price, offer a longer pilot instead of a discount.

        Does your team still copy orders by hand every single morning?

        The delivery guarantee does not cover orders edited by hand after export.
        """);
    write("marketing/page.md", """
        # Pipewell 3

        Pipewell syncs orders to your warehouse every five minutes, and delivery of each order is guaranteed.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), of(report, FindingType.UNSUPPORTED_CLAIM), report.findings().toString());
    assertEquals(List.of(), of(report, FindingType.OVERPROMISE), report.findings().toString());
  }

  @Test
  void threeNamesOfOneFeatureAreOneDrift() throws IOException {
    write("product/spec.md", """
        # Harrow 2 specification

        - Route Planner orders each driver's stops by traffic, delivery windows and van capacity, for up to 120 stops a day.
        - Fleet Board shows every van on one map.
        """);
    write("marketing/page.md", """
        # Harrow 2

        - Stop Optimizer orders each driver's stops by traffic, delivery windows and van capacity, for up to 120 stops a day.
        - Fleet Board shows every van on one map.
        """);
    write("sales/deck.md", """
        # Harrow 2 for fleets

        - Smart Sequencing orders each driver's stops by traffic, delivery windows and van capacity, for up to 120 stops a day.
        - Fleet Board shows every van on one map.
        - Ask Jordan Reyes in Fleet Operations for a reference call.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> drift = of(report, FindingType.TERMINOLOGY_DRIFT);
    assertEquals(1, drift.size(), report.findings().toString());
    assertEquals(List.of(BusinessFunction.PRODUCT, BusinessFunction.MARKETING, BusinessFunction.SALES),
        drift.get(0).functions());
    String quoted = drift.get(0).evidence().toString();
    assertTrue(quoted.contains("Route Planner") && quoted.contains("Stop Optimizer") && quoted.contains("Smart Sequencing"),
        quoted);
  }

  @Test
  void headingsAreNoLeftOutCapabilities() throws IOException {
    write("product/spec.md", """
        # Larchmont Hub 2 specification

        ## Hardware

        The hub has two radios and a battery that lasts a day.

        ## Battery and charging

        The battery charges in two hours from the supplied adapter.

        ## New in 2

        - Quiet Hours: the hub mutes every alert overnight and sends a summary at seven.
        """);
    write("product/release-notes.md", """
        # Release notes

        ## New

        - Quiet Hours mutes every alert overnight and sends one summary in the morning.
        - Hardware revision B has a larger battery.
        """);
    write("marketing/page.md", """
        # Larchmont Hub 2

        The hub connects every sensor in the home. Its battery lasts a day, and the hardware takes two hours to charge.
        """);
    write("sales/deck.md", """
        # Larchmont Hub 2

        One hub for every sensor, with a battery that lasts a day and charges in two hours.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> omissions = of(report, FindingType.OMISSION);
    assertEquals(1, omissions.size(), report.findings().toString());
    assertTrue(omissions.get(0).summary().contains("Quiet Hours"), omissions.get(0).summary());
  }

  @Test
  void aCapabilityIsNamedByItsWordsTogetherAndAMeasureIsNoCapability() throws IOException {
    write("product/spec.md", """
        # Ferrow ColdTrack 2 specification

        ## Loans

        | Term | Value |
        |---|---|
        | Maximum load | 26 pallets |

        ## 6. Proof-of-Temperature report

        New in ColdTrack 2. For every stop, the console generates a Proof-of-Temperature report: a PDF with the
        temperature trace of each zone, e-mailed to the receiver.
        """);
    write("product/release-notes.md", """
        # Release notes

        ## New

        - Proof-of-Temperature report. A tamper-evident PDF for every stop, with the full temperature trace.
        - Maximum load raised from 24 to 26 pallets.
        """);
    write("marketing/page.md", """
        # ColdTrack 2

        Trailers report every two minutes on the road. When the temperature of a load drifts out of range, your team
        hears about it within a minute. Each trailer carries up to 26 pallets.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> omissions = of(report, FindingType.OMISSION);
    assertEquals(1, omissions.size(), report.findings().toString());
    assertTrue(omissions.get(0).summary().contains("Proof-of-Temperature report"), omissions.get(0).summary());
  }

  @Test
  void aRowOfFiguresIsAVariantNotACapability() throws IOException {
    write("product/spec.md", """
        # Halo R2 specification

        ## Light modes

        | Mode | Output | Runtime |
        |---|---|---|
        | Day Flash | 300 lumens | 7 hours |
        | Night Flash | 80 lumens | 11 hours |
        """);
    write("product/release-notes.md", """
        # Release notes

        ## New

        - Four light modes: Day Flash (7 h), Night Flash (11 h), Eco Flash (16 h), Solid (6 h).
        """);
    write("marketing/page.md", """
        # Halo R2

        Four light modes, from a 300-lumen Day Flash you can see a mile away to a 16-hour Eco Flash.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), of(report, FindingType.OMISSION), report.findings().toString());
  }

  @Test
  void aCapabilityToldInOtherWordsIsNotLeftOut() throws IOException {
    write("product/spec.md", """
        # Larchmont Hub 2 specification

        ## New in 2

        - Quiet Hours. The hub mutes every alert overnight, between ten and seven, and sends one summary of the night
          to the owner's phone at seven.
        """);
    write("product/release-notes.md", """
        # Release notes

        ## New

        - Quiet Hours mutes every alert overnight and sends one summary in the morning.
        """);
    write("marketing/page.md", """
        # Larchmont Hub 2

        At night the hub mutes every alert between ten and seven and sends one summary of the night to your phone at
        seven, so nobody is woken for a door that was closed an hour ago.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), of(report, FindingType.OMISSION), report.findings().toString());
  }

  @Test
  void aClaimIsAboutTheOfferingOnlyWhenItsSubjectIs() throws IOException {
    write("product/spec.md", """
        # Tallyfin 2 specification

        ## Payments

        Tallyfin 2 sends payments over ACH and RTP. Plugins are available for WooCommerce and BigCommerce.
        """);
    write("sales/talk-track.md", """
        # Talk track

        Usually companies with a finance team have NetSuite or some other ERP and prefer to keep it.

        Every week, we pull all Salesforce accounts into the territory plan.

        “We also have a few teams on Zendesk.” Tallyfin sends payments over ACH and RTP.

        Ready-made plugins for Shopify, WooCommerce and BigCommerce

        Instant payments: Tallyfin 2 connects to both RTP and FedNow, so your suppliers can be paid in seconds.
        """);
    Report report = Launchlint.audit(kit);
    List<String> anchors = of(report, FindingType.UNSUPPORTED_CLAIM).stream()
        .flatMap(f -> f.evidence().stream())
        .flatMap(e -> e.marks().stream().map(m -> e.text().substring(m.start(), m.end())))
        .sorted().toList();
    assertEquals(List.of("FedNow", "Shopify"), anchors, report.findings().toString());
  }

  @Test
  void twoPlansSoldSideBySideAreNoTerminologyDrift() throws IOException {
    write("marketing/page.md", """
        # Mosslight 4

        The Free plan includes 3 seats, 2 locales and 100,000 API requests a month. Team costs $79 per project
        per month billed annually and includes 5 seats, 3 locales and 1 million API requests a month.
        """);
    write("sales/deck.md", """
        # Deck

        ## Team plan fit

        The Team plan includes 5 seats, 3 locales and 1 million API requests a month, at $79 per project per month
        billed annually.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), of(report, FindingType.TERMINOLOGY_DRIFT), report.findings().toString());
  }

  @Test
  void positioningDriftIsReadFromWhatTheBriefDirects() throws IOException {
    write("strategy/brief.md", """
        # Brightdock 3 positioning brief

        ## Lead message

        Every vehicle ready for its route, at the lowest energy cost your site allows. Lead with readiness
        and energy cost in every headline and first paragraph.

        ## What we do not lead with

        Sustainability and carbon. Every competitor leads with net zero; mention emissions reporting if asked.
        """);
    write("product/spec.md", """
        # Brightdock 3 specification

        Brightdock 3 schedules charging so every vehicle is ready for its route at the lowest energy cost.
        """);
    write("marketing/page.md", """
        # Net zero starts at the depot

        Carbon, sustainability and net zero: Brightdock 3 cuts depot emissions and carbon reporting time.
        Sustainability teams get carbon dashboards for every depot.
        """);
    write("sales/deck.md", """
        # Every vehicle ready, at the lowest energy cost

        Brightdock 3 keeps every vehicle ready for its route and cuts energy cost per vehicle.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> drift = of(report, FindingType.POSITIONING_DRIFT).stream().filter(f -> f.confidence() >= 0.6).toList();
    assertEquals(List.of(List.of(BusinessFunction.MARKETING, BusinessFunction.STRATEGY)),
        drift.stream().map(Finding::functions).toList(), report.findings().toString());
  }
}
