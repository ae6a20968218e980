package dev.launchlint.compare;

import java.util.regex.Pattern;

/**
 * The working items a launch team writes down for itself beside what it sells: who it sells to
 * (personas), what could go wrong (risks), how it will be measured (success metrics, KPIs) and what
 * is still open. Sentences under such a section describe a buyer or a plan, not the offering.
 * Stateless.
 */
final class InternalItems {

  private static final Pattern SECTION = Pattern.compile(
      "\\b(personas?|risks?|success (metrics?|measures?|criteria)|kpis?|open questions?|assumptions?)\\b",
      Pattern.CASE_INSENSITIVE);

  /** A heading names an item when it is short: a longer one uses the word in passing ("step up when risk goes up"). */
  private static final int MAX_HEADING_WORDS = 4;

  private InternalItems() {}

  /** Whether a section heading (null when there is none) names one of the team's own working items. */
  static boolean section(String heading) {
    return heading != null && SECTION.matcher(heading).find()
        && heading.strip().split("[^\\p{L}\\p{N}]+").length <= MAX_HEADING_WORDS;
  }
}
