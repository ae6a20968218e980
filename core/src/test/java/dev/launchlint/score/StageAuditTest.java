package dev.launchlint.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.KitFiles;
import dev.launchlint.Launchlint;
import dev.launchlint.compare.FindingType;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit's stage from findings the real pipeline makes of kits written by the test. */
class StageAuditTest {

  @TempDir
  Path kit;

  private void write(String path, String text) throws IOException {
    KitFiles.write(kit, path, text);
  }

  private void product() throws IOException {
    write("product/prd.md", """
        # PRD: Cindervale Runners 2.0

        ## Runner platforms

        macOS runners on Apple silicon are in beta in 2.0.
        """);
  }

  @Test
  void marketingDepartingFromProductAndSalesIsConflictingExecution() throws IOException {
    // Product states the stage and sales repeats it: marketing departs from the source of truth,
    // which is conflicting execution, not customer-facing material contradicting itself alone.
    product();
    write("sales/battlecard.md", """
        # Battlecard

        macOS runners on Apple silicon are in beta today.
        """);
    write("marketing/blog.md", """
        # Cindervale 2.0

        macOS runners on Apple silicon are generally available from today.
        """);
    Report report = Launchlint.audit(kit);
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.functions().contains(BusinessFunction.MARKETING) && f.functions().contains(BusinessFunction.SALES)),
        report.findings().toString());
    assertEquals(Stage.CONFLICTING_EXECUTION, report.scores().stage(), report.findings().toString());
  }

  @Test
  void marketingAndSalesApartWithNoProductFactIsMarketConfusion() throws IOException {
    write("product/prd.md", """
        # PRD: Cindervale Runners 2.0

        ## Runner platforms

        Linux runners run every job in a fresh virtual machine.
        """);
    write("sales/battlecard.md", """
        # Battlecard

        macOS runners on Apple silicon are in beta today.
        """);
    write("marketing/blog.md", """
        # Cindervale 2.0

        macOS runners on Apple silicon are generally available from today.
        """);
    Report report = Launchlint.audit(kit);
    assertEquals(Stage.MARKET_CONFUSION, report.scores().stage(), report.findings().toString());
  }
}
