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
 * What a kit says is not there (a list under "Not supported", a figure in a denial, a name after
 * "except", the other stage of a sentence that gives two) agrees with the function that says the
 * same in other words; the same statements said as there still contradict. Small kits audited
 * through the real pipeline.
 */
class WhatIsNotThereTest {

  @TempDir
  Path root;

  private static List<Finding> contradictions(Path kit) {
    Report r = Launchlint.audit(kit);
    return r.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION).toList();
  }

  @Test
  void aListUnderANotSupportedHeadingDeniesWhatItLists() throws IOException {
    Path kit = root.resolve("heater");
    KitFiles.write(kit, "product/release-notes.md", """
        # HP65 firmware 1.0

        ## New in 1.0

        - Amazon Alexa and Google Home voice control.
        - Energy use history by day, week and month in the Tidewell Home app.

        ## Not supported

        - Apple Home. Matter support is planned for 2027.
        - 5 GHz Wi-Fi networks.
        """);
    KitFiles.write(kit, "sales/faq.md", """
        # HP65 customer FAQ

        ## Does it work with 5 GHz Wi-Fi?

        No, it connects to 2.4 GHz Wi-Fi networks only.

        ## Who it's not for

        - Homes without a 240 V circuit.
        - Shoppers who need Apple Home control today.
        """);
    assertEquals(List.of(), contradictions(kit));
  }

  /** The contradictions of a kit of one product statement and one statement of another function. */
  private List<Finding> contradictions(String name, String product, String otherPath, String other) throws IOException {
    Path kit = root.resolve(name);
    KitFiles.write(kit, "product/spec.md", "# Specification\n\n## Details\n\n" + product + "\n");
    KitFiles.write(kit, otherPath, "# Launch\n\n" + other + "\n");
    return contradictions(kit);
  }

  @Test
  void aFigureInADenialIsNotTheOfferingsValue() throws IOException {
    String sales = "The HP65 connects to 2.4 GHz Wi-Fi networks only.";
    assertEquals(List.of(), contradictions("denied", "The HP65 does not support 5 GHz Wi-Fi networks.", "sales/faq.md", sales));
    // the same figure stated as the offering's own still disagrees
    assertEquals(1, contradictions("stated", "The HP65 connects to 5 GHz Wi-Fi networks.", "sales/faq.md", sales).size());
  }

  @Test
  void aNameAfterExceptIsNotStatedAsThere() throws IOException {
    assertEquals(List.of(), contradictions("states", "Lend is not available to businesses in Nevada or North Dakota.",
        "marketing/page.md", "Available to US businesses in every state except Nevada and North Dakota."));
  }

  @Test
  void aSentenceWithTwoStagesAgreesWithEither() throws IOException {
    String product = "Tallyloom Offers for iOS and Android (beta, on request).";
    assertEquals(List.of(), contradictions("stages", product, "marketing/press.md",
        "Tallyloom Offers web components are generally available; iOS and Android components are in beta."));
    List<Finding> c = contradictions("sold", product, "marketing/press.md",
        "Tallyloom Offers for iOS and Android are generally available today.");
    assertEquals(1, c.size(), c.toString());
    assertTrue(c.get(0).summary().contains("beta"), c.get(0).summary());
  }
}
