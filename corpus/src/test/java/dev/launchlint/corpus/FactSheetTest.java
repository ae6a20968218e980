package dev.launchlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.Launchlint;
import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.SheetDraft;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kit's fact sheet checked against every document of a copy of a corpus kit. */
class FactSheetTest {

  @Test
  void aPriceRowThatOneDocumentContradictsIsAContradictionQuotingTheRowAndItsOwner(@TempDir Path dir) throws IOException {
    Path kit = StableIdsTest.copy(CorpusKits.kits().resolve("sample"), dir.resolve("sample"));
    Report without = Launchlint.audit(kit, StableIdsTest.OPTIONS);
    Files.writeString(kit.resolve("facts.yml"), """
        facts:
          - fact: Business plan price
            value: $45 per editor per month, billed annually
            plan: Business
            owner: Ana (pricing)
          - {fact: Routing feature, value: Smart Routing, names: [Smart Routing], avoid: [Auto-Assign], owner: Mia}
          - {fact: Offline capacity, value: "up to 200 submissions without a connection", owner: Raj}
        """);
    Report with = Launchlint.audit(kit, StableIdsTest.OPTIONS);
    Finding price = one(with, FindingType.CONTRADICTION, "facts.yml");
    Evidence row = price.evidence().stream().filter(e -> e.path().equals("facts.yml")).findFirst().orElseThrow();
    assertEquals(1, row.location().row());
    assertTrue(row.text().contains("$45 per editor per month"), row.text());
    assertTrue(price.evidence().stream().anyMatch(e -> e.text().contains("$39")), price.evidence().toString());
    assertTrue(price.summary().contains("owner Ana (pricing)"), price.summary());

    Finding name = one(with, FindingType.TERMINOLOGY_DRIFT, "facts.yml");
    assertTrue(name.summary().contains("Auto-Assign") && name.summary().contains("owner Mia"), name.summary());
    assertEquals(3, with.sheet().facts());
    assertEquals(List.of(1, 3), with.sheet().unstated().stream().map(f -> f.row()).toList(),
        "no customer-facing document gives $45 or the offline capacity");
    assertTrue(with.documents().stream().noneMatch(d -> d.path().startsWith("facts")), "the sheet is no document");
    assertEquals(without.documents(), with.documents());
  }

  @Test
  void aMalformedSheetIsOneLineAndTheAuditGoesOnWithoutIt(@TempDir Path dir) throws IOException {
    Path kit = StableIdsTest.copy(CorpusKits.kits().resolve("sample"), dir.resolve("sample"));
    Report without = Launchlint.audit(kit, StableIdsTest.OPTIONS);
    Files.createDirectories(kit.resolve("strategy"));
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(kit.resolve("strategy/facts.xlsx"))) {
      Sheet sheet = book.createSheet("Facts");
      String[][] cells = {{"fact", "value", "owner"}, {"Business plan price", "$45 per editor per month", "Ana"},
          {"Team plan price", "", "Ana"}};
      for (int r = 0; r < cells.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      book.write(out);
    }
    Report bad = Launchlint.audit(kit, StableIdsTest.OPTIONS);
    assertEquals(List.of("strategy/facts.xlsx: row 3, column value: empty; every row says what is true;"
        + " audited without the fact sheet"), bad.sheet().problems());
    assertEquals(ids(without), ids(bad));
  }

  @Test
  void theDraftedSheetRoundTrips(@TempDir Path dir) throws IOException {
    Path kit = StableIdsTest.copy(CorpusKits.kits().resolve("sample"), dir.resolve("sample"));
    Report before = Launchlint.audit(kit, StableIdsTest.OPTIONS);
    SheetDraft draft = Launchlint.draftFacts(kit, StableIdsTest.OPTIONS);
    assertTrue(draft.rows().stream().anyMatch(r -> r.value().contains("99.9%")), draft.toYaml());
    assertTrue(draft.rows().stream().filter(r -> !r.decide().isEmpty()).count() >= 3,
        "every contradiction of the kit is there to decide: " + draft.toYaml());
    Files.writeString(kit.resolve("facts.yml"), draft.toYaml());
    Report after = Launchlint.audit(kit, StableIdsTest.OPTIONS);
    assertEquals(List.of(), after.sheet().problems());
    // only the disagreements remain: the same findings by type and attribute, none new
    assertEquals(kinds(before), kinds(after), "auditing with the draft adds no finding");
    assertEquals(ids(before), ids(after), "a disagreement the sheet joins keeps its id: nothing looks new");
    assertTrue(after.findings().stream().anyMatch(f -> f.evidence().stream().anyMatch(e -> e.path().equals("facts.yml"))),
        "the sheet's rows join the disagreements they take part in");
  }

  private static Finding one(Report r, FindingType type, String path) {
    List<Finding> hits = r.findings().stream().filter(f -> f.type() == type)
        .filter(f -> f.evidence().stream().anyMatch(e -> e.path().equals(path))).toList();
    assertEquals(1, hits.size(), hits.toString());
    return hits.get(0);
  }

  private static Set<String> ids(Report r) {
    return r.findings().stream().map(Finding::id).collect(Collectors.toSet());
  }

  private static List<String> kinds(Report r) {
    return r.findings().stream().map(f -> f.type().id() + " " + f.attribute()).sorted().toList();
  }
}
