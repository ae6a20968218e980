package dev.launchlint.compare;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The informative terms of one unit text as {@link Themes} reads them ({@link LaunchAnalyzer},
 * then {@link Themes#informative}), each with its surface: the word as written, or the canonical
 * word of a launch synonym. Units with the same text share one.
 *
 * @param terms the terms in text order, duplicates kept
 * @param surfaces the surface of each term, at the same position
 */
record UnitTerms(List<String> terms, String[] surfaces) {

  /**
   * Analyses {@code text}; its terms and surfaces are strings of {@code canonical}, one per distinct
   * word, because a large kit's units hold millions of tokens but tens of thousands of words.
   */
  static UnitTerms of(String text, ConcurrentHashMap<String, String> canonical) {
    List<LaunchAnalyzer.Token> tokens = LaunchAnalyzer.SHARED.surfacedTokens(text);
    int kept = 0;
    for (LaunchAnalyzer.Token t : tokens) {
      kept += Themes.informative(t.term()) ? 1 : 0;
    }
    String[] terms = new String[kept];
    String[] surfaces = new String[kept];
    int k = 0;
    for (LaunchAnalyzer.Token t : tokens) {
      if (Themes.informative(t.term())) {
        terms[k] = canonical.computeIfAbsent(t.term(), x -> x);
        surfaces[k] = canonical.computeIfAbsent(t.surface(), x -> x);
        k++;
      }
    }
    return new UnitTerms(List.of(terms), surfaces);
  }

  /**
   * The unit terms of a kit's documents, analysed as each document is read ({@link
   * Comparison.Preparation}): per distinct unit text, whatever order the documents come in.
   * Thread-safe.
   */
  static final class Prepared implements Comparison.Preparation {

    private final ConcurrentHashMap<String, String> canonical = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, UnitTerms> byText = new ConcurrentHashMap<>();

    @Override
    public void read(dev.launchlint.extract.ExtractedDocument document) {
      if (document.function() == null) {
        return;
      }
      for (dev.launchlint.extract.TextUnit u : document.units()) {
        // Two threads may analyse one text at once; either result is the same.
        if (!byText.containsKey(u.text())) {
          byText.putIfAbsent(u.text(), of(u.text(), canonical));
        }
      }
    }

    /** The terms of a unit text read before, or null. */
    UnitTerms get(String text) {
      return byText.get(text);
    }

    ConcurrentHashMap<String, String> canonical() {
      return canonical;
    }

    /** Lets go of what was prepared once the themes hold it; a later call analyses afresh. */
    void release() {
      byText.clear();
      canonical.clear();
    }
  }
}
