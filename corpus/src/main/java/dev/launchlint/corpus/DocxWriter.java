package dev.launchlint.corpus;

import dev.launchlint.corpus.Markup.Block;
import dev.launchlint.corpus.Markup.Break;
import dev.launchlint.corpus.Markup.Bullet;
import dev.launchlint.corpus.Markup.Heading;
import dev.launchlint.corpus.Markup.Paragraph;
import dev.launchlint.corpus.Markup.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word documents with real heading styles ({@code Heading1..3}, named {@code heading n} as Word
 * names them), bulleted paragraphs through a numbering definition, and tables.
 */
final class DocxWriter implements FormatWriter {

  @Override
  public byte[] write(String title, List<Block> blocks) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      for (int level = 1; level <= 3; level++) {
        styles.addStyle(new XWPFStyle(headingStyle(level)));
      }
      styles.addStyle(new XWPFStyle(listStyle()));
      BigInteger bullets = bulletNumbering(doc.createNumbering());
      boolean pageBreak = false;
      for (Block b : blocks) {
        if (b instanceof Break) {
          pageBreak = true;
          continue;
        }
        if (b instanceof Table t) {
          XWPFTable table = doc.createTable(t.rows().size(), Math.max(1, t.columns()));
          for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
              XWPFParagraph p = table.getRow(r).getCell(c).getParagraphs().get(0);
              XWPFRun run = p.createRun();
              run.setText(row.get(c));
              run.setBold(r == 0);
            }
          }
          continue;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setPageBreak(pageBreak);
        pageBreak = false;
        if (b instanceof Heading h) {
          p.setStyle("Heading" + h.level());
          p.createRun().setText(h.text());
        } else if (b instanceof Paragraph x) {
          p.createRun().setText(x.text());
        } else if (b instanceof Bullet x) {
          // Word marks bullets twice: the List Paragraph style and a numbering reference
          p.setStyle("ListParagraph");
          p.setNumID(bullets);
          p.setNumILvl(BigInteger.ZERO);
          p.createRun().setText(x.text());
        }
      }
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setTitle(title);
      core.setCreator("launchlint corpus");
      core.setCreated(Optional.of(Zips.fixedDate()));
      core.setModified(Optional.of(Zips.fixedDate()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return Zips.normalize(out.toByteArray());
    }
  }

  private static CTStyle headingStyle(int level) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId("Heading" + level);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("heading " + level);
    style.addNewBasedOn().setVal("Normal");
    style.addNewNext().setVal("Normal");
    style.addNewQFormat();
    style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
    style.addNewRPr().addNewB();
    return style;
  }

  private static CTStyle listStyle() {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId("ListParagraph");
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("List Paragraph");
    style.addNewBasedOn().setVal("Normal");
    style.addNewQFormat();
    return style;
  }

  private static BigInteger bulletNumbering(XWPFNumbering numbering) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.ONE);
    CTLvl lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
    lvl.addNewLvlText().setVal("\u2022");
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(abstractId);
  }
}
