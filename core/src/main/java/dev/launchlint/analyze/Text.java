package dev.launchlint.analyze;

/** Length-preserving text helpers: offsets found in the result are offsets in the input. */
final class Text {

  private Text() {}

  /**
   * Lower case, one char for one char. {@code String.toLowerCase} may change the length
   * ("İ" becomes two chars) and depends on the default locale (Turkish dotless i); neither may
   * shift an offset or a match.
   */
  static String lower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char l = Character.toLowerCase(c[i]);
      c[i] = Character.isSurrogate(l) ? c[i] : l;
    }
    return new String(c);
  }

  /** Whitespace runs become one space; ends trimmed. */
  static String collapse(CharSequence s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isWhitespace(ch) || ch == '\u00a0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(ch);
      }
    }
    return b.toString();
  }

  /** Whether {@code s} has a letter or digit. */
  static boolean hasWordChar(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
