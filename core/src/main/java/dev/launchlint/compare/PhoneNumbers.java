package dev.launchlint.compare;

import java.util.regex.Pattern;

/**
 * Telephone numbers in a unit's text: their digits measure nothing, so a figure inside one
 * ("+1 612 555 0177") is no count or amount to compare. Stateless.
 */
final class PhoneNumbers {

  /** Digits grouped the way telephone numbers are written: "+1 612 555 0177", "(612) 555-0190". */
  private static final Pattern PHONE = Pattern.compile("(?:\\+\\d{1,3}[\\s.-]?)?\\(?\\d{2,4}\\)?(?:[\\s.-]\\d{2,4}){2,3}");

  private PhoneNumbers() {}

  /** Whether the number at {@code at} of {@code text} is part of a telephone number. */
  static boolean contain(String text, int at, String number) {
    if (at < 0) {
      return false;
    }
    // A telephone number is made of digits, "+", "()", ".", "-" and spaces only, so the match that
    // holds the number lies in the run of such characters around it, and scanning that run finds
    // the matches a scan of the whole unit would: once per claim, a whole-unit scan was quadratic.
    int from = at;
    while (from > 0 && phoneChar(text.charAt(from - 1))) {
      from--;
    }
    int to = at;
    while (to < text.length() && phoneChar(text.charAt(to))) {
      to++;
    }
    if (to < at + number.length()) {
      return false;
    }
    var m = PHONE.matcher(text).region(from, to);
    while (m.find()) {
      if (m.start() <= at && at + number.length() <= m.end() && m.group().replaceAll("\\D", "").length() >= 7) {
        return true;
      }
    }
    return false;
  }

  private static boolean phoneChar(char c) {
    return c >= '0' && c <= '9' || c == '+' || c == '(' || c == ')' || c == '.' || c == '-' || Character.isWhitespace(c);
  }
}
