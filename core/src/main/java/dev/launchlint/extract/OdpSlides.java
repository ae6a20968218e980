package dev.launchlint.extract;

import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads ODP decks slide by slide. Tika's OpenDocument output marks speaker notes but not where a
 * slide begins, so the slide of a bullet would be lost; this reads {@code content.xml} itself:
 * each {@code draw:page} is a slide, {@code presentation:notes} its notes, each {@code text:p} or
 * {@code text:h} a unit, a table row one unit. Master pages live in {@code styles.xml} and are not
 * read. The XML goes through Tika's secure SAX parser (no DTDs, no external entities), and the
 * unpacked XML is capped at 100 times the file's size, as POI caps OOXML parts (zip bombs).
 *
 * <p>Thread-safe: stateless; each call has its own handler.
 */
final class OdpSlides {

  private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";

  private OdpSlides() {}

  static boolean handles(String baseType) {
    return baseType.equals("application/vnd.oasis.opendocument.presentation")
        || baseType.equals("application/vnd.oasis.opendocument.presentation-template");
  }

  static void collect(File file, UnitCollector out, BooleanSupplier cancelled) throws Exception {
    try (ZipFile zip = new ZipFile(file)) {
      ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
      if (manifest != null && readsEncryption(zip, manifest)) {
        throw new EncryptedDocumentException("encrypted OpenDocument");
      }
      ZipEntry content = zip.getEntry("content.xml");
      if (content == null) {
        throw new TikaException("no content.xml: not a readable OpenDocument presentation");
      }
      long cap = 100L * Math.max(file.length(), 1) + 10L * 1024 * 1024;
      try (InputStream in = new Capped(zip.getInputStream(content), cap)) {
        XMLReaderUtils.parseSAX(in, new Handler(out, cancelled), new ParseContext());
      }
    }
  }

  private static boolean readsEncryption(ZipFile zip, ZipEntry manifest) throws IOException {
    try (InputStream in = new Capped(zip.getInputStream(manifest), 4L * 1024 * 1024)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("encryption-data");
    }
  }

  /** Stops reading an entry that unpacks beyond its cap. */
  private static final class Capped extends FilterInputStream {
    private final long cap;
    private long read;

    Capped(InputStream in, long cap) {
      super(in);
      this.cap = cap;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = super.read(buffer, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > cap) {
        throw new IOException("content unpacks to more than " + cap + " bytes: zip bomb?");
      }
    }
  }

  private static final class Handler extends DefaultHandler {
    private final UnitCollector out;
    private final BooleanSupplier cancelled;
    private final StringBuilder block = new StringBuilder();
    private final StringBuilder row = new StringBuilder();
    private final StringBuilder cell = new StringBuilder();
    private int slide;
    private int notesDepth;
    private int paragraphDepth;
    private int rowDepth;
    private int cellDepth;
    private int rowCells;

    Handler(UnitCollector out, BooleanSupplier cancelled) {
      this.out = out;
      this.cancelled = cancelled;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
      if (cancelled.getAsBoolean()) {
        throw new SAXException(new StructureHandler.CancelledParse());
      }
      if (DRAW.equals(uri) && localName.equals("page")) {
        flush();
        slide++;
      } else if (PRESENTATION.equals(uri) && localName.equals("notes")) {
        flush();
        notesDepth++;
      } else if (TABLE.equals(uri) && localName.equals("table-row")) {
        flush();
        rowDepth++;
        row.setLength(0);
        rowCells = 0;
      } else if (TABLE.equals(uri) && localName.equals("table-cell")) {
        cellDepth++;
        cell.setLength(0);
      } else if (TEXT.equals(uri) && (localName.equals("p") || localName.equals("h"))) {
        if (cellDepth > 0) {
          cell.append(' ');
        } else {
          flush();
        }
        paragraphDepth++;
      } else if (TEXT.equals(uri) && (localName.equals("s") || localName.equals("tab") || localName.equals("line-break"))) {
        characters(new char[] {' '}, 0, 1);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      if (PRESENTATION.equals(uri) && localName.equals("notes")) {
        flush();
        notesDepth--;
      } else if (TABLE.equals(uri) && localName.equals("table-cell")) {
        cellDepth--;
        String c = UnitCollector.collapse(cell);
        if (!c.isEmpty()) {
          row.append(rowCells++ > 0 ? " | " : "").append(c);
        }
      } else if (TABLE.equals(uri) && localName.equals("table-row")) {
        rowDepth--;
        emit(rowCells > 1 ? UnitKind.TABLE_ROW : UnitKind.TABLE_CELL, row);
        row.setLength(0);
      } else if (TEXT.equals(uri) && (localName.equals("p") || localName.equals("h"))) {
        paragraphDepth--;
        if (cellDepth == 0) {
          flush();
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (paragraphDepth == 0) {
        return;
      }
      if (cellDepth > 0) {
        cell.append(ch, start, length);
        if (out.wouldOverflow(cell.length() + row.length())) {
          throw new WriteLimitReachedException(out.text().length());
        }
      } else {
        block.append(ch, start, length);
        if (out.wouldOverflow(block.length())) {
          flush();
        }
      }
    }

    private void flush() throws SAXException {
      emit(notesDepth > 0 ? UnitKind.NOTE : UnitKind.LIST_ITEM, block);
      block.setLength(0);
    }

    private void emit(UnitKind kind, CharSequence text) throws SAXException {
      if (notesDepth > 0) {
        kind = UnitKind.NOTE;
      }
      Location at = new Location(null, slide > 0 ? slide : null, null, null, null, notesDepth > 0);
      if (!out.add(kind, text, at)) {
        throw new WriteLimitReachedException(out.text().length());
      }
    }
  }
}
