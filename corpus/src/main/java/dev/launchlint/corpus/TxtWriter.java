package dev.launchlint.corpus;

import dev.launchlint.corpus.Markup.Block;
import dev.launchlint.corpus.Markup.Break;
import dev.launchlint.corpus.Markup.Bullet;
import dev.launchlint.corpus.Markup.Heading;
import dev.launchlint.corpus.Markup.Paragraph;
import dev.launchlint.corpus.Markup.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Plain text as people type it in e-mails: underlined headings, starred bullets, padded tables. */
final class TxtWriter implements FormatWriter {

  @Override
  public byte[] write(String title, List<Block> blocks) {
    StringBuilder s = new StringBuilder();
    Block previous = null;
    for (Block b : blocks) {
      if (previous instanceof Bullet && !(b instanceof Bullet)) {
        s.append('\n');
      }
      previous = b;
      if (b instanceof Heading h) {
        s.append(h.text()).append('\n');
        if (h.level() < 3) {
          s.append((h.level() == 1 ? "=" : "-").repeat(h.text().length())).append('\n');
        }
        s.append('\n');
      } else if (b instanceof Paragraph p) {
        s.append(p.text()).append("\n\n");
      } else if (b instanceof Bullet l) {
        s.append("  * ").append(l.text()).append('\n');
      } else if (b instanceof Table t) {
        int[] widths = new int[t.columns()];
        for (List<String> row : t.rows()) {
          for (int i = 0; i < row.size(); i++) {
            widths[i] = Math.max(widths[i], row.get(i).length());
          }
        }
        for (List<String> row : t.rows()) {
          StringBuilder line = new StringBuilder();
          for (int i = 0; i < row.size(); i++) {
            line.append(i == 0 ? "" : "   ").append(String.format("%-" + Math.max(1, widths[i]) + "s", row.get(i)));
          }
          s.append(line.toString().stripTrailing()).append('\n');
        }
        s.append('\n');
      } else if (b instanceof Break) {
        s.append("\n");
      }
    }
    return (s.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
