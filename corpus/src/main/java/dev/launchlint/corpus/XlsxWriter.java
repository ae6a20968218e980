package dev.launchlint.corpus;

import dev.launchlint.corpus.Markup.Block;
import dev.launchlint.corpus.Markup.SheetStart;
import dev.launchlint.corpus.Markup.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks: {@code ## Sheet: name} starts a sheet, each table row is a row with one cell per
 * column (plain numbers as numeric cells), other blocks are one-cell rows (titles, footnotes).
 */
final class XlsxWriter implements FormatWriter {

  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}(\\.\\d{1,4})?");

  @Override
  public byte[] write(String title, List<Block> blocks) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Font boldFont = wb.createFont();
      boldFont.setBold(true);
      CellStyle bold = wb.createCellStyle();
      bold.setFont(boldFont);
      Sheet sheet = null;
      int rowNum = 0;
      Map<Sheet, int[]> widths = new HashMap<>();
      for (Block b : blocks) {
        if (b instanceof SheetStart s) {
          sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(s.name()));
          rowNum = 0;
          continue;
        }
        if (sheet == null) {
          sheet = wb.createSheet("Sheet1");
        }
        int[] w = widths.computeIfAbsent(sheet, k -> new int[32]);
        if (b instanceof Table t) {
          for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(rowNum++);
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
              Cell cell = row.createCell(c);
              String text = cells.get(c);
              if (r > 0 && NUMBER.matcher(text).matches()) {
                cell.setCellValue(Double.parseDouble(text));
              } else {
                cell.setCellValue(text);
              }
              if (r == 0) {
                cell.setCellStyle(bold);
              }
              w[Math.min(c, 31)] = Math.max(w[Math.min(c, 31)], text.length());
            }
          }
          rowNum++;
        } else {
          String text = Markup.plain(b);
          if (!text.isEmpty()) {
            Cell cell = sheet.createRow(rowNum++).createCell(0);
            cell.setCellValue(text);
            if (b instanceof Markup.Heading) {
              cell.setCellStyle(bold);
            }
          }
        }
      }
      if (sheet == null) {
        wb.createSheet("Sheet1");
      }
      widths.forEach((s, w) -> {
        for (int c = 0; c < w.length; c++) {
          if (w[c] > 0) {
            s.setColumnWidth(c, Math.min(255, w[c] + 3) * 256);
          }
        }
      });
      POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
      core.setTitle(title);
      core.setCreator("launchlint corpus");
      core.setCreated(Optional.of(Zips.fixedDate()));
      core.setModified(Optional.of(Zips.fixedDate()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return Zips.normalize(out.toByteArray());
    }
  }
}
