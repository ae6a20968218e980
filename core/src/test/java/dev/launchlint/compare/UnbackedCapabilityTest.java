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

/** Capabilities that customer-facing material sells and product never offers, through the real pipeline. */
class UnbackedCapabilityTest {

  @TempDir
  Path kit;

  private void write(String path, String text) throws IOException {
    KitFiles.write(kit, path, text);
  }

  private static List<Finding> unsupported(Report r) {
    return r.findings().stream().filter(f -> f.type() == FindingType.UNSUPPORTED_CLAIM).toList();
  }

  private void spec() throws IOException {
    write("product/prd.md", """
        # PRD: Cindervale Runners 2.0

        ## Scope

        Linux and Arm64 runners are generally available in 2.0. Warm Cache keeps dependency caches
        on the runner between jobs. Enterprise adds priority support for build, test and inference
        workloads.

        ## Non-goals

        - Data catalog.
        - Changes to the self-hosted runner agent.
        """);
  }

  @Test
  void aNonGoalDoesNotBackWhatSalesSells() throws IOException {
    spec();
    write("sales/battlecard.md", """
        # Battlecard

        Linux and Arm64 runners are generally available, with Warm Cache between jobs.

        Enterprise adds a built-in data catalog for inference workloads.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> u = unsupported(report);
    assertEquals(1, u.size(), report.findings().toString());
    assertEquals(List.of(BusinessFunction.SALES), u.get(0).functions());
    assertTrue(u.get(0).evidence().get(0).text().contains("data catalog"), u.get(0).toString());
  }

  @Test
  void ordinaryWordsAreNoUnbackedFeature() throws IOException {
    spec();
    write("marketing/blog.md", """
        # Cindervale 2.0

        Linux and Arm64 runners are generally available, with Warm Cache between jobs.

        Pick a runner, add your token, and your pipeline is live.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(List.of(), unsupported(report));
  }

  @Test
  void onePromiseRepeatedInTwoDocumentsIsOneOverpromise() throws IOException {
    spec();
    write("sales/deck.md", """
        # Cindervale for platform teams

        - Set it up once and your pipelines never break
        """);
    write("sales/faq.md", """
        # Sales FAQ

        Tell prospects that with Cindervale their pipelines never break, whatever they build.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> o = report.findings().stream().filter(f -> f.type() == FindingType.OVERPROMISE).toList();
    assertEquals(1, o.size(), report.findings().toString());
    assertEquals(List.of(BusinessFunction.SALES), o.get(0).functions());
  }

  @Test
  void aLoneWordOfEmphasisPromisesWhatTheSentenceBeforeItSays() throws IOException {
    write("product/spec.md", """
        # Haul 2 specification

        ## Theft protection

        The GPS tracker reports the bike's position every minute while the alarm is armed. Corrib Care replaces
        a stolen bike that is not recovered within 30 days, with a EUR 250 excess.
        """);
    write("marketing/page.md", """
        # Haul 2

        Add Corrib Care and if your Haul 2 is ever stolen, you get it back. Guaranteed.
        """);
    write("marketing/email.md", """
        # Haul 2 is here

        Add Corrib Care for EUR 12 a month and if your Haul 2 is stolen, you get it back. Guaranteed.
        """);
    Report report = Launchlint.audit(kit);
    List<Finding> promises = report.findings().stream().filter(f -> f.type() == FindingType.OVERPROMISE).toList();
    // one promise said in two documents is one overpromise
    assertEquals(1, promises.size(), report.findings().toString());
    assertTrue(promises.get(0).summary().contains("guaranteed"), promises.get(0).summary());
  }

  @Test
  void aCapabilitySalesRenamedIsBackedUnderProductsName() throws IOException {
    write("product/release-notes.md", """
        # ColdTrack 2 release notes

        - Excursion Rules. Per-load temperature ranges, grace times and escalation chains. Alerts go out within
          60 seconds of a breach by SMS, e-mail, push or voice call.
        """);
    write("marketing/page.md", """
        # ColdTrack 2

        Excursion Rules alert your team within 60 seconds of a breach, with grace times and escalation chains.
        """);
    write("sales/battlecard.md", """
        # Battlecard

        - Temp Guardrails: alerts within 60 seconds of a breach, with grace times and escalation chains.
        - Temp Guardrails are the feature that sells the platform.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(1, report.findings().stream().filter(f -> f.type() == FindingType.TERMINOLOGY_DRIFT).count(),
        report.findings().toString());
    assertEquals(List.of(), unsupported(report));
  }

  private List<Finding> overpromises(Report r) {
    return r.findings().stream().filter(f -> f.type() == FindingType.OVERPROMISE).toList();
  }

  @Test
  void aPromiseInTheImperativeIsStillAPromise() throws IOException {
    write("product/spec.md", """
        # Service specification

        ## Access

        - Alert latency: an alert is sent within 60 seconds of an Excursion Rule being breached.
        - Urgent care by video: median wait under 10 minutes, measured monthly.
        """);
    write("marketing/email.md", """
        # ColdTrack 2 is here

        ColdTrack 2 changes that. Never lose a load to a temperature excursion again: our gateway reports every 2
        minutes while your trailers are moving, and Excursion Rules send an alert within 60 seconds of a breach.

        See a clinician in under 10 minutes, every time, guaranteed.
        """);
    write("sales/notes.md", """
        # Talk track

        Never lead with price. See the pricing page for the current list.
        """);
    Report report = Launchlint.audit(kit);
    List<String> promised = overpromises(report).stream().map(Finding::summary).sorted().toList();
    assertEquals(2, promised.size(), report.findings().toString());
    assertTrue(promised.get(0).contains("guaranteed") && promised.get(1).contains("never"), promised.toString());
  }

  @Test
  void whoTheCompanyIsIsNoClaimOfTheOffering() {
    String release = "Lanternfund, a public benefit corporation that builds fundraising software for nonprofits, "
        + "today released Lanternfund Giving 5, an AI-powered giving platform.";
    assertTrue(Coverage.describesSomeone(release, "public benefit corporation"));
    assertTrue(Coverage.describesSomeone(release, "AI-powered giving platform") == false,
        "the last apposition, closed by the sentence's end, is read with the sentence");
    assertTrue(!Coverage.describesSomeone("Lanternfund Giving 5 ships a public benefit report.", "public benefit report"));
  }
}
