package dev.launchlint.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Builds real office files in tests with POI, PDFBox and plain ZIP/XML writing. */
final class TestDocuments {

  private TestDocuments() {}

  /** A PDF with one page per string; each page's lines are drawn top-down. */
  static byte[] pdf(List<List<String>> pages, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = 700;
          for (String line : lines) {
            cs.beginText();
            cs.setFont(font, 12);
            cs.newLineAtOffset(72, y);
            cs.showText(line);
            cs.endText();
            y -= 40;
          }
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A DOCX: "#text" lines are Heading 1, "- text" lines list paragraphs, "|a|b" lines one table row each. */
  static byte[] docx(List<String> lines) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFStyles styles = doc.createStyles();
      addStyle(styles, "Heading1", "heading 1");
      addStyle(styles, "ListParagraph", "List Paragraph");
      XWPFTable table = null;
      for (String line : lines) {
        if (line.startsWith("|")) {
          String[] cells = line.substring(1).split("\\|");
          if (table == null) {
            table = doc.createTable(1, cells.length);
            fill(table.getRow(0), cells);
          } else {
            fill(table.createRow(), cells);
          }
          continue;
        }
        table = null;
        XWPFParagraph p = doc.createParagraph();
        if (line.startsWith("#")) {
          p.setStyle("Heading1");
          p.createRun().setText(line.substring(1));
        } else if (line.startsWith("- ")) {
          p.setStyle("ListParagraph");
          p.createRun().setText(line.substring(2));
        } else {
          p.createRun().setText(line);
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void fill(org.apache.poi.xwpf.usermodel.XWPFTableRow row, String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      row.getCell(i).setText(cells[i]);
    }
  }

  private static void addStyle(XWPFStyles styles, String id, String name) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.addNewName().setVal(name);
    ct.setType(STStyleType.PARAGRAPH);
    styles.addStyle(new XWPFStyle(ct));
  }

  /** A PPTX: each slide is a list of bullets, with optional speaker notes. */
  static byte[] pptx(List<List<String>> slides, List<String> notes) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 0; i < slides.size(); i++) {
        XSLFSlide slide = show.createSlide();
        XSLFTextBox box = slide.createTextBox();
        box.clearText();
        for (String bullet : slides.get(i)) {
          XSLFTextParagraph p = box.addNewTextParagraph();
          p.setBullet(true);
          p.addNewTextRun().setText(bullet);
        }
        if (notes.get(i) != null) {
          XSLFNotes n = show.getNotesSlide(slide);
          for (XSLFTextShape shape : n.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
              shape.setText(notes.get(i));
            }
          }
        }
      }
      show.write(out);
      return out.toByteArray();
    }
  }

  /** A PPT (binary PowerPoint): one text box per slide. */
  static byte[] ppt(List<String> slides) throws IOException {
    try (HSLFSlideShow show = new HSLFSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String text : slides) {
        HSLFSlide slide = show.createSlide();
        HSLFTextBox box = slide.createTextBox();
        box.setText(text);
        box.setAnchor(new java.awt.Rectangle(50, 50, 400, 100));
        slide.addShape(box);
      }
      show.write(out);
      return out.toByteArray();
    }
  }

  /** A workbook with one sheet; {@code rows[i]} goes to the 0-based row {@code rowIndexes[i]}. */
  static byte[] workbook(boolean xlsx, String sheetName, int[] rowIndexes, String[][] rows) throws IOException {
    try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet(sheetName);
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(rowIndexes[i]);
        for (int c = 0; c < rows[i].length; c++) {
          row.createCell(c).setCellValue(rows[i][c]);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** Encrypts an OOXML file with a password (agile encryption), as Office does. */
  static byte[] encryptOoxml(byte[] ooxml, String password) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword(password);
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(ooxml);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** An OpenDocument file: a ZIP with the mimetype first, stored, and the given content.xml body. */
  static byte[] openDocument(String mimeType, String officeBody) throws IOException {
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
        + " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\""
        + " office:version=\"1.2\"><office:body>" + officeBody + "</office:body></office:document-content>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimeType + "\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mime = mimeType.getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mime);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  static Path write(Path dir, String relative, byte[] bytes) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }
}
