package dev.launchlint.corpus;

import dev.launchlint.corpus.Markup.Block;
import dev.launchlint.corpus.Markup.Break;
import dev.launchlint.corpus.Markup.Bullet;
import dev.launchlint.corpus.Markup.Heading;
import dev.launchlint.corpus.Markup.Paragraph;
import dev.launchlint.corpus.Markup.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Letter-size pages in Helvetica with wrapped lines, bold headings, hanging bullets and simple
 * column tables. Metadata and the document id are fixed so the bytes are reproducible.
 */
final class PdfWriter implements FormatWriter {

  private static final float MARGIN = 72;
  private static final float BODY = 11;

  @Override
  public byte[] write(String title, List<Block> blocks) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      Layout layout = new Layout(doc);
      for (Block b : blocks) {
        if (b instanceof Heading h) {
          float size = h.level() == 1 ? 20 : h.level() == 2 ? 15 : 12.5f;
          layout.gap(size * 0.6f);
          layout.text(h.text(), layout.bold, size);
          layout.gap(size * 0.3f);
        } else if (b instanceof Paragraph p) {
          layout.text(p.text(), layout.regular, BODY);
          layout.gap(BODY * 0.7f);
        } else if (b instanceof Bullet l) {
          layout.bullet(l.text(), layout.regular, BODY);
          layout.gap(BODY * 0.2f);
        } else if (b instanceof Table t) {
          layout.table(t);
          layout.gap(BODY * 0.8f);
        } else if (b instanceof Break) {
          layout.newPage();
        }
      }
      layout.close();
      PDDocumentInformation info = doc.getDocumentInformation();
      GregorianCalendar when = GregorianCalendar.from(Zips.FIXED_TIME);
      when.setTimeZone(TimeZone.getTimeZone("UTC"));
      info.setTitle(title);
      info.setAuthor("launchlint corpus");
      info.setCreator("launchlint KitGenerator");
      info.setProducer("Apache PDFBox");
      info.setCreationDate(when);
      info.setModificationDate(when);
      // the trailer /ID is a digest of this id and the info: fixed id, fixed bytes
      doc.setDocumentId(20260115L);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A cursor over pages: wraps text to the page width and starts new pages as needed. */
  private static final class Layout {
    final PDDocument doc;
    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    PDPageContentStream stream;
    float y;

    Layout(PDDocument doc) throws IOException {
      this.doc = doc;
      newPage();
    }

    void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.LETTER);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    void gap(float points) {
      y -= points;
    }

    void text(String text, PDFont font, float size) throws IOException {
      for (String line : wrap(safe(font, text), font, size, width)) {
        line(line, font, size, MARGIN);
      }
    }

    /** A bullet: the marker at the margin, the text wrapped with a hanging indent. */
    void bullet(String body, PDFont font, float size) throws IOException {
      String marker = "\u2022";
      float markerIndent = 8;
      float indent = markerIndent + 14;
      List<String> lines = wrap(safe(font, body), font, size, width - indent);
      for (int i = 0; i < lines.size(); i++) {
        ensure(size * 1.35f);
        if (i == 0) {
          show(marker, font, size, MARGIN + markerIndent, y - size);
        }
        show(lines.get(i), font, size, MARGIN + indent, y - size);
        y -= size * 1.35f;
      }
    }

    void table(Table t) throws IOException {
      int cols = Math.max(1, t.columns());
      float colWidth = width / cols;
      float size = 10;
      for (int r = 0; r < t.rows().size(); r++) {
        PDFont font = r == 0 ? bold : regular;
        List<String> row = t.rows().get(r);
        List<List<String>> cells = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cols; c++) {
          String text = c < row.size() ? row.get(c) : "";
          List<String> lines = wrap(safe(font, text), font, size, colWidth - 8);
          cells.add(lines);
          height = Math.max(height, lines.size());
        }
        ensure(height * size * 1.3f + 4);
        for (int c = 0; c < cols; c++) {
          List<String> lines = cells.get(c);
          for (int i = 0; i < lines.size(); i++) {
            show(lines.get(i), font, size, MARGIN + c * colWidth, y - size - i * size * 1.3f);
          }
        }
        y -= height * size * 1.3f + 4;
      }
    }

    private void line(String text, PDFont font, float size, float x) throws IOException {
      ensure(size * 1.35f);
      show(text, font, size, x, y - size);
      y -= size * 1.35f;
    }

    private void ensure(float height) throws IOException {
      if (y - height < MARGIN) {
        newPage();
      }
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(text);
      stream.endText();
    }

    void close() throws IOException {
      stream.close();
    }
  }

  static List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * size > max) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The standard fonts speak WinAnsi only: common typography is mapped, anything else becomes '?'. */
  static String safe(PDFont font, String text) throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String c = String.valueOf(text.charAt(i));
      if (c.equals("\u2192")) {
        c = "->";
      } else if (c.equals("\u2265")) {
        c = ">=";
      } else if (c.equals("\u2264")) {
        c = "<=";
      }
      try {
        font.encode(c);
        s.append(c);
      } catch (IllegalArgumentException e) {
        s.append('?');
      }
    }
    return s.toString();
  }
}
