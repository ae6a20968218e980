package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.KitFiles;
import dev.launchlint.Launchlint;
import dev.launchlint.analyze.SentenceShape;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sentences of customer-facing material that share words with a claim but say nothing checkable
 * about the offering (a persona, the company's own plans, an argument's reasons, a rating of scope)
 * are no unsupported claims or overpromises; the same words said of the offering still are. Each
 * case is a small kit audited through the real pipeline.
 */
class NotAboutTheOfferingTest {

  @TempDir
  Path root;

  private static final String SPEC = """
      # PRD: Cindervale Runners 2.0

      ## Scope

      Linux and Arm64 runners are generally available in 2.0. Warm Cache keeps dependency caches
      on the runner between jobs. Enterprise adds priority support for build, test and inference
      workloads. Runners report their status to GitHub and GitLab.
      """;

  /** Audits a kit of the product spec and one customer-facing document, in its own folder. */
  private Report audit(String name, String path, String text) throws IOException {
    return audit(name, path, text, null);
  }

  /** As {@link #audit(String, String, String)}, with a second product document when not null. */
  private Report audit(String name, String path, String text, String moreProduct) throws IOException {
    Path kit = root.resolve(name);
    KitFiles.write(kit, "product/prd.md", SPEC);
    if (moreProduct != null) {
      KitFiles.write(kit, "product/more.md", moreProduct);
    }
    KitFiles.write(kit, path, text);
    return Launchlint.audit(kit);
  }

  private static List<Finding> of(Report r, FindingType type) {
    return r.findings().stream().filter(f -> f.type() == type).toList();
  }

  @Test
  void shapesOfArguments() {
    SentenceShape argued = SentenceShape.of(
        "This makes sense, but our plans cost more because you get more, particularly on self-hosted.");
    assertTrue(argued.inReason("self-hosted"));
    assertFalse(argued.inReason("plans"));
    assertTrue(SentenceShape.of("Because you asked for Azure, we built it.").inReason("Azure"));
    assertFalse(SentenceShape.of("Because you asked for it, Vectra runs on Azure.").inReason("Azure"));
    assertEquals(List.of("need"), SentenceShape.of("Outbound is a thing we will need to get good at.").actsOf("we"));
    assertEquals(List.of("building"), SentenceShape.of("We are building a BDR function.").actsOf("we"));
  }

  @Test
  void theLastSentenceOfAQuotationIsSomeonesWords() {
    assertTrue(SentenceShape.of("The CLI generates types, so a renamed field fails the build instead of breaking the live site.\"")
        .quoted());
    assertTrue(SentenceShape.of("The CLI generates types, so a renamed field never breaks the site.\u201d").quoted());
    assertFalse(SentenceShape.of("The CLI generates types for the \"Schema Builder\" and the live site.").quoted());
    assertFalse(SentenceShape.of("The CLI generates types for the live site.").quoted());
  }

  @Test
  void aPersonaIsNoCapability() throws IOException {
    Report persona = audit("persona", "marketing/personas.md", """
        # Personas

        - Platform Leader: feels the pain less acutely. Also connects to Admin Personas.
        """);
    assertEquals(List.of(), of(persona, FindingType.UNSUPPORTED_CLAIM), persona.findings().toString());

    Report sold = audit("sold", "marketing/integrations.md", """
        # Integrations

        - Runners report their status to GitHub and GitLab. Also connects to ServiceNow.
        """);
    List<Finding> u = of(sold, FindingType.UNSUPPORTED_CLAIM);
    assertEquals(1, u.size(), sold.findings().toString());
    assertTrue(u.get(0).summary().contains("ServiceNow"), u.get(0).summary());
  }

  @Test
  void theCompanysOwnPlansPromiseNothing() throws IOException {
    Report own = audit("own", "sales/outbound.md", """
        # Outbound

        Outbound sales is a thing we will need to get really good at as we continue to scale
        Cindervale, as 100% inbound eventually dries up.

        We are building a BDR function that will generate leads, mainly focused on cold outbound to start.
        """);
    assertEquals(List.of(), of(own, FindingType.OVERPROMISE), own.findings().toString());
    assertEquals(List.of(), of(own, FindingType.UNSUPPORTED_CLAIM), own.findings().toString());

    Report promised = audit("promised", "sales/deck.md", """
        # Cindervale for platform teams

        - We guarantee 100% of builds start within a second.

        - Enterprise adds a built-in data catalog for inference workloads.
        """);
    assertEquals(1, of(promised, FindingType.OVERPROMISE).size(), promised.findings().toString());
    assertEquals(1, of(promised, FindingType.UNSUPPORTED_CLAIM).size(), promised.findings().toString());
  }

  @Test
  void aPlatformAmongAnArgumentsReasonsIsNotSold() throws IOException {
    Report argued = audit("argued", "marketing/blog.md", """
        # Why Enterprise costs more

        This makes sense in isolation, but our enterprise plans cost more because you get more,
        particularly on self-hosted where we offer a lot of support to ensure things run smoothly.
        """);
    assertEquals(List.of(), of(argued, FindingType.UNSUPPORTED_CLAIM), argued.findings().toString());

    Report sold = audit("sold", "marketing/blog.md", """
        # Enterprise

        Our enterprise plans cost more, particularly on self-hosted where we offer a lot of support to
        ensure things run smoothly.
        """);
    List<Finding> u = of(sold, FindingType.UNSUPPORTED_CLAIM);
    assertEquals(1, u.size(), sold.findings().toString());
    assertTrue(u.get(0).summary().contains("self-hosted"), u.get(0).summary());
  }

  @Test
  void aRatingOfScopeNamesNoFeature() throws IOException {
    String pricing = """
        # Pricing and accuracy

        A discount is a value exchange: the annual plan provides it. Code context keeps the accuracy
        of the coding assistant high across all cases of AI.
        """;
    Report rated = audit("rated", "marketing/blog.md", """
        # Cindervale 2.0

        Every discount reflects a value exchange that provides a sound basis for our pricing.

        This accuracy is applied to a wider range of AI coding assistant functionality and use cases.
        """, pricing);
    assertEquals(List.of(), of(rated, FindingType.UNSUPPORTED_CLAIM), rated.findings().toString());

    Report named = audit("named", "marketing/blog.md", """
        # Cindervale 2.0

        This accuracy is applied to a built-in review bot for AI coding assistant use cases.
        """, pricing);
    List<Finding> u = of(named, FindingType.UNSUPPORTED_CLAIM);
    assertEquals(1, u.size(), named.findings().toString());
    assertTrue(u.get(0).summary().contains("review bot"), u.get(0).summary());
  }

  @Test
  void aFeatureUnderAnotherTeamsNameIsBacked() throws IOException {
    Path kit = root.resolve("renamed");
    KitFiles.write(kit, "product/spec.md", """
        # Harrow 2 specification

        - Route Planner orders each driver's stops by traffic, delivery windows and van capacity, for up to 120 stops a day.
        - Fleet Board shows every van on one map.
        """);
    KitFiles.write(kit, "marketing/page.md", """
        # Harrow 2

        - Stop Optimizer orders each driver's stops by traffic, delivery windows and van capacity, for up to 120 stops a day.
        - Fleet Board shows every van on one map.
        """);
    KitFiles.write(kit, "sales/deck.md", """
        # Harrow 2 for fleets

        - Smart Sequencing orders each driver's stops by traffic, delivery windows and van capacity, for up to 120 stops a day.
        - Fleet Board shows every van on one map.
        - Harrow 2 also connects to Smart Sequencing for dispatch teams.
        - Harrow 2 also connects to ServiceNow for dispatch teams.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(1, of(report, FindingType.TERMINOLOGY_DRIFT).size(), report.findings().toString());
    List<Finding> u = of(report, FindingType.UNSUPPORTED_CLAIM);
    assertEquals(1, u.size(), report.findings().toString());
    assertTrue(u.get(0).summary().contains("ServiceNow"), u.get(0).summary());
  }

  @Test
  void aCompetitorsColumnOfAComparisonTableIsTheirs() throws IOException {
    Report theirs = audit("theirs", "sales/battlecard.md", """
        # Battlecard: Cindervale Runners vs Quarrystone CI

        | Topic | Cindervale Runners | Quarrystone CI |
        |---|---|---|
        | Assistance that adapts to load | Warm Cache, automatic | Manual boost button |
        """);
    assertEquals(List.of(), of(theirs, FindingType.UNSUPPORTED_CLAIM), theirs.findings().toString());
    // the same cell in our own column is still ours to back
    Report ours = audit("ours", "sales/battlecard.md", """
        # Battlecard: Cindervale Runners vs Quarrystone CI

        | Topic | Cindervale Runners | Quarrystone CI |
        |---|---|---|
        | Assistance that adapts to load | Manual boost button | Warm Cache, automatic |
        """);
    assertTrue(of(ours, FindingType.UNSUPPORTED_CLAIM).stream().anyMatch(f -> f.summary().contains("Manual boost")),
        ours.findings().toString());
  }
}
