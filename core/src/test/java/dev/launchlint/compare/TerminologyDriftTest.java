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
}
