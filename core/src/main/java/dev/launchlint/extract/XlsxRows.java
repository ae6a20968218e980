package dev.launchlint.extract;

import java.io.File;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads XLSX rows with their true sheet row numbers. Tika's XLSX output leaves empty rows out (and
 * pads them wrongly when asked to keep them), so a pricing row below a blank line would be
 * reported on the wrong row; this streams each sheet with POI's event API instead, which gives
 * the row number of every cell. Streaming keeps memory flat; the package is opened read-only
 * through POI's zip-bomb checks, and POI's XML reader refuses DTDs.
 *
 * <p>Thread-safe: stateless; each call has its own handlers.
 */
final class XlsxRows {

  private XlsxRows() {}

  /** Signals the character limit from inside POI's callbacks. */
  static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super("character limit", null, false, false);
    }
  }

  static void collect(File file, UnitCollector out, BooleanSupplier cancelled) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      // cell formats are written in Excel's own notation; ROOT keeps the output the same on every machine
      DataFormatter formatter = new DataFormatter(Locale.ROOT);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          Rows rows = new Rows(UnitCollector.label(sheets.getSheetName()), out, cancelled);
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, formatter, false));
          xml.parse(new InputSource(sheet));
        }
      }
    }
  }

  /** Collects one sheet: a unit per non-empty row. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final String sheet;
    private final UnitCollector out;
    private final BooleanSupplier cancelled;
    private final StringBuilder row = new StringBuilder();
    private int cells;

    Rows(String sheet, UnitCollector out, BooleanSupplier cancelled) {
      this.sheet = sheet;
      this.out = out;
      this.cancelled = cancelled;
    }

    @Override
    public void startRow(int rowNum) {
      if (cancelled.getAsBoolean()) {
        throw new StructureHandler.CancelledParse();
      }
      row.setLength(0);
      cells = 0;
    }

    @Override
    public void endRow(int rowNum) {
      Location at = new Location(null, null, sheet, rowNum + 1, null, false);
      if (!out.add(cells > 1 ? UnitKind.TABLE_ROW : UnitKind.TABLE_CELL, row, at)) {
        throw new LimitReached();
      }
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      String value = formattedValue == null ? "" : UnitCollector.collapse(formattedValue);
      if (value.isEmpty()) {
        return;
      }
      if (cells > 0) {
        row.append(" | ");
      }
      row.append(value);
      cells++;
      if (out.wouldOverflow(row.length())) {
        throw new LimitReached();
      }
    }

    @Override
    public void headerFooter(String text, boolean isHeader, String tagName) {
      // page headers and footers repeat boilerplate
    }
  }

  static boolean handles(String baseType) {
    return baseType.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        || baseType.equals("application/vnd.ms-excel.sheet.macroenabled.12");
  }
}
