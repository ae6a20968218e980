package dev.launchlint.compare;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A kit's fact sheet: what a team has written down as true, one {@link SheetFact} per row. It is
 * {@code facts.yml} ({@code .yaml}), {@code facts.csv} or {@code facts.xlsx}, at the kit root or in
 * {@code strategy/}, the first found in that order. YAML holds a top-level {@code facts:} list of
 * maps; CSV and XLSX (first sheet) one fact per row under a header row; both with the keys
 * {@code fact}, {@code value} (required), {@code plan}, {@code names}, {@code avoid} (lists; in a
 * cell separated by {@code ;} or {@code ,}), {@code owner}, {@code note}.
 *
 * <p>A malformed sheet is no sheet: {@link #problems()} holds one line naming the file, the row and
 * the column, and {@link #facts()} is empty, so the audit goes on without it. Reads only; never
 * writes into the kit. Immutable.
 *
 * @param path the sheet's kit-relative path, or null when the kit has none
 */
public record FactSheet(String path, List<SheetFact> facts, List<String> problems) {

  /** Where a sheet may stand, in the order looked for. */
  public static final List<String> PLACES = dev.launchlint.kit.KitScanner.FACT_SHEETS;

  /** The columns a sheet may have. */
  static final Set<String> COLUMNS = Set.of("fact", "value", "plan", "names", "avoid", "owner", "note", "decide",
      "source", "sources");

  private static final long MAX_BYTES = 4L * 1024 * 1024;
  private static final int MAX_ROWS = 5_000;

  public static final FactSheet NONE = new FactSheet(null, List.of(), List.of());

  public FactSheet {
    facts = List.copyOf(facts);
    problems = List.copyOf(problems);
  }

  /** Whether {@code relativePath} (kit-relative, {@code /}-separated) names a fact sheet's place. */
  public static boolean isSheetPath(String relativePath) {
    return PLACES.contains(relativePath);
  }

  /** The kit's fact sheet, {@link #NONE} when it has none. Never throws for a bad sheet: see {@link #problems()}. */
  public static FactSheet find(Path kitRoot) {
    for (String place : PLACES) {
      Path file = kitRoot.resolve(place);
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return read(file, place);
      }
    }
    return NONE;
  }

  /** Reads the sheet at {@code file}, named {@code path} in messages and evidence. */
  public static FactSheet read(Path file, String path) {
    List<SheetFact> facts = new ArrayList<>();
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new Malformed("larger than 4 MiB");
      }
      String lower = path.toLowerCase(Locale.ROOT);
      List<Map<String, String>> rows;
      int firstRow;
      if (lower.endsWith(".csv")) {
        rows = csv(Files.readString(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
        firstRow = 2;
      } else if (lower.endsWith(".xlsx")) {
        rows = xlsx(file);
        firstRow = 2;
      } else {
        rows = yaml(file);
        firstRow = 1;
      }
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i) == null) {
          continue;
        }
        facts.add(fact(rows.get(i), i + firstRow, lower.endsWith(".yml") || lower.endsWith(".yaml") ? "item" : "row"));
      }
      return new FactSheet(path, facts, List.of());
    } catch (Malformed e) {
      return new FactSheet(path, List.of(), List.of(path + ": " + e.getMessage() + "; audited without the fact sheet"));
    } catch (IOException | RuntimeException e) {
      return new FactSheet(path, List.of(), List.of(path + ": cannot be read (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + "); audited without the fact sheet"));
    }
  }

  private static SheetFact fact(Map<String, String> row, int n, String unit) throws Malformed {
    for (String key : row.keySet()) {
      if (!COLUMNS.contains(key)) {
        throw new Malformed(unit + " " + n + ", column " + key + ": unknown column; use fact, value, plan, names,"
            + " avoid, owner, note");
      }
    }
    String fact = blankToNull(row.get("fact"));
    String value = blankToNull(row.get("value"));
    if (fact == null) {
      throw new Malformed(unit + " " + n + ", column fact: empty; every row says what it is about");
    }
    if (value == null) {
      throw new Malformed(unit + " " + n + ", column value: empty; every row says what is true");
    }
    return new SheetFact(n, fact, value, blankToNull(row.get("plan")), list(row.get("names")), list(row.get("avoid")),
        blankToNull(row.get("owner")), blankToNull(row.get("note")));
  }

  private static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    if (cell == null) {
      return out;
    }
    for (String part : cell.split("[;,\\n]")) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }

  private static List<Map<String, String>> yaml(Path file) throws IOException, Malformed {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
      throw new Malformed(where + "not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    }
    JsonNode list = root == null ? null : root.get("facts");
    if (list == null || !list.isArray()) {
      throw new Malformed("expected a top-level 'facts:' list, e.g. facts: [{fact: Pro plan price, value: $49 per user per month}]");
    }
    List<Map<String, String>> rows = new ArrayList<>();
    int n = 0;
    for (JsonNode item : list) {
      n++;
      if (!item.isObject()) {
        throw new Malformed("item " + n + ": expected a map with fact and value");
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : item.properties()) {
        JsonNode v = e.getValue();
        String key = e.getKey().strip().toLowerCase(Locale.ROOT);
        if (v.isArray()) {
          List<String> parts = new ArrayList<>();
          for (JsonNode x : v) {
            if (x.isContainerNode()) {
              throw new Malformed("item " + n + ", column " + key + ": expected a list of names");
            }
            parts.add(x.asText().replace(";", " "));
          }
          row.put(key, String.join(";", parts));
        } else if (v.isObject()) {
          throw new Malformed("item " + n + ", column " + key + ": expected text, not a map");
        } else if (!v.isNull()) {
          row.put(key, v.asText());
        }
      }
      rows.add(row);
      if (rows.size() > MAX_ROWS) {
        throw new Malformed("more than " + MAX_ROWS + " facts");
      }
    }
    return rows;
  }

  /** RFC 4180: fields separated by commas (or semicolons, when the header has no comma), quotes doubled. */
  static List<Map<String, String>> csv(String text) throws Malformed {
    List<List<String>> records = new ArrayList<>();
    String firstLine = text.lines().findFirst().orElse("");
    char sep = !firstLine.contains(",") && firstLine.contains(";") ? ';' : ',';
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == sep) {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        line++;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new Malformed("row " + line + ": a quoted field is never closed");
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return table(records);
  }

  private static List<Map<String, String>> xlsx(Path file) throws IOException, Malformed {
    List<List<String>> records = new ArrayList<>();
    DataFormatter format = new DataFormatter(Locale.ROOT);
    try (Workbook book = WorkbookFactory.create(file.toFile(), null, true)) {
      if (book.getNumberOfSheets() == 0) {
        throw new Malformed("the workbook has no sheet");
      }
      Sheet sheet = book.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum() && r <= MAX_ROWS; r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : format.formatCellValue(cell));
          }
        }
        records.add(cells);
      }
    }
    return table(records);
  }

  /** Rows as maps from the header's lower-case names; blank rows are skipped but keep their numbers. */
  private static List<Map<String, String>> table(List<List<String>> records) throws Malformed {
    if (records.isEmpty()) {
      throw new Malformed("row 1: no header row (fact, value, plan, names, avoid, owner, note)");
    }
    List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    for (int c = 0; c < header.size(); c++) {
      if (!header.get(c).isEmpty() && !COLUMNS.contains(header.get(c))) {
        throw new Malformed("row 1, column " + column(c) + ": unknown column '" + header.get(c)
            + "'; use fact, value, plan, names, avoid, owner, note");
      }
    }
    if (!header.contains("fact") || !header.contains("value")) {
      throw new Malformed("row 1: the header needs the columns fact and value");
    }
    if (records.size() > MAX_ROWS + 1) {
      throw new Malformed("more than " + MAX_ROWS + " facts");
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> cells = records.get(r);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < cells.size(); c++) {
        if (c >= header.size() || header.get(c).isEmpty()) {
          if (!cells.get(c).isBlank()) {
            throw new Malformed("row " + (r + 1) + ", column " + column(c) + ": a value under no header");
          }
          continue;
        }
        row.put(header.get(c), cells.get(c));
      }
      if (row.values().stream().allMatch(String::isBlank)) {
        rows.add(null);
        continue;
      }
      rows.add(row);
    }
    return rows; // blank rows are null: the rows after them keep the numbers a spreadsheet shows
  }

  /** A spreadsheet column's letters: 0 is A, 26 is AA. */
  static String column(int index) {
    StringBuilder b = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      b.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return b.toString();
  }

  /** The sheet's facts by their row numbers. */
  public Optional<SheetFact> row(int n) {
    return facts.stream().filter(f -> f.row() == n).findFirst();
  }

  private static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }
}
