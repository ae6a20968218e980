package dev.launchlint.corpus;

import dev.launchlint.corpus.Markup.Block;
import dev.launchlint.corpus.Markup.Break;
import dev.launchlint.corpus.Markup.Bullet;
import dev.launchlint.corpus.Markup.Heading;
import dev.launchlint.corpus.Markup.Paragraph;
import dev.launchlint.corpus.Markup.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Plain RTF 1.x control words: bold sized headings, indented bullets, {@code \trowd} tables. */
final class RtfWriter implements FormatWriter {

  @Override
  public byte[] write(String title, List<Block> blocks) {
    StringBuilder r = new StringBuilder();
    r.append("{\\rtf1\\ansi\\ansicpg1252\\deff0\n")
        .append("{\\fonttbl{\\f0\\fswiss Helvetica;}}\n")
        .append("{\\info{\\title ").append(esc(title)).append("}{\\creatim\\yr2026\\mo1\\dy15\\hr9\\min0}}\n")
        .append("\\paperw12240\\paperh15840\\margl1440\\margr1440\\f0\\fs22\n");
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        int size = h.level() == 1 ? 36 : h.level() == 2 ? 28 : 24;
        r.append("\\pard\\sb240\\sa120\\b\\fs").append(size).append(' ').append(esc(h.text())).append("\\b0\\fs22\\par\n");
      } else if (b instanceof Paragraph p) {
        r.append("\\pard\\sa160 ").append(esc(p.text())).append("\\par\n");
      } else if (b instanceof Bullet l) {
        r.append("\\pard\\fi-360\\li720\\sa60 \\bullet\\tab ").append(esc(l.text())).append("\\par\n");
      } else if (b instanceof Table t) {
        int cols = Math.max(1, t.columns());
        int width = 9360 / cols;
        for (int row = 0; row < t.rows().size(); row++) {
          r.append("\\trowd\\trgaph108");
          for (int c = 1; c <= cols; c++) {
            r.append("\\cellx").append(c * width);
          }
          r.append('\n');
          List<String> cells = t.rows().get(row);
          for (int c = 0; c < cols; c++) {
            String text = c < cells.size() ? cells.get(c) : "";
            r.append("\\pard\\intbl ").append(row == 0 ? "\\b " : "").append(esc(text)).append(row == 0 ? "\\b0" : "").append("\\cell\n");
          }
          r.append("\\row\n");
        }
        r.append("\\pard\\par\n");
      } else if (b instanceof Break) {
        r.append("\\page\n");
      }
    }
    r.append("}\n");
    return r.toString().getBytes(StandardCharsets.US_ASCII);
  }

  static String esc(String s) {
    StringBuilder o = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '{' || c == '}') {
        o.append('\\').append(c);
      } else if (c > 127) {
        // \\uN with a ? fallback for readers without Unicode
        o.append("\\u").append((int) (short) c).append('?');
      } else {
        o.append(c);
      }
    }
    return o.toString();
  }
}
