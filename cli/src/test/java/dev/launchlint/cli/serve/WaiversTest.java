package dev.launchlint.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.LaunchlintException;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.KitScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaiversTest {

  @TempDir Path kit;

  private static final Waivers.Waiver FIRST =
      new Waivers.Waiver("2411f1a0313aa336", "Legal signed off", "Dana \"DR\" Reyes", LocalDate.of(2027, 1, 31));
  private static final Waivers.Waiver SECOND =
      new Waivers.Waiver("a531d9f474706074", "Fixed in the next print run: 100%", "Sam", LocalDate.of(2027, 3, 1));

  @Test
  void aKitWithoutSettingsGetsALaunchlintYmlTheAuditStillReads() throws IOException {
    Files.createDirectories(kit.resolve("product"));
    Files.writeString(kit.resolve("product/spec.md"), "# Spec\n");
    Waivers.append(kit, FIRST);
    assertEquals(List.of(FIRST), Waivers.read(kit));
    assertEquals(BusinessFunction.PRODUCT, KitScanner.scan(kit).files().get(0).function(), "folders still say who wrote what");
    Waivers.append(kit, SECOND);
    assertEquals(List.of(FIRST, SECOND), Waivers.read(kit));
  }

  @Test
  void anExistingFileKeepsItsCommentsAndFunctions() throws IOException {
    String before = "# Ferrolake keeps its launch kit in team folders with their own names.\n"
        + "functions:\n  product: [\"engineering/**\"]\n  sales: [\"field-kit/**\"]  # the field team\n";
    Files.writeString(kit.resolve("launchlint.yml"), before);
    Waivers.append(kit, FIRST);
    String after = Files.readString(kit.resolve("launchlint.yml"));
    assertTrue(after.startsWith(before), after);
    assertEquals(List.of(FIRST), Waivers.read(kit));
    Files.writeString(kit.resolve("launchlint.yml"), after + "# trailing note\n");
    Waivers.append(kit, SECOND);
    assertEquals(List.of(FIRST, SECOND), Waivers.read(kit));
    assertTrue(Files.readString(kit.resolve("launchlint.yml")).contains("# trailing note"));
  }

  @Test
  void aWaiversBlockInTheMiddleTakesTheEntryAtItsEnd() {
    String text = "waivers:\n- {id: \"aaaa\", reason: \"r\", owner: \"o\", expires: \"2027-01-01\"}\n"
        + "functions:\n  product: [\"p/**\"]\n";
    String after = Waivers.appended(text, FIRST);
    assertTrue(after.endsWith("functions:\n  product: [\"p/**\"]\n"), after);
    assertTrue(after.contains("2027-01-01\"}\n" + FIRST.line() + "\nfunctions:"), after);
    assertEquals("waivers:\n" + FIRST.line() + "\n", Waivers.appended("waivers: []\n", FIRST));
  }

  @Test
  void aFileItCannotAddToSafelyIsLeftAlone() throws IOException {
    String odd = "functions: {product: [\"p/**\"]}\nwaivers: [{id: \"aaaa\", reason: \"r\", owner: \"o\", expires: \"2027-01-01\"}]\n";
    Files.writeString(kit.resolve("launchlint.yml"), odd);
    LaunchlintException e = assertThrows(LaunchlintException.class, () -> Waivers.append(kit, FIRST));
    assertTrue(e.getMessage().contains("add this line to its waivers: list by hand: - {id: \"2411f1a0313aa336\""), e.getMessage());
    assertEquals(odd, Files.readString(kit.resolve("launchlint.yml")));
  }

  @Test
  void anUploadedKitGetsAFileToDownload() {
    String file = Waivers.file(Map.of("pitch-deck.pptx", BusinessFunction.SALES, "spec[1].md", BusinessFunction.PRODUCT,
        "notes.txt", BusinessFunction.SALES), List.of(FIRST));
    assertEquals("# launchlint settings for this kit: put this file at the kit's root folder.\n"
        + "functions:\n  product: [\"spec\\\\[1\\\\].md\"]\n  sales: [\"notes.txt\", \"pitch-deck.pptx\"]\n"
        + "waivers:\n  - {id: \"2411f1a0313aa336\", reason: \"Legal signed off\", owner: \"Dana \\\"DR\\\" Reyes\","
        + " expires: \"2027-01-31\"}\n", file);
  }
}
