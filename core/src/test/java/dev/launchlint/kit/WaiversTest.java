package dev.launchlint.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.LaunchlintException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversTest {

  private static final Waiver PRICE = Waiver.ofId("12da6d7bc6373aea", "e-mail \"v2\" goes out: after the change",
      "ana@example.com", LocalDate.of(2027, 1, 31));

  @Test
  void appendKeepsCommentsGlobsAndEarlierWaivers(@TempDir Path kit) throws Exception {
    String yml = """
        # who wrote what
        functions:
          product: ["specs/**"]   # engineering's folder
        waivers:
          # the old deck
          - id: "0ca7867c85b25275"
            reason: "deck retired"
            owner: li
            expires: 2027-03-01

        # end of file
        """;
    Files.writeString(kit.resolve("launchlint.yml"), yml);
    Path written = Waivers.append(kit, PRICE);
    assertEquals(kit.resolve("launchlint.yml"), written);
    String after = Files.readString(written);
    assertTrue(after.contains("# who wrote what") && after.contains("# engineering's folder")
        && after.contains("# end of file"), after);
    List<Waiver> waivers = Waivers.load(kit);
    assertEquals(2, waivers.size(), after);
    assertEquals(PRICE, waivers.get(1));
    assertEquals(java.util.Optional.of(BusinessFunction.PRODUCT), KitConfig.load(kit).functionOf("specs/a.md"));
    assertTrue(Files.list(kit).allMatch(p -> p.getFileName().toString().equals("launchlint.yml")), "no temporary file left");
  }

  @Test
  void appendCreatesTheConfigAndAddsToFlowLists(@TempDir Path kit) throws Exception {
    Waivers.append(kit, PRICE);
    assertEquals(List.of(PRICE), Waivers.load(kit));
    Waiver drift = new Waiver(null, "terminology-drift", "naming: smart routing",
        List.of(BusinessFunction.SALES, BusinessFunction.MARKETING), "rename ships in May", "li", LocalDate.of(2027, 5, 1));
    Files.writeString(kit.resolve("launchlint.yml"), "waivers: []\n");
    Waivers.append(kit, drift);
    assertEquals(List.of(drift), Waivers.load(kit));
    Waivers.append(kit, PRICE);
    assertEquals(List.of(drift, PRICE), Waivers.load(kit));
  }

  @Test
  void malformedWaiverNamesItsPositionAndField(@TempDir Path kit) throws Exception {
    Files.writeString(kit.resolve("launchlint.yml"),
        "waivers:\n  - {id: a1, reason: r, owner: o, expires: 2027-01-31}\n  - {id: b2, reason: r, owner: o, expires: soon}\n");
    LaunchlintException e = assertThrows(LaunchlintException.class, () -> Waivers.load(kit));
    assertEquals("launchlint.yml: waiver 2: 'expires' must be a date YYYY-MM-DD, not 'soon'", e.getMessage());
    Files.writeString(kit.resolve("launchlint.yml"), "waivers:\n  - {id: a1, owner: o, expires: 2027-01-31}\n");
    e = assertThrows(LaunchlintException.class, () -> Waivers.load(kit));
    assertEquals("launchlint.yml: waiver 1: a waiver needs a reason", e.getMessage());
  }

  @Test
  void aWaiverStopsApplyingOnItsExpiryDay() {
    assertTrue(PRICE.activeOn(LocalDate.of(2027, 1, 30)));
    assertTrue(!PRICE.activeOn(LocalDate.of(2027, 1, 31)));
  }
}
