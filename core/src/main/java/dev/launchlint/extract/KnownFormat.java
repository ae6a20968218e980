package dev.launchlint.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The format of a file whose name and first bytes agree on it, without Tika's detection.
 *
 * <p>Tika's detector tries its whole magic table on every file and opens every zip as a package to
 * tell a DOCX from a PPTX: on a kit of office files that was a third of Tika's time, more than
 * parsing some of them. The formats a launch kit is mostly made of sign themselves in their first
 * bytes: "%PDF-", "{\rtf", an HTML doctype, and an office package's first entry (an OpenDocument's
 * stored {@code mimetype}, an Office Open XML package's {@code [Content_Types].xml}, which names its
 * main part). When the name's extension and those bytes say the same format, that is the format
 * Tika's detector would give; anything else (another extension, a zip whose first entry says
 * otherwise, an XHTML page, plain text, which Tika may read as mail, HTML or a script) is left to
 * Tika. {@code KnownFormatTest} checks the answer against Tika's on real files.
 *
 * <p>Thread-safe: stateless.
 */
final class KnownFormat {

  /** How many bytes of a file's start {@link #of} needs to decide. */
  static final int HEAD = 8192;

  private static final String OOXML = "application/vnd.openxmlformats-officedocument.";
  private static final String ODF = "application/vnd.oasis.opendocument.";

  /** An Office Open XML package's media type, by extension, and the content type of its main part. */
  private static final Map<String, String[]> OFFICE_OPEN_XML = Map.of(
      "docx", new String[] {OOXML + "wordprocessingml.document", OOXML + "wordprocessingml.document.main+xml"},
      "pptx", new String[] {OOXML + "presentationml.presentation", OOXML + "presentationml.presentation.main+xml"},
      "xlsx", new String[] {OOXML + "spreadsheetml.sheet", OOXML + "spreadsheetml.sheet.main+xml"});

  private static final Map<String, String> OPEN_DOCUMENT = Map.of(
      "odt", ODF + "text", "odp", ODF + "presentation", "ods", ODF + "spreadsheet");

  private KnownFormat() {}

  /**
   * The media type of a file called {@code name} that starts with {@code head} (its first
   * {@code length} bytes, at most {@link #HEAD}), or null when Tika must detect it.
   */
  static String of(String name, byte[] head, int length) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "pdf" -> startsWith(head, length, "%PDF-") ? "application/pdf" : null;
      case "rtf" -> startsWith(head, length, "{\\rtf") ? "application/rtf" : null;
      case "html", "htm" -> html(head, length) ? "text/html" : null;
      case "docx", "pptx", "xlsx" -> officeOpenXml(OFFICE_OPEN_XML.get(ext), head, length);
      case "odt", "odp", "ods" -> openDocument(OPEN_DOCUMENT.get(ext), head, length);
      default -> null;
    };
  }

  /** A page that declares itself HTML at once; XHTML (its own media type to Tika) is left to Tika. */
  private static boolean html(byte[] head, int length) {
    String start = new String(head, 0, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    String page = start.startsWith("\u00ef\u00bb\u00bf") ? start.substring(3).stripLeading() : start.stripLeading();
    return (page.startsWith("<!doctype html>") || page.startsWith("<html>") || page.startsWith("<html "))
        && !start.contains("xhtml") && !start.contains("xmlns") && !start.contains("<?xml");
  }

  /** A package whose first entry is its content types naming the main part of the extension's format, and no other. */
  private static String officeOpenXml(String[] format, byte[] head, int length) {
    String types = firstEntry(head, length, "[Content_Types].xml");
    if (types == null || !types.contains(format[1])) {
      return null;
    }
    for (String[] other : OFFICE_OPEN_XML.values()) {
      if (other != format && types.contains(other[1])) {
        return null;
      }
    }
    return format[0];
  }

  /** An OpenDocument package stores its media type as its first entry, uncompressed. */
  private static String openDocument(String type, byte[] head, int length) {
    String stored = firstEntry(head, length, "mimetype");
    return type.equals(stored) ? type : null;
  }

  /**
   * The text of a zip's first entry when it is called {@code expected} and fits in the head; null
   * otherwise. Reads the local file header (APPNOTE 4.3.7): signature, method at 8, sizes at 18,
   * name length at 26, extra length at 28, the name from 30.
   */
  private static String firstEntry(byte[] head, int length, String expected) {
    if (length < 30 || !startsWith(head, length, "PK\u0003\u0004")) {
      return null;
    }
    int method = u16(head, 8);
    int compressed = (int) Math.min(u32(head, 18), Integer.MAX_VALUE);
    int nameLength = u16(head, 26);
    int data = 30 + nameLength + u16(head, 28);
    if (data > length || !new String(head, 30, nameLength, StandardCharsets.ISO_8859_1).equals(expected)) {
      return null;
    }
    if (method == 0) {
      return data + compressed <= length
          ? new String(head, data, compressed, StandardCharsets.ISO_8859_1) : null;
    }
    if (method != 8) {
      return null;
    }
    // the content types of a package are a few hundred bytes; a size of 0 means it follows the data
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(head, data, length - data);
      byte[] out = new byte[HEAD];
      int n = inflater.inflate(out);
      return inflater.finished() ? new String(out, 0, n, StandardCharsets.ISO_8859_1) : null;
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  private static boolean startsWith(byte[] head, int length, String prefix) {
    if (length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((head[i] & 0xff) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xffffffffL;
  }
}
