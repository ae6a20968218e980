package dev.launchlint.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The small Markdown subset of corpus sources (see corpus/README.md): headings, paragraphs,
 * bullets, tables, {@code ---} breaks, {@code Notes:} and {@code ## Sheet: name} markers.
 */
final class Markup {

  /** One block of a source. */
  sealed interface Block permits Heading, Paragraph, Bullet, Table, Break, NotesStart, SheetStart {}

  record Heading(int level, String text) implements Block {}

  record Paragraph(String text) implements Block {}

  record Bullet(String text) implements Block {}

  /** A table; the first row is its header. */
  record Table(List<List<String>> rows) implements Block {
    Table {
      rows = rows.stream().map(List::copyOf).toList();
    }

    int columns() {
      return rows.stream().mapToInt(List::size).max().orElse(0);
    }
  }

  /** A page break, or a new slide in a deck. */
  record Break() implements Block {}

  /** In a deck: everything after this, to the end of the slide, is speaker notes. */
  record NotesStart() implements Block {}

  /** In a workbook: the tables that follow go to a sheet of this name. */
  record SheetStart(String name) implements Block {}

  private Markup() {}

  static List<Block> parse(String source) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder para = null;
    List<List<String>> table = null;
    for (String raw : source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String line = raw.strip();
      boolean tableLine = line.startsWith("|") && line.endsWith("|") && line.length() > 1;
      if (table != null && !tableLine) {
        blocks.add(new Table(table));
        table = null;
      }
      if (para != null && (line.isEmpty() || tableLine || isStructural(line))) {
        blocks.add(new Paragraph(para.toString()));
        para = null;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (tableLine) {
        List<String> cells = cells(line);
        if (cells.stream().allMatch(c -> c.matches(":?-{3,}:?"))) {
          continue;
        }
        if (table == null) {
          table = new ArrayList<>();
        }
        table.add(cells);
      } else if (line.equals("---")) {
        blocks.add(new Break());
      } else if (line.equals("Notes:")) {
        blocks.add(new NotesStart());
      } else if (line.startsWith("#")) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
          level++;
        }
        String text = line.substring(level).strip();
        if (level == 2 && text.toLowerCase(Locale.ROOT).startsWith("sheet:")) {
          blocks.add(new SheetStart(text.substring("sheet:".length()).strip()));
        } else {
          blocks.add(new Heading(Math.min(level, 3), text));
        }
      } else if (line.startsWith("- ") || line.startsWith("* ")) {
        blocks.add(new Bullet(line.substring(2).strip()));
      } else if (para == null) {
        para = new StringBuilder(line);
      } else {
        para.append(' ').append(line);
      }
    }
    if (table != null) {
      blocks.add(new Table(table));
    }
    if (para != null) {
      blocks.add(new Paragraph(para.toString()));
    }
    return List.copyOf(blocks);
  }

  /** The title of a document: its first heading, else {@code fallback}. */
  static String title(List<Block> blocks, String fallback) {
    for (Block b : blocks) {
      if (b instanceof Heading h) {
        return h.text();
      }
    }
    return fallback;
  }

  /** The blocks split at {@link Break}s: pages of a document or slides of a deck. */
  static List<List<Block>> pages(List<Block> blocks) {
    List<List<Block>> pages = new ArrayList<>();
    List<Block> current = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Break) {
        if (!current.isEmpty()) {
          pages.add(current);
        }
        current = new ArrayList<>();
      } else {
        current.add(b);
      }
    }
    if (!current.isEmpty()) {
      pages.add(current);
    }
    return pages;
  }

  /** Plain text of one block, for notes and fallbacks: table cells joined by tabs. */
  static String plain(Block b) {
    if (b instanceof Heading h) {
      return h.text();
    } else if (b instanceof Paragraph p) {
      return p.text();
    } else if (b instanceof Bullet l) {
      return l.text();
    } else if (b instanceof Table t) {
      StringBuilder s = new StringBuilder();
      for (List<String> row : t.rows()) {
        s.append(s.length() > 0 ? "\n" : "").append(String.join("\t", row));
      }
      return s.toString();
    }
    return "";
  }

  private static boolean isStructural(String line) {
    return line.equals("---") || line.equals("Notes:") || line.startsWith("#")
        || line.startsWith("- ") || line.startsWith("* ");
  }

  private static List<String> cells(String line) {
    String inner = line.substring(1, line.length() - 1);
    List<String> cells = new ArrayList<>();
    for (String c : inner.split("\\|", -1)) {
      cells.add(c.strip());
    }
    return cells;
  }
}
