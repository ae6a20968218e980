package dev.launchlint.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a name stands in the statement that is read as its definition: as the statement's topic
 * ("The Connectivity Plan is required for each active probe", "Co-op Hub: share your numbers", the
 * first cell of a table row), or inside it, between the terms around it ("the full app with Water
 * Coach and Yield Maps"). Two names fill the same slot of two similar statements only when both are
 * the topic, or both stand inside between the same terms: a statement about a plan that lists a
 * feature inside is no evidence that the plan and the feature are one thing. Immutable.
 *
 * @param topic whether only a determiner or a lead-in word ("each", "the", "meet") stands before
 *     the name in its sentence
 * @param before the informative terms just before the name in its sentence, nearest last
 * @param after the informative terms just after the name in its sentence, nearest first
 */
record NameSlot(boolean topic, List<String> before, List<String> after) {

  /** How many terms on each side say where a name inside a statement stands. */
  private static final int SIDE = 3;

  /** Words that may stand before the name a sentence is about. */
  private static final Set<String> LEAD_IN = Set.of("the", "a", "an", "each", "every", "our", "your", "their",
      "its", "this", "that", "these", "new", "new:", "meet", "introducing", "let", "with", "use", "try", "and");

  private static final Pattern CLAUSE_END = Pattern.compile("[.!?;:|]\\s|\\s[\u2013\u2014-]\\s|\\s\\|\\s");

  NameSlot {
    before = List.copyOf(Objects.requireNonNull(before, "before"));
    after = List.copyOf(Objects.requireNonNull(after, "after"));
  }

  /** Every place {@code name} stands in {@code window}, in order; empty when it stands nowhere. */
  static List<NameSlot> all(String window, String name) {
    String lower = window.toLowerCase(Locale.ROOT);
    String needle = name.toLowerCase(Locale.ROOT);
    List<NameSlot> out = new ArrayList<>();
    for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length())) {
      out.add(at(window, name, at));
    }
    return out;
  }

  private static NameSlot at(String window, String name, int at) {
    String prefix = clauseBefore(window.substring(0, at));
    String suffix = clauseAfter(window.substring(at + name.length()));
    boolean topic = true;
    for (String w : prefix.strip().split("\\s+")) {
      String word = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}:]+$", "").toLowerCase(Locale.ROOT);
      if (!word.isEmpty() && !LEAD_IN.contains(word)) {
        topic = false;
        break;
      }
    }
    Set<String> own = Set.copyOf(LaunchAnalyzer.SHARED.tokens(name));
    List<String> left = informative(prefix, own);
    List<String> right = informative(suffix, own);
    return new NameSlot(topic, left.subList(Math.max(0, left.size() - SIDE), left.size()),
        right.subList(0, Math.min(SIDE, right.size())));
  }

  /**
   * Whether two names stand in the same slot: both are what their statements are about, or the
   * same terms stand next to both on one side ("the full app (Root-Zone Scheduler and Yield Maps)",
   * "the full app with Water Coach and Yield Maps"; "one month of Halcyon Membership, which unlocks
   * sleep stages", "Halcyon Plus adds sleep stages").
   */
  boolean sameAs(NameSlot other) {
    return topic && other.topic
        || before.stream().anyMatch(other.before::contains)
        || after.stream().anyMatch(other.after::contains);
  }

  /** Whether some place of one name is the same slot as some place of the other. */
  static boolean anySame(List<NameSlot> a, List<NameSlot> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(x::sameAs));
  }

  /** The text after the last sentence or clause break before the name. */
  private static String clauseBefore(String text) {
    var m = CLAUSE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      start = m.end();
    }
    return text.substring(start);
  }

  /** The text up to the first sentence or clause break after the name. */
  private static String clauseAfter(String text) {
    var m = CLAUSE_END.matcher(text);
    return m.find() ? text.substring(0, m.start()) : text;
  }

  private static List<String> informative(String text, Set<String> own) {
    return LaunchAnalyzer.SHARED.tokens(text).stream().filter(Themes::informative).filter(t -> !own.contains(t)).toList();
  }
}
