package dev.launchlint.compare;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Claim;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the detectors need to know about a kit beyond its claims: which functions have material,
 * each function's whole text (to ask "does sales ever say X?"), and the unit a claim stands in.
 */
final class KitView {

  private static final Pattern NON_CONTENT_HEADING = Pattern.compile(
      "\\b(internal|known issues?|out of scope|non-goals?|risks?|open questions?|appendix|owners?|"
          + "changelog|faq|legal|disclaimer|contacts?|agenda|team|stakeholders?|timeline|"
          + "assumptions?|dependencies|glossary|references?)\\b",
      Pattern.CASE_INSENSITIVE);

  final AnalyzedKit kit;
  private final Map<BusinessFunction, String> text = new EnumMap<>(BusinessFunction.class);
  private final Map<BusinessFunction, List<TextUnit>> units = new EnumMap<>(BusinessFunction.class);
  /** Per document path, its units in index order: no key string per unit. */
  private final Map<String, List<TextUnit>> unitsByPath = new HashMap<>();
  private final Map<TextUnit, String> pathOf = new IdentityHashMap<>();
  /** Per table row, the first row of its run of table rows: a table's header, found once per row. */
  private final Map<TextUnit, TextUnit> tableHead = new IdentityHashMap<>();

  KitView(AnalyzedKit kit) {
    this.kit = kit;
    Map<BusinessFunction, StringBuilder> b = new EnumMap<>(BusinessFunction.class);
    for (ExtractedDocument d : kit.documents()) {
      if (d.function() == null || d.status() != DocumentStatus.PARSED && d.units().isEmpty()) {
        continue;
      }
      StringBuilder sb = b.computeIfAbsent(d.function(), f -> new StringBuilder());
      unitsByPath.put(d.path(), d.units());
      TextUnit head = null;
      TextUnit previous = null;
      for (TextUnit u : d.units()) {
        if (u.kind() != UnitKind.TABLE_ROW) {
          head = null;
        } else {
          if (head == null || previous == null || previous.index() != u.index() - 1) {
            head = u;
          }
          tableHead.put(u, head);
        }
        previous = u;
        sb.append(u.text()).append('\n');
        units.computeIfAbsent(d.function(), f -> new ArrayList<>()).add(u);
        pathOf.put(u, d.path());
      }
    }
    b.forEach((f, sb) -> text.put(f, Quotes.collapse(sb.toString()).toLowerCase(Locale.ROOT)));
  }

  boolean has(BusinessFunction f) {
    return text.containsKey(f);
  }

  Set<BusinessFunction> functions() {
    return text.keySet();
  }

  /** Whether the function's material mentions {@code phrase} anywhere (case-insensitive, as a word). */
  boolean mentions(BusinessFunction f, String phrase) {
    String t = text.get(f);
    if (t == null || phrase.isBlank()) {
      return false;
    }
    String p = Quotes.collapse(phrase).toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int at = t.indexOf(p, from);
      if (at < 0) {
        return false;
      }
      int end = at + p.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
      boolean endOk = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = at + 1;
    }
  }

  /** The path of the document a unit of this kit belongs to. */
  String path(TextUnit u) {
    return pathOf.get(u);
  }

  List<TextUnit> units(BusinessFunction f) {
    return units.getOrDefault(f, List.of());
  }

  /** The unit a claim was found in, or null if the analysis pointed at none. */
  TextUnit unit(Claim c) {
    List<TextUnit> of = unitsByPath.get(c.path());
    if (of == null) {
      return null;
    }
    int i = c.unitIndex();
    if (i < of.size() && of.get(i).index() == i) {
      return of.get(i);
    }
    int lo = 0;
    int hi = of.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int at = of.get(mid).index();
      if (at == i) {
        return of.get(mid);
      }
      if (at < i) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return null;
  }

  /**
   * The header of the table column in which {@code cell} stands in the claim's row: the first row
   * of the run of table rows the claim's row ends, at the same cell position ("Price per editor per
   * month" above "| Team | $19 |"). Null when the claim is no table row or the header says nothing.
   */
  String columnHeader(Claim c, String cell) {
    TextUnit u = unit(c);
    if (u == null || u.kind() != UnitKind.TABLE_ROW) {
      return null;
    }
    TextUnit header = tableHead.getOrDefault(u, u);
    if (header == u) {
      return null;
    }
    String[] cells = u.text().split(" \\| ");
    String[] heads = header.text().split(" \\| ");
    if (cells.length != heads.length) {
      return null;
    }
    for (int i = 0; i < cells.length; i++) {
      if (cells[i].contains(cell)) {
        return heads[i];
      }
    }
    return null;
  }

  boolean isHeading(Claim c) {
    TextUnit u = unit(c);
    return u != null && u.kind() == UnitKind.HEADING;
  }

  /** Claims under headings such as "Known issues" or "Out of scope" are not what is sold. */
  boolean underNonContentHeading(Claim c) {
    String h = c.location().heading();
    return h != null && NON_CONTENT_HEADING.matcher(h).find();
  }
}
