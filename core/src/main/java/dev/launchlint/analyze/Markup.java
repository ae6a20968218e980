package dev.launchlint.analyze;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out lightweight markup (Markdown, HTML tags, template tags, link targets) that an
 * extractor may leave in a unit's text, replacing each markup character by a space so that every
 * offset stays an offset into the document. Stateless and thread-safe.
 */
final class Markup {

  private static final Pattern LEADING = Pattern.compile("^(\\s*)(#{1,6}\\s+|[-*+•▪◦‣]\\s+|\\d{1,3}[.)]\\s+|>\\s*)+");
  private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•▪◦‣]|\\d{1,3}[.)])\\s");
  private static final Pattern[] BLANKED = {
    Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)"),          // images entirely
    Pattern.compile("]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)"), // link targets, keeping the link text
    Pattern.compile("<!--.*?-->|<[/!]?[A-Za-z][^>]*>"),     // HTML comments and tags
    Pattern.compile("\\{\\{[^}]*}}|\\{%[^%]*%}"),           // template tags
    Pattern.compile("https?://\\S+|www\\.\\S+"),           // bare addresses
    Pattern.compile("\\*\\*|__|`+|~~|(?<=\\s|^)\\*|\\*(?=\\s|$|[.,;:!?])|\\[|\\||^\\s*-{3,}\\s*$"),
  };

  /**
   * For each of {@link #BLANKED}, in order, strings of which the text must hold one for it to
   * match at all: most units are plain prose, and seven scans of every unit added up.
   */
  private static final String[][] NEEDS = {
    {"!["}, {"]("}, {"<"}, {"{"}, {"http", "www."}, {"*", "__", "`", "~~", "[", "|", "---"},
  };

  private Markup() {}

  /** The text with markup replaced by spaces; same length as {@code text}. */
  static String mask(String text) {
    char[] c = text.toCharArray();
    blank(c, LEADING.matcher(text), 2);
    for (int k = 0; k < BLANKED.length; k++) {
      if (!containsAny(text, NEEDS[k])) {
        continue;
      }
      Matcher m = BLANKED[k].matcher(text);
      while (m.find()) {
        for (int i = m.start(); i < m.end(); i++) {
          c[i] = ' ';
        }
      }
    }
    return new String(c);
  }

  private static final Pattern LINK_ONLY =
      Pattern.compile("^\\s*(?:[-*+•]\\s+|\\d{1,3}[.)]\\s+)?(?:\\*\\*|__)?\\[[^\\]]*]\\([^)]*\\)(?:\\*\\*|__)?\\s*[.,;:]?\\s*$");

  /** A unit that is one link and nothing else: a menu entry or a list of resources, not an assertion. */
  static boolean isLinkOnly(String raw) {
    return raw.contains("](") && LINK_ONLY.matcher(raw).matches();
  }

  private static boolean containsAny(String text, String[] needles) {
    for (String n : needles) {
      if (text.contains(n)) {
        return true;
      }
    }
    return false;
  }

  static boolean isHeading(String raw) {
    return HEADING.matcher(raw).find();
  }

  static boolean isBullet(String raw) {
    return BULLET.matcher(raw).find() || raw.stripLeading().startsWith("|");
  }

  private static void blank(char[] c, Matcher m, int group) {
    if (m.find() && m.group(group) != null) {
      for (int i = m.end(1); i < m.end(); i++) {
        c[i] = ' ';
      }
    }
  }
}
