package dev.launchlint.corpus;

import dev.launchlint.corpus.Markup.Block;
import dev.launchlint.corpus.Markup.Bullet;
import dev.launchlint.corpus.Markup.Heading;
import dev.launchlint.corpus.Markup.Table;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Decks from the default template: title and bulleted body per slide, tables, speaker notes. */
final class PptxWriter implements FormatWriter {

  @Override
  public byte[] write(String title, List<Block> blocks) throws IOException {
    try (XMLSlideShow ppt = new XMLSlideShow()) {
      ppt.setPageSize(new Dimension(960, 540));
      XSLFSlideLayout layout = ppt.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_AND_CONTENT);
      for (Slide s : Slide.of(blocks)) {
        XSLFSlide slide = ppt.createSlide(layout);
        XSLFTextShape titleShape = slide.getPlaceholder(0);
        titleShape.setText(s.title());
        titleShape.setAnchor(new Rectangle(40, 20, 880, 70));
        XSLFTextShape body = slide.getPlaceholder(1);
        body.clearText();
        Table table = null;
        boolean any = false;
        for (Block b : s.body()) {
          if (b instanceof Table t) {
            table = t;
            continue;
          }
          XSLFTextParagraph p = body.addNewTextParagraph();
          p.setBullet(b instanceof Bullet);
          XSLFTextRun run = p.addNewTextRun();
          run.setText(Markup.plain(b));
          if (b instanceof Heading) {
            run.setBold(true);
          }
          any = true;
        }
        body.setAnchor(new Rectangle(40, 100, 880, table == null ? 400 : 180));
        if (!any) {
          slide.removeShape(body);
        }
        if (table != null) {
          addTable(slide, table, any ? 290 : 100);
        }
        if (!s.notes().isEmpty()) {
          XSLFNotes notes = ppt.getNotesSlide(slide);
          for (XSLFTextShape shape : notes.getPlaceholders()) {
            Placeholder type = shape.getTextType();
            if (type == Placeholder.BODY) {
              shape.setText(s.notesText());
            } else if (type == Placeholder.DATETIME || type == Placeholder.SLIDE_NUMBER
                || type == Placeholder.HEADER || type == Placeholder.FOOTER) {
              // the template's sample date and page field would read as content
              notes.removeShape(shape);
            }
          }
        }
      }
      POIXMLProperties.CoreProperties core = ppt.getProperties().getCoreProperties();
      core.setTitle(title);
      core.setCreator("launchlint corpus");
      core.setCreated(Optional.of(Zips.fixedDate()));
      core.setModified(Optional.of(Zips.fixedDate()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ppt.write(out);
      return Zips.normalize(out.toByteArray());
    }
  }

  private static void addTable(XSLFSlide slide, Table t, int top) {
    XSLFTable table = slide.createTable();
    int cols = Math.max(1, t.columns());
    for (List<String> cells : t.rows()) {
      XSLFTableRow row = table.addRow();
      row.setHeight(24);
      for (int c = 0; c < cols; c++) {
        row.addCell().setText(c < cells.size() ? cells.get(c) : "");
      }
    }
    for (int c = 0; c < cols; c++) {
      table.setColumnWidth(c, 880.0 / cols);
    }
    table.setAnchor(new Rectangle(40, top, 880, 24 * t.rows().size()));
  }
}
