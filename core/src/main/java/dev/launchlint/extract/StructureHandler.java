package dev.launchlint.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML SAX events into located units.
 *
 * <p>What Tika 3.3 emits and how it is read here: PDF pages are {@code <div class="page">}; PPTX
 * slides are {@code <div class="slide-content">} followed by {@code slide-master-content} (skipped:
 * master and layout text repeats on every slide) and {@code slide-notes}; PPT wraps each slide in
 * {@code <div class="slide">} with {@code notes} inside; ODP marks notes with
 * {@code <p class="notes">} but not slides, so {@link OdpSlides} reads ODP instead; XLSX sheets are {@code <div class="sheet">}, XLS sheets
 * {@code <div class="page">}, each opened by an {@code <h1>} with the sheet name; headings are
 * {@code h1}-{@code h6}; DOCX list paragraphs carry {@code class="list_Paragraph"}. (XLSX is
 * read by {@link XlsxRows} for its true row numbers.)
 *
 * <p>A table row is one {@code TABLE_ROW} unit, its cells joined by {@code " | "}; a row with a
 * single non-empty cell is a {@code TABLE_CELL}. Every paragraph of a slide is a unit of its own
 * (a bullet needs no full stop): {@code LIST_ITEM} on the slide, {@code NOTE} in the notes.
 *
 * <p>Stops the parse (by throwing) when the character limit is reached or when {@code cancelled}
 * says the time is up. Not thread-safe: one per parse.
 */
final class StructureHandler extends DefaultHandler {

  /** How the document is laid out, from its media type. */
  enum Layout {
    FLOW,
    PAGES,
    SLIDES,
    SHEETS
  }

  private enum Role {
    OTHER,
    SKIP,
    PAGE,
    SLIDE,
    NOTES,
    SHEET,
    BLOCK,
    HEADING,
    ROW,
    CELL
  }

  private final Layout layout;
  private final UnitCollector out;
  private final BooleanSupplier cancelled;
  private final Deque<Role> open = new ArrayDeque<>();

  private int skipDepth;
  private boolean inBody;
  private int page;
  private int slide;
  private int slideWrapperDepth;
  private int notesDepth;
  private String sheet;
  private int row;
  private String heading;

  /** The block being read: its text so far and its kind; null kind when none is open. */
  private final StringBuilder block = new StringBuilder();
  private UnitKind blockKind;
  private boolean sheetNamePending;

  /** The row being read: its cells so far. */
  private final StringBuilder rowText = new StringBuilder();
  private final StringBuilder cell = new StringBuilder();
  private int rowCells;
  private int rowDepth;
  private int cellDepth;

  StructureHandler(Layout layout, UnitCollector out, BooleanSupplier cancelled) {
    this.layout = layout;
    this.out = out;
    this.cancelled = cancelled;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
    checkCancelled();
    String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    String cls = atts.getValue("class");
    cls = cls == null ? "" : cls;
    if (name.equals("body")) {
      inBody = true;
    }
    Role role = roleOf(name, cls);
    open.push(role);
    if (role == Role.SKIP || skipDepth > 0) {
      skipDepth++;
      return;
    }
    switch (role) {
      case PAGE -> {
        flushBlock();
        page++;
      }
      case SLIDE -> {
        flushBlock();
        if (cls.equals("slide")) {
          slideWrapperDepth++;
          slide++;
        } else if (slideWrapperDepth == 0) {
          slide++;
        }
      }
      case NOTES -> {
        flushBlock();
        notesDepth++;
      }
      case SHEET -> {
        flushBlock();
        sheet = null;
        row = 0;
        sheetNamePending = true;
      }
      case HEADING -> {
        if (cellDepth == 0) {
          flushBlock();
          blockKind = UnitKind.HEADING;
        }
      }
      case BLOCK -> {
        if (cellDepth > 0) {
          cell.append(' ');
        } else if (blockKind == UnitKind.LIST_ITEM && UnitCollector.collapse(block).isEmpty()) {
          // <li><p>text</p></li>: the paragraph is the list item
          block.setLength(0);
        } else {
          flushBlock();
          blockKind = blockKindOf(name, cls);
        }
      }
      case ROW -> {
        if (rowDepth == 0) {
          flushBlock();
          row++;
          rowText.setLength(0);
          rowCells = 0;
        }
        rowDepth++;
      }
      case CELL -> {
        if (cellDepth == 0) {
          cell.setLength(0);
        } else {
          cell.append(' ');
        }
        cellDepth++;
      }
      default -> {
        if (name.equals("br")) {
          append("\n");
        }
      }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    checkCancelled();
    Role role = open.isEmpty() ? Role.OTHER : open.pop();
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    switch (role) {
      case PAGE, SHEET -> flushBlock();
      case SLIDE -> {
        flushBlock();
        if (slideWrapperDepth > 0 && !open.contains(Role.SLIDE)) {
          slideWrapperDepth = 0;
        }
      }
      case NOTES -> {
        flushBlock();
        notesDepth--;
      }
      case HEADING -> {
        if (cellDepth == 0) {
          if (layout == Layout.SHEETS && sheetNamePending) {
            sheet = UnitCollector.label(block);
            sheetNamePending = false;
            block.setLength(0);
            blockKind = null;
          } else {
            heading = UnitCollector.label(block);
            flushBlock();
          }
        }
      }
      case BLOCK -> {
        if (cellDepth == 0) {
          flushBlock();
        }
      }
      case CELL -> {
        cellDepth--;
        if (cellDepth == 0) {
          String c = UnitCollector.collapse(cell);
          if (!c.isEmpty()) {
            if (rowText.length() > 0) {
              rowText.append(" | ");
            }
            rowText.append(c);
            rowCells++;
          }
          cell.setLength(0);
          if (out.wouldOverflow(rowText.length())) {
            emit(rowCells > 1 ? UnitKind.TABLE_ROW : UnitKind.TABLE_CELL, rowText);
          }
        }
      }
      case ROW -> {
        if (rowDepth == 1) {
          emit(rowCells > 1 ? UnitKind.TABLE_ROW : UnitKind.TABLE_CELL, rowText);
          rowText.setLength(0);
          rowCells = 0;
        }
        rowDepth--;
      }
      default -> {
        // inline elements end nothing
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (!inBody || skipDepth > 0) {
      return;
    }
    append(new String(ch, start, length));
  }

  @Override
  public void endDocument() throws SAXException {
    flushBlock();
    if (rowText.length() > 0 || cell.length() > 0) {
      rowText.append(rowText.length() > 0 ? " | " : "").append(cell);
      emit(UnitKind.TABLE_ROW, rowText);
    }
  }

  private void append(String s) throws SAXException {
    checkCancelled();
    if (cellDepth > 0) {
      cell.append(s);
      if (out.wouldOverflow(cell.length() + rowText.length())) {
        rowText.append(cell);
        cell.setLength(0);
        emit(UnitKind.TABLE_ROW, rowText);
      }
      return;
    }
    if (blockKind == null) {
      blockKind = defaultKind();
    }
    block.append(s);
    if (out.wouldOverflow(block.length())) {
      flushBlock();
    }
  }

  private void flushBlock() throws SAXException {
    if (blockKind != null) {
      UnitKind kind = blockKind;
      blockKind = null;
      emit(kind, block);
    }
    block.setLength(0);
  }

  private void emit(UnitKind kind, CharSequence text) throws SAXException {
    if (notesDepth > 0 && kind != UnitKind.TABLE_ROW && kind != UnitKind.TABLE_CELL) {
      kind = UnitKind.NOTE;
    }
    if (!out.add(kind, text, location())) {
      throw new WriteLimitReachedException(out.text().length());
    }
  }

  private Location location() {
    Integer p = layout == Layout.PAGES && page > 0 ? page : null;
    Integer s = layout == Layout.SLIDES && slide > 0 ? slide : null;
    String sh = layout == Layout.SHEETS ? sheet : null;
    Integer r = layout == Layout.SHEETS && rowDepth > 0 && row > 0 ? row : null;
    return new Location(p, s, sh, r, heading, notesDepth > 0);
  }

  private UnitKind defaultKind() {
    if (notesDepth > 0) {
      return UnitKind.NOTE;
    }
    return layout == Layout.SLIDES ? UnitKind.LIST_ITEM : UnitKind.PARAGRAPH;
  }

  private UnitKind blockKindOf(String name, String cls) {
    if (name.equals("li") || cls.toLowerCase(Locale.ROOT).contains("list")) {
      return UnitKind.LIST_ITEM;
    }
    return defaultKind();
  }

  private Role roleOf(String name, String cls) {
    if (!inBody) {
      return Role.OTHER;
    }
    switch (name) {
      case "script", "style", "noscript", "template", "title", "head" -> {
        return Role.SKIP;
      }
      case "div" -> {
        return divRole(cls);
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        return Role.HEADING;
      }
      case "p" -> {
        return cls.equals("notes") ? Role.NOTES : Role.BLOCK;
      }
      case "li", "dt", "dd", "blockquote", "pre", "address", "caption" -> {
        return Role.BLOCK;
      }
      case "tr" -> {
        return Role.ROW;
      }
      case "td", "th" -> {
        return Role.CELL;
      }
      default -> {
        return Role.OTHER;
      }
    }
  }

  private Role divRole(String cls) {
    return switch (layout) {
      case PAGES -> cls.equals("page") ? Role.PAGE : Role.OTHER;
      case SHEETS -> cls.equals("sheet") || cls.equals("page") ? Role.SHEET : Role.OTHER;
      case SLIDES -> switch (cls) {
        case "slide", "slide-content" -> Role.SLIDE;
        case "slide-notes", "notes", "slide-notes-content" -> Role.NOTES;
        case "slide-master-content", "slide-layout-content", "slide-master", "slide-comments", "comments" -> Role.SKIP;
        default -> Role.OTHER;
      };
      case FLOW -> Role.OTHER;
    };
  }

  private void checkCancelled() throws SAXException {
    if (cancelled.getAsBoolean()) {
      throw new SAXException(new CancelledParse());
    }
  }

  /** Thrown through the parser to stop a parse whose time is up. */
  static final class CancelledParse extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CancelledParse() {
      super("time limit reached", null, false, false);
    }
  }
}
