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
 * A feature one function denies by name, whether or not it is a known named thing ("does not host
 * video consultations", "shared wallets are not supported in the app yet"), against another
 * function that states it as there; and the denials and mentions that are no such conflict: a
 * denial narrowed to a case the other side does not speak of, a denial of inclusion against a
 * mention, a buyer's words, a line under a heading of limits, what a larger plan adds to the plan
 * the denial names ("Everything in Studio, plus ..."). Kits written by the test, audited
 * through the real pipeline.
 */
class DeniedFeaturesTest {

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

  private void assertOneDenial(String denied, String stated) throws IOException {
    Report report = Launchlint.audit(kit);
    List<Finding> c = contradictions(report);
    assertEquals(1, c.size(), report.findings().toString());
    assertTrue(c.get(0).summary().contains("not supported"), c.get(0).summary());
    assertTrue(evidence(c.get(0)).contains(denied) && evidence(c.get(0)).contains(stated), evidence(c.get(0)));
  }

  @Test
  void aFeatureTheProductDoesNotHostSoldAsBuiltInContradicts() throws IOException {
    write("product/prd.md", """
        # Harborline 2.0

        ## Consultations

        Harborline does not host phone consultations. Clinics keep using their own dialler.
        """);
    write("marketing/landing.md", """
        # Harborline

        Built-in phone consultations let your nurses call patients straight from the schedule.
        """);
    assertOneDenial("does not host phone consultations", "Built-in phone consultations");
  }

  @Test
  void aFeatureNotSupportedInTheAppYetSoldInTheAppContradicts() throws IOException {
    write("product/release-notes.md", """
        # Pennyworth app 5.0

        ## Not in this release

        Shared wallets are not supported in the app yet; they are planned for next year.
        """);
    write("sales/branch-guide.md", """
        # Branch guide

        Shared wallets can be set up in the app in two minutes, with both owners signed in.
        """);
    assertOneDenial("Shared wallets are not supported", "Shared wallets can be set up");
  }

  @Test
  void aSystemNamedAsAnExampleOfWhatIsIncompatibleContradictsWorksWith() throws IOException {
    write("product/spec.md", """
        # Nimbus thermostat

        Nimbus is not compatible with high-voltage systems, such as wall-mounted panel radiators.
        """);
    write("sales/installer-deck.md", """
        # Installer briefing

        Nimbus also works with wall-mounted panel radiators, so you can fit it in older flats.
        """);
    assertOneDenial("not compatible", "works with wall-mounted panel radiators");
  }

  @Test
  void aShortNameInParenthesesNamesTheDeniedFeature() throws IOException {
    write("product/spec.md", """
        # Tallow fleet 3.0

        Remote device wiping (RDW) is not supported in 3.0.
        """);
    write("sales/battlecard.md", """
        # Battlecard

        RDW: wipe a lost tablet from the console before anyone can read it.
        """);
    assertOneDenial("is not supported in 3.0", "RDW: wipe a lost tablet");
  }

  @Test
  void aDenialNarrowedToACaseTheOtherSideDoesNotNameIsNoContradiction() throws IOException {
    write("product/spec.md", """
        # Quarrypath field app

        Offline mode is not available in Canada, where the carrier agreement does not cover it.
        """);
    write("marketing/landing.md", """
        # Quarrypath

        Offline mode keeps your crews logging work underground and out of signal.
        """);
    assertEquals(List.of(), contradictions(Launchlint.audit(kit)));
  }

  @Test
  void aDenialOfInclusionAgainstAMentionIsNoContradiction() throws IOException {
    write("product/spec.md", """
        # Greenrow probes

        Professional installation is not included in the hardware price.
        """);
    write("sales/faq.md", """
        # Dealer FAQ

        Professional installation is quoted by the dealer on top of the hardware price.
        """);
    assertEquals(List.of(), contradictions(Launchlint.audit(kit)));
  }

  @Test
  void aBuyersWordsAndALineUnderAHeadingOfLimitsStateNothing() throws IOException {
    write("product/spec.md", """
        # Ostrander 4.0

        Shared calendars are not available in 4.0.

        ## Out of scope

        - Team rosters, or shared calendars across several sites
        """);
    write("sales/objections.md", """
        # Objections

        "We need shared calendars." Tell them what 4.0 does today and offer a roadmap call.
        """);
    write("marketing/landing.md", """
        # Ostrander

        Plan every shift in one place.
        """);
    assertEquals(List.of(), contradictions(Launchlint.audit(kit)));
  }

  @Test
  void whatALargerPlanAddsToAPlanIsNotPartOfThatPlan() throws IOException {
    write("product/pricing.md", """
        # Fernwick plans

        The Studio plan is $19 per user per month and the Practice plan $39 per user per month.

        | Plan | What you get |
        |---|---|
        | Studio | Scheduling, reminders and reports |
        | Practice | Everything in Studio, plus Zapier and Slack integrations |
        """);
    write("sales/faq.md", """
        # Customer FAQ

        ## What is not in Studio?

        Zapier and Slack integrations are not part of Studio. Both come with Practice.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), contradictions(report), report.findings().toString());
  }
}
