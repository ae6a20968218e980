package dev.launchlint.report;

/**
 * Makes document text inert in each output format. Every string that comes from a kit (evidence,
 * paths, headings, terms, errors, even the kit name) passes through one of these before it is
 * written; strings launchlint writes itself need not. Besides the format's own markup, each drops
 * control characters and the invisible bidirectional overrides that could make a quotation read
 * differently from what the document says ("Trojan Source").
 */
final class Escape {

  private Escape() {}

  /** Text content and attribute values of HTML: {@code & < > " '} become entities. */
  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (!isBidiControl(c)) {
            b.append(isControl(c) ? ' ' : c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * Inline Markdown (GitHub-flavoured), safe inside a table cell: markup characters are
   * backslash-escaped (so {@code |} cannot end a cell), angle brackets become entities (so
   * {@code <script>} is text on every renderer, even one without backslash escapes), line breaks
   * become spaces, and an {@code @} gets a zero-width space so a pull-request comment quoting
   * "@team" does not notify anyone.
   */
  static String markdown(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<') {
        b.append("&lt;");
      } else if (c == '>') {
        b.append("&gt;");
      } else if ("\\`*_{}[]()#|~&$!".indexOf(c) >= 0) {
        b.append('\\').append(c);
      } else if (c == '@') {
        b.append("@\u200B");
      } else if (c == '\n' || c == '\r' || isControl(c)) {
        b.append(' ');
      } else if (!isBidiControl(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, and also a
   * semicolon, the separator spreadsheets use in many European locales. A field that a
   * spreadsheet would run as a formula (first visible character {@code = + - @} or their
   * full-width forms, or a leading tab or carriage return) gets a leading apostrophe, the OWASP
   * defence against CSV injection. Only for text from documents; numbers launchlint computes are
   * written as they are.
   */
  static String csv(String s) {
    if (s == null) {
      return "";
    }
    String v = s;
    String visible = v.stripLeading();
    if (!v.isEmpty() && (v.charAt(0) == '\t' || v.charAt(0) == '\r'
        || (!visible.isEmpty() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(visible.charAt(0)) >= 0))) {
      v = "'" + v;
    }
    StringBuilder b = new StringBuilder(v.length() + 2);
    boolean quote = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        b.append("\"\"");
        quote = true;
      } else if (c == ',' || c == '\n' || c == '\r' || c == ';') {
        b.append(c);
        quote = true;
      } else if (!isBidiControl(c)) {
        b.append(isControl(c) && c != '\t' ? ' ' : c);
      }
    }
    if (quote || v.startsWith(" ") || v.endsWith(" ")) {
      return '"' + b.toString() + '"';
    }
    return b.toString();
  }

  /**
   * A SARIF message text: square brackets and backslashes are backslash-escaped, since SARIF
   * viewers read {@code [text](n)} as a link to a related location (SARIF 2.1.0, 3.11.6).
   */
  static String sarif(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isBidiControl(c)) {
        continue;
      }
      if (c == '[' || c == ']' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Text for a terminal: control characters (ANSI escape sequences, C1 controls) and bidi
   * overrides become spaces or are dropped, so a document cannot recolour, move the cursor, or
   * visually reorder what the user reads.
   */
  static String terminal(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isBidiControl(c)) {
        continue;
      }
      b.append(isControl(c) || c == '\n' || c == '\t' ? ' ' : c);
    }
    return b.toString();
  }

  /** C0 (but tab and line feed), DEL and C1 control characters. */
  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }
}
