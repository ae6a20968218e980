package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** The term chain reads as the index's flattened chain does. */
class LaunchAnalyzerTest {

  private static final String[] WORDS = {"the", "a", "Pro", "plan", "costs", "$49", "per", "user", "99.9%", "and",
      "team's", "it's", "integrates", "with", "Slack", ",", ".", "-", "(", ")", "not", "Ünïcode", "x2", "sso", "SSO",
      "fast", "to", "value", "in", "set", "up", "go", "live", "general", "generally"};

  /**
   * Terms and surfaces (read at the offsets) without the flattening are those the flattened chain
   * gives, on sentences
   * full of the vocabulary's phrases, whole and cut short.
   */
  @Test
  void termsMatchTheFlattenedChain() throws IOException {
    List<String> phrases = new ArrayList<>(List.of(WORDS));
    try (InputStream in = LaunchAnalyzer.class.getResourceAsStream("launch-synonyms.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int arrow = line.indexOf("=>");
        if (!line.startsWith("#") && arrow >= 0) {
          for (String p : line.substring(0, arrow).split(",")) {
            phrases.add(p.strip());
            phrases.add(p.strip().split(" ")[0]);
          }
        }
      }
    }
    long seed = System.nanoTime();
    Random r = new Random(seed);
    int synonyms = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder s = new StringBuilder();
      int n = 1 + r.nextInt(14);
      for (int w = 0; w < n; w++) {
        String p = phrases.get(r.nextInt(phrases.size()));
        s.append(w == 0 ? "" : r.nextInt(6) == 0 ? "  " : " ").append(r.nextBoolean() ? p : p.toUpperCase());
      }
      String text = s.toString();
      List<String> flattened = flattened(text);
      List<String> linear = LaunchAnalyzer.SHARED.surfacedTokens(text).stream()
          .map(t -> t.term() + "|" + t.surface()).toList();
      assertEquals(flattened, linear, "seed " + seed + ": '" + text + "'");
      assertEquals(flattened.stream().map(t -> t.substring(0, t.indexOf('|'))).toList(),
          LaunchAnalyzer.SHARED.tokens(text), "seed " + seed + ": '" + text + "'");
      synonyms += flattened.stream().anyMatch(t -> t.startsWith("uptime|") || t.startsWith("price|")) ? 1 : 0;
    }
    assertTrue(synonyms > 100, "seed " + seed + ": too few synonyms to test anything: " + synonyms);
  }

  /** Terms with their surfaces, as surfacedTokens reads them, from the index's own chain. */
  private static List<String> flattened(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = LaunchAnalyzer.SHARED.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String t = term.toString();
        String surface = keyword.isKeyword() || offset.endOffset() > text.length() ? t
            : text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(java.util.Locale.ROOT);
        out.add(t + "|" + surface);
      }
      ts.end();
    }
    return out;
  }
}
