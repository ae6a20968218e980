package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.UnitKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work prepared document by document, in any order, changes nothing the comparison finds. */
class PreparationTest {

  private static AnalyzedKit kit() {
    return new KitBuilder()
        .unit("strategy/brief.md", UnitKind.HEADING, "Lead message")
        .unit("strategy/brief.md", UnitKind.PARAGRAPH, "Lead with faster month-end close for finance teams.")
        .unit("strategy/brief.md", UnitKind.LIST_ITEM, "Automatic bank reconciliation")
        .unit("strategy/brief.md", UnitKind.LIST_ITEM, "Audit-ready exports")
        .claim("product/spec.md", "Smart Routing sends each invoice to the approver of its cost centre.").add()
        .claim("product/spec.md", "Ledgerly reconciles bank feeds and invoices automatically every night.").add()
        .claim("product/spec.md", "Audit trails keep every change for seven years.").add()
        .unit("product/spec.md", UnitKind.PARAGRAPH, "Smart Routing sends each invoice to the approver of its cost centre.")
        .claim("marketing/landing.md", "Auto-Approve sends each invoice to the approver of its cost centre.").add()
        .claim("marketing/landing.md", "Ledgerly reconciles your bank feeds while you sleep.").add()
        .unit("marketing/landing.md", UnitKind.HEADING, "Close the month in days, not weeks")
        .claim("sales/deck.md", "Auto-Approve routes each invoice to the approver of its cost centre.").add()
        .claim("sales/deck.md", "Cheapest tool on the market, guaranteed.").add()
        .build();
  }

  @Test
  void preparedInAnyOrderAlignsAsUnprepared() {
    AnalyzedKit kit = kit();
    Comparison comparison = Comparison.standard();
    Comparison.Result alone = comparison.align(kit);
    List<ExtractedDocument> backwards = new ArrayList<>(kit.documents());
    Collections.reverse(backwards);
    Comparison.Preparation prepared = comparison.prepare();
    backwards.forEach(prepared::read);
    Comparison.Result together = comparison.align(kit, prepared);
    assertFalse(alone.findings().isEmpty() && alone.pillars().isEmpty(), "the kit must give the themes something to do");
    assertEquals(alone, together);
    // a preparation that holds nothing, or holds only some documents, gives the same too
    Comparison.Preparation some = comparison.prepare();
    some.read(kit.documents().get(0));
    assertEquals(alone, comparison.align(kit, some));
    assertEquals(alone, comparison.align(kit, Comparison.Preparation.NONE));
  }
}
