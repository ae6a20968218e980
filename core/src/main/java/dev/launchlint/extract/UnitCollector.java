package dev.launchlint.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a document's text and its units: each unit is appended once, whitespace collapsed, on a
 * line of its own, so a unit's {@code [start, end)} is exactly its text. Keeps at most
 * {@code maxChars} characters and remembers when it had to cut. A unit longer than {@link
 * #MAX_UNIT_CHARS} is kept as consecutive units of at most that many characters, cut at a
 * sentence end where one is near, and counted ({@link #split()}). Not thread-safe: one per parse.
 */
final class UnitCollector {

  private static final int MAX_LABEL_CHARS = 200;
  /**
   * The longest unit kept whole. Every later step reads a claim with its unit (plans, table row,
   * evidence), so a unit as long as the document (a text file without blank lines) made each of
   * its claims cost the whole document: quadratic. The longest paragraph of the corpus, the
   * external kits and the real-material files is 7,605 characters; prose this long is already no
   * quotable evidence.
   */
  static final int MAX_UNIT_CHARS = 10_000;

  private final int maxChars;
  private final StringBuilder text = new StringBuilder();
  private final List<TextUnit> units = new ArrayList<>();
  /** Each distinct location once: the units of a page or a section stand in equal ones. */
  private final Map<Location, Location> locations = new HashMap<>();
  private boolean truncated;
  private int split;

  UnitCollector(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * Adds a unit unless its text is blank.
   *
   * @return false when the character limit is reached: the unit was cut (or dropped) and the
   *     caller should stop
   */
  boolean add(UnitKind kind, CharSequence raw, Location location) {
    if (truncated) {
      return false;
    }
    String collapsed = collapse(raw);
    if (collapsed.length() <= MAX_UNIT_CHARS) {
      return collapsed.isEmpty() || addWhole(kind, collapsed, location);
    }
    split++;
    int from = 0;
    while (from < collapsed.length()) {
      int end = collapsed.length() - from <= MAX_UNIT_CHARS ? collapsed.length() : cut(collapsed, from);
      if (!addWhole(kind, collapsed.substring(from, end).strip(), location)) {
        return false;
      }
      from = end;
      while (from < collapsed.length() && collapsed.charAt(from) == ' ') {
        from++;
      }
    }
    return true;
  }

  /**
   * Where the part of {@code s} that starts at {@code from} ends: after the last sentence end
   * (". ", "! ", "? ") in its second half, else at its last space, else at the limit itself.
   */
  private static int cut(String s, int from) {
    int limit = from + MAX_UNIT_CHARS;
    int half = from + MAX_UNIT_CHARS / 2;
    for (int i = limit - 1; i > half; i--) {
      char c = s.charAt(i - 1);
      if (s.charAt(i) == ' ' && (c == '.' || c == '!' || c == '?')) {
        return i;
      }
    }
    int space = s.lastIndexOf(' ', limit);
    if (space > half) {
      return space;
    }
    return Character.isLowSurrogate(s.charAt(limit)) ? limit - 1 : limit;
  }

  private boolean addWhole(UnitKind kind, String collapsed, Location location) {
    if (collapsed.isEmpty()) {
      return true;
    }
    int room = maxChars - text.length();
    if (collapsed.length() > room) {
      truncated = true;
      collapsed = room > 0 ? cutAtCodePoint(collapsed, room).strip() : "";
      if (collapsed.isEmpty()) {
        return false;
      }
    }
    int start = text.length();
    text.append(collapsed);
    units.add(new TextUnit(units.size(), kind, collapsed, start, text.length(),
        locations.computeIfAbsent(location, l -> l)));
    if (text.length() < maxChars) {
      text.append('\n');
    } else {
      truncated = true;
    }
    return !truncated;
  }

  /** Whether a pending unit of {@code pendingChars} raw characters already overflows the limit. */
  boolean wouldOverflow(int pendingChars) {
    return text.length() + (long) pendingChars > 2L * maxChars + 1024;
  }

  void markTruncated() {
    truncated = true;
  }

  boolean truncated() {
    return truncated;
  }

  /** How many units were longer than {@link #MAX_UNIT_CHARS} and kept in parts. */
  int split() {
    return split;
  }

  String text() {
    return text.toString();
  }

  List<TextUnit> units() {
    return units;
  }

  /** Whitespace (including no-break and zero-width spaces) folded to single spaces, trimmed. */
  static String collapse(CharSequence raw) {
    StringBuilder b = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF'
          || (Character.isISOControl(c))) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A short, one-line label (heading or sheet name) for a location. */
  static String label(CharSequence raw) {
    String s = collapse(raw);
    return s.length() <= MAX_LABEL_CHARS ? s : cutAtCodePoint(s, MAX_LABEL_CHARS) + "…";
  }

  private static String cutAtCodePoint(String s, int length) {
    int end = Math.min(length, s.length());
    if (end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
