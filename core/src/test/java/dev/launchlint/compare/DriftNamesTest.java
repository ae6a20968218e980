package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Terminology drift's quick tests of a unit agree with the patterns and splits they stand for. */
class DriftNamesTest {

  private static final String[] PIECES = {"Smart", "Routing", "smart", "routing", "Auto", "-", "Dispatch", " ", "  ",
      "\t", "\n", "\u00a0", "\u2003", "\u000B", "A", "b", "X2", "99", "Pro", "plan", "Plan", "tier", "É", "Ünïcode",
      "iOS", "SSO", ",", ".", "+", "Growth", "edition", "\u0130"};

  @Test
  void quickTestsAgreeWithThePatterns() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    int names = 0;
    for (int n = 0; n < 20000; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = r.nextInt(12); k >= 0; k--) {
        s.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(3) > 0) {
          s.append(' ');
        }
      }
      String text = s.toString();
      assertEquals(titleCaseBySplitting(text), Drift.titleCase(text), "seed " + seed + ": '" + text + "'");
      if (Drift.NAME.matcher(text).find()) {
        names++;
        assertTrue(Drift.twoCapitalisedWords(text), "seed " + seed + ": '" + text + "'");
      }
      if (Drift.PLAN_NAME.matcher(text).find()) {
        assertTrue(text.contains(" plan") || text.contains(" tier") || text.contains(" edition"),
            "seed " + seed + ": '" + text + "'");
      }
    }
    assertTrue(names > 1000, "seed " + seed + ": too few names to test anything: " + names);
  }

  /** What Drift.titleCase said before it counted words without splitting. */
  private static boolean titleCaseBySplitting(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 3) {
      return true;
    }
    int caps = 0;
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        caps++;
      }
    }
    return caps >= 0.6 * words.length;
  }
}
