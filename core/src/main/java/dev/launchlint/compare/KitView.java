package dev.launchlint.compare;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Claim;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.Arrays;
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
  /** Per function, where each word of its text starts (see {@link #mentions}); guarded by this. */
  private final Map<BusinessFunction, Map<String, int[]>> wordStarts = new EnumMap<>(BusinessFunction.class);
  private final Map<BusinessFunction, Integer> asked = new EnumMap<>(BusinessFunction.class);
  private static final int SCANS_BEFORE_INDEX = 16;
  private final Map<BusinessFunction, List<TextUnit>> units = new EnumMap<>(BusinessFunction.class);
  /** Per document path, its units in index order: no key string per unit. */
  private final Map<String, List<TextUnit>> unitsByPath = new HashMap<>();
  private final Map<TextUnit, String> pathOf = new IdentityHashMap<>();
  /** Per table row, the first row of its run of table rows: a table's header, found once per row. */
  private final Map<TextUnit, TextUnit> tableHead = new IdentityHashMap<>();

  KitView(AnalyzedKit kit) {
    this.kit = kit;
    Set<BusinessFunction> present = java.util.EnumSet.noneOf(BusinessFunction.class);
    for (ExtractedDocument d : kit.documents()) {
      if (d.function() == null || d.status() != DocumentStatus.PARSED && d.units().isEmpty()) {
        continue;
      }
      present.add(d.function());
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
        units.computeIfAbsent(d.function(), f -> new ArrayList<>()).add(u);
        pathOf.put(u, d.path());
      }
    }
    for (BusinessFunction f : present) {
      text.put(f, text(units(f)));
    }
  }

  /**
   * The units' texts one after another, whitespace collapsed, in lower case. Built at its final
   * size and separated by spaces, which collapsing would make of the line breaks anyway: a large
   * kit's function text is tens of megabytes, and each needless copy of it counts at the peak.
   */
  private static String text(List<TextUnit> units) {
    int length = 0;
    for (TextUnit u : units) {
      length += u.text().length() + 1;
    }
    StringBuilder sb = new StringBuilder(length);
    for (TextUnit u : units) {
      sb.append(u.text()).append(' ');
    }
    String joined = sb.toString();
    sb = null;
    return Quotes.collapse(joined).toLowerCase(Locale.ROOT);
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
    if (p.isEmpty() || !Character.isLetterOrDigit(p.charAt(0)) || !indexed(f)) {
      return scan(t, p);
    }
    // A match starts a word of the text, and that word is the phrase's first word (a letter or
    // digit after it would break the word boundary): only that word's places are looked at, not
    // the function's whole text, which grows with the kit, once per name asked about.
    int k = 1;
    while (k < p.length() && Character.isLetterOrDigit(p.charAt(k))) {
      k++;
    }
    int[] starts = wordsOf(f).get(p.substring(0, k));
    if (starts == null) {
      return false;
    }
    for (int at : starts) {
      if (t.startsWith(p, at) && wordEnds(t, at + p.length())) {
        return true;
      }
    }
    return false;
  }

  /** {@link #mentions} by reading the whole text: what the word index must agree with. */
  static boolean scan(String t, String p) {
    int from = 0;
    while (true) {
      int at = t.indexOf(p, from);
      if (at < 0) {
        return false;
      }
      int end = at + p.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
      if (startOk && wordEnds(t, end)) {
        return true;
      }
      from = at + 1;
    }
  }

  /**
   * Whether a function's text is asked about often enough to index its words: the first few
   * questions read the text, which costs less than an index a kit may never need.
   */
  private synchronized boolean indexed(BusinessFunction f) {
    return wordStarts.containsKey(f) || asked.merge(f, 1, Integer::sum) > SCANS_BEFORE_INDEX;
  }

  private static boolean wordEnds(String t, int end) {
    return end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
  }

  /** Per word (a run of letters and digits) of the function's text, where it starts; made on first use. */
  private synchronized Map<String, int[]> wordsOf(BusinessFunction f) {
    Map<String, int[]> words = wordStarts.get(f);
    if (words != null) {
      return words;
    }
    String t = text.get(f);
    Map<String, int[]> growing = new HashMap<>();
    int i = 0;
    while (i < t.length()) {
      if (!Character.isLetterOrDigit(t.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < t.length() && Character.isLetterOrDigit(t.charAt(i))) {
        i++;
      }
      // slot 0 counts the places
      String word = t.substring(start, i);
      int[] at = growing.computeIfAbsent(word, w -> new int[2]);
      if (at[0] + 1 == at.length) {
        at = Arrays.copyOf(at, at.length * 2);
        growing.put(word, at);
      }
      at[++at[0]] = start;
    }
    words = new HashMap<>(growing.size() * 2);
    for (Map.Entry<String, int[]> e : growing.entrySet()) {
      words.put(e.getKey(), Arrays.copyOfRange(e.getValue(), 1, e.getValue()[0] + 1));
    }
    wordStarts.put(f, words);
    return words;
  }

  /**
   * The units that follow {@code heading} in its document up to the next heading, at most {@code max}:
   * the section it heads.
   */
  List<TextUnit> section(TextUnit heading, int max) {
    List<TextUnit> of = unitsByPath.getOrDefault(pathOf.get(heading), List.of());
    List<TextUnit> out = new ArrayList<>();
    Integer slide = heading.location() == null ? null : heading.location().slide();
    for (int i = of.indexOf(heading) + 1; i > 0 && i < of.size() && out.size() < max; i++) {
      TextUnit u = of.get(i);
      if (u.kind() == UnitKind.HEADING || slide != null && !slide.equals(u.location().slide())) {
        break;
      }
      out.add(u);
    }
    return out;
  }

  /**
   * Whether {@code u} heads a section: a heading, or the first unit of a slide (its title, which
   * the extractor may give as a list item).
   */
  boolean heads(TextUnit u) {
    if (u.kind() == UnitKind.HEADING) {
      return true;
    }
    Integer slide = u.location() == null ? null : u.location().slide();
    if (slide == null) {
      return false;
    }
    List<TextUnit> of = unitsByPath.getOrDefault(pathOf.get(u), List.of());
    int i = of.indexOf(u);
    return i == 0 || i > 0 && !slide.equals(of.get(i - 1).location().slide());
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
    String[][] table = cellsUnderHeads(c);
    if (table == null) {
      return null;
    }
    String[] cells = table[0];
    String[] heads = table[1];
    for (int i = 0; i < cells.length; i++) {
      if (cells[i].contains(cell)) {
        return heads[i];
      }
    }
    return null;
  }

  /**
   * The cells of the claim's table row and, at the same positions, those of its table's first
   * row; null when the claim is no table row, heads its table, or has another number of cells.
   */
  private String[][] cellsUnderHeads(Claim c) {
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
    return cells.length == heads.length ? new String[][] {cells, heads} : null;
  }

  /** A column header that says it is another party's, whatever it names. */
  private static final Pattern OTHERS_HEADER = Pattern.compile(
      "\\b(?:competitors?|competition|rivals?|incumbents?|alternatives?)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Whether {@code cell} stands under another party's column of a comparison table: a header that
   * names, above the value columns, the offering in one column (a name product material uses) and
   * in another a name product material never uses, or says "competitor" ("Topic | Corrib Haul 2 |
   * Velomar Longo"). What such a column says ("Manual boost button") is the other party's, not
   * what the kit sells. A table whose columns are all the offering's (plans, editions) has none.
   */
  boolean othersColumn(Claim c, String cell) {
    String[][] table = has(BusinessFunction.PRODUCT) ? cellsUnderHeads(c) : null;
    if (table == null || table[0].length < 3) {
      return false;
    }
    String[] cells = table[0];
    String[] heads = table[1];
    int column = column(cells, cell.toLowerCase(Locale.ROOT));
    if (column < 0) {
      // a phrase read across cells ("automatic Manual boost button") is of the cell of its last word
      String[] words = cell.toLowerCase(Locale.ROOT).split("\\s+");
      column = column(cells, words[words.length - 1]);
    }
    if (column < 0 || !othersHeader(heads[column])) {
      return false;
    }
    for (int i = 1; i < heads.length; i++) {
      if (i != column && !othersHeader(heads[i]) && !names(heads[i]).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The one value cell (not the row's label) that holds {@code said}, or -1. */
  private static int column(String[] cells, String said) {
    int column = -1;
    for (int i = 1; i < cells.length; i++) {
      if (cells[i].toLowerCase(Locale.ROOT).contains(said)) {
        if (column >= 0) {
          return -1;
        }
        column = i;
      }
    }
    return column;
  }

  /** Whether a column header names another party: says so, or names only what product never does. */
  private boolean othersHeader(String head) {
    if (OTHERS_HEADER.matcher(head).find()) {
      return true;
    }
    List<String> names = names(head);
    return !names.isEmpty() && names.stream().noneMatch(n -> mentions(BusinessFunction.PRODUCT, n));
  }

  /** The capitalised words of a header cell, as names: "Corrib Haul 2" gives Corrib and Haul. */
  private static List<String> names(String head) {
    List<String> out = new ArrayList<>();
    for (String w : head.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
        out.add(w);
      }
    }
    return out;
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
