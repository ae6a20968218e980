package dev.launchlint.analyze;

import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.Location;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.List;

/** Builds extracted documents for tests: one unit a line, its kind given or paragraph. */
final class Docs {

  private Docs() {}

  static ExtractedDocument of(BusinessFunction function, String path, UnitKind kind, String... lines) {
    StringBuilder text = new StringBuilder();
    List<TextUnit> units = new ArrayList<>();
    for (String line : lines) {
      int start = text.length();
      text.append(line);
      units.add(new TextUnit(units.size(), kind, line.strip().replaceAll("\\s+", " "), start, text.length(),
          Location.NONE.withHeading("Test")));
      text.append('\n');
    }
    return new ExtractedDocument(path, function, "text/plain", DocumentStatus.PARSED, null, text.toString(), units, false);
  }

  static ExtractedDocument paragraphs(String... lines) {
    return of(BusinessFunction.PRODUCT, "product/spec.txt", UnitKind.PARAGRAPH, lines);
  }

  static ExtractedDocument bullets(String... lines) {
    return of(BusinessFunction.MARKETING, "marketing/deck.txt", UnitKind.LIST_ITEM, lines);
  }

  /** The claims of one paragraph. */
  static List<Claim> claims(String line) {
    return Analysis.english().claims(paragraphs(line));
  }

  static List<Claim> bulletClaims(String line) {
    return Analysis.english().claims(bullets(line));
  }
}
