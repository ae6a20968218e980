package dev.launchlint.compare;

import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-word names a kit coins for its own concepts: a common noun written with a capital after a
 * determiner ("Each Workspace has its own tracking key", "define an Audience"), or
 * defined as the lead of a line ("Cohorts: saved groups of users"). Only the first kind is a
 * coinage on its own; a lead term is one only against a coinage of another function. Stateless.
 */
final class CoinedTerms {

  /**
   * A capitalised word after a determiner, not followed by another capitalised word: a common noun
   * takes "each", "every" or "an" ("each Workspace", "an Audience"); a place or a company after "in",
   * "on" or "and" ("in Nashville", "on Azure") is a proper name, not a coinage.
   */
  private static final Pattern MID_SENTENCE = Pattern.compile(
      "\\b(?:[Aa]n?|[Ee]ach|[Ee]very|[Oo]ne|own|per|[Aa]ny|[Aa]nother) ([A-Z][a-z]{3,})\\b(?![ -][A-Z])");
  /** A single capitalised word that a line defines ("Cohorts: saved groups of users ..."). */
  private static final Pattern LEAD = Pattern.compile("^[^\\p{L}]{0,4}([A-Z][a-z]{3,}):\\s+\\p{Ll}");

  private CoinedTerms() {}

  /** The words of {@code text} written as coined names in the middle of a sentence. */
  static List<String> coined(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = MID_SENTENCE.matcher(text);
    while (m.find()) {
      if (!out.contains(m.group(1))) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** The word a line defines as its lead, or null. */
  static String lead(String text) {
    Matcher m = LEAD.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** The word without a plural "s", lower case: one key for "Workspace" and "Workspaces". */
  static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("s") && !w.endsWith("ss") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
  }

  /** Whether a function uses the word, in any case, singular or plural. */
  static boolean mentioned(KitView view, BusinessFunction f, String word) {
    String k = key(word);
    return view.mentions(f, k) || view.mentions(f, k + "s") || view.mentions(f, k + "es");
  }

  /** Whether {@code name} is one word. */
  static boolean oneWord(String name) {
    return name.indexOf(' ') < 0 && name.indexOf('-') < 0;
  }
}
