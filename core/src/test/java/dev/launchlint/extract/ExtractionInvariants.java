package dev.launchlint.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitFile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The invariants every extraction keeps, whatever the input: one status per file, a one-line
 * reason when not parsed, units in order with offsets that never go backwards, stay inside the
 * text and quote it exactly. Shared by the extraction, hostile-input and fuzz tests.
 */
public final class ExtractionInvariants {

  private ExtractionInvariants() {}

  /** Checks one document; {@code maxChars} is the limit it was extracted under. */
  public static void check(ExtractedDocument doc, int maxChars) {
    assertNotNull(doc.status(), "status of " + doc.path());
    String where = doc.path() + " (" + doc.status().id() + ")";
    if (doc.status() != DocumentStatus.PARSED) {
      assertNotNull(doc.error(), "a reason for " + where);
      assertFalse(doc.error().isBlank(), "a reason for " + where);
      assertTrue(doc.units().isEmpty(), "no units for " + where);
    } else {
      assertFalse(doc.units().isEmpty(), "a parsed document has units: " + where);
    }
    if (doc.error() != null) {
      assertFalse(doc.error().contains("\n") || doc.error().contains("\r"), "one-line reason: " + doc.error());
      assertTrue(doc.error().length() <= 200, "short reason: " + doc.error());
    }
    assertTrue(doc.text().length() <= maxChars, "text within the limit for " + where);
    int previousEnd = 0;
    for (int i = 0; i < doc.units().size(); i++) {
      TextUnit u = doc.units().get(i);
      assertEquals(i, u.index(), "unit index in " + where);
      assertTrue(u.start() >= previousEnd, "offsets never go backwards in " + where + " at unit " + i);
      assertTrue(u.end() <= doc.text().length(), "unit inside the text in " + where + " at unit " + i);
      assertTrue(u.end() > u.start(), "unit not empty in " + where + " at unit " + i);
      assertEquals(doc.text().substring(u.start(), u.end()), u.text(), "unit quotes the text in " + where);
      assertFalse(u.text().isBlank(), "unit has text in " + where);
      assertFalse(u.text().contains("\n"), "whitespace collapsed in " + where);
      assertEquals(u.text().strip(), u.text(), "unit trimmed in " + where);
      previousEnd = u.end();
    }
    if (doc.truncated()) {
      assertEquals(DocumentStatus.PARSED, doc.status(), "only parsed text is cut: " + where);
      assertNotNull(doc.error(), "a cut is noted: " + where);
    }
  }

  /** Checks that every file of the kit has exactly one document, and each document on its own. */
  public static void checkKit(Kit kit, List<ExtractedDocument> docs, int maxChars) {
    Map<String, ExtractedDocument> byPath = docs.stream()
        .collect(Collectors.toMap(ExtractedDocument::path, Function.identity(), (a, b) -> fail("two documents for " + a.path())));
    assertEquals(kit.files().size(), docs.size(), "one document per file");
    for (KitFile f : kit.files()) {
      ExtractedDocument doc = byPath.get(f.path());
      assertNotNull(doc, "a document for " + f.path());
      assertEquals(f.function(), doc.function(), "function kept for " + f.path());
      check(doc, maxChars);
    }
  }
}
