package dev.launchlint.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Gives Markdown and plain text their structure: Tika reads both as {@code text/plain}, so the text
 * it decoded is parsed again with commonmark (GFM tables on). Headings, paragraphs, list items and
 * table rows become units, each located under its nearest heading; code blocks are kept as
 * paragraphs (in plain text an indented block is prose); HTML tags are dropped.
 *
 * <p>Walks the tree with an explicit stack, so deeply nested input cannot overflow the Java stack
 * here. Thread-safe: the commonmark parser is immutable.
 */
final class MarkdownStructure {

  private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

  /**
   * The most leading spaces or tabs a line keeps before commonmark reads it. For every line
   * commonmark walks each open container and scans the line's indentation again for each, so a list
   * nested a thousand deep costs the cube of its depth; 64 keeps 30 levels of nesting and turns a
   * deeper line into an item of the deepest list kept, with the same text.
   */
  static final int MAX_INDENT = 64;

  private MarkdownStructure() {}

  private record Item(Node node, boolean inList) {}

  /**
   * Adds the units of {@code source} to {@code out}.
   *
   * @return false when the character limit stopped it
   */
  static boolean collect(String source, UnitCollector out, BooleanSupplier cancelled) {
    Node document = PARSER.parse(shallow(source));
    String heading = null;
    Deque<Item> stack = new ArrayDeque<>();
    pushChildren(stack, document, false);
    int visited = 0;
    while (!stack.isEmpty()) {
      if ((++visited & 0xFF) == 0 && cancelled.getAsBoolean()) {
        throw new StructureHandler.CancelledParse();
      }
      Item item = stack.pop();
      Node node = item.node();
      boolean ok = true;
      if (node instanceof Heading) {
        String text = inlineText(node);
        heading = UnitCollector.label(text);
        ok = out.add(UnitKind.HEADING, text, at(heading));
      } else if (node instanceof Paragraph) {
        ok = out.add(item.inList() ? UnitKind.LIST_ITEM : UnitKind.PARAGRAPH, inlineText(node), at(heading));
      } else if (node instanceof TableRow) {
        ok = addRow(node, out, heading);
      } else if (node instanceof FencedCodeBlock code) {
        ok = out.add(UnitKind.CODE, code.getLiteral(), at(heading));
      } else if (node instanceof IndentedCodeBlock code) {
        ok = out.add(UnitKind.CODE, code.getLiteral(), at(heading));
      } else if (node instanceof HtmlBlock html) {
        ok = out.add(UnitKind.PARAGRAPH, html.getLiteral().replaceAll("<[^>]{0,2000}>", " "), at(heading));
      } else if (!(node instanceof ThematicBreak)) {
        pushChildren(stack, node, item.inList() || node instanceof ListItem);
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** {@code source} with no line indented by more than {@link #MAX_INDENT} characters; itself when none is. */
  static String shallow(String source) {
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    int n = source.length();
    while (i < n) {
      int indent = i;
      while (indent < n && (source.charAt(indent) == ' ' || source.charAt(indent) == '\t')) {
        indent++;
      }
      if (indent - i > MAX_INDENT) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(source, copied, i + MAX_INDENT);
        copied = indent;
      }
      int eol = source.indexOf('\n', indent);
      i = eol < 0 ? n : eol + 1;
    }
    return out == null ? source : out.append(source, copied, n).toString();
  }

  private static Location at(String heading) {
    return heading == null ? Location.NONE : Location.NONE.withHeading(heading);
  }

  private static boolean addRow(Node row, UnitCollector out, String heading) {
    StringBuilder text = new StringBuilder();
    int cells = 0;
    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof TableCell) {
        String cell = UnitCollector.collapse(inlineText(c));
        if (!cell.isEmpty()) {
          text.append(cells > 0 ? " | " : "").append(cell);
          cells++;
        }
      }
    }
    return out.add(cells > 1 ? UnitKind.TABLE_ROW : UnitKind.TABLE_CELL, text, at(heading));
  }

  private static void pushChildren(Deque<Item> stack, Node parent, boolean inList) {
    // last child first, so that the first child ends on top
    for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
      stack.push(new Item(c, inList));
    }
  }

  /** The plain text of a block's inline content: text, code spans, link and image text. */
  private static String inlineText(Node block) {
    StringBuilder b = new StringBuilder();
    Deque<Node> stack = new ArrayDeque<>();
    for (Node c = block.getLastChild(); c != null; c = c.getPrevious()) {
      stack.push(c);
    }
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof Text t) {
        b.append(t.getLiteral());
      } else if (n instanceof Code code) {
        b.append(code.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        b.append(' ');
      } else if (!(n instanceof HtmlInline)) {
        for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
          stack.push(c);
        }
      }
    }
    return b.toString();
  }
}
