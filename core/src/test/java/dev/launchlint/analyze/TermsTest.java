package dev.launchlint.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Value-proposition terms: key phrases normalised by Lucene and ranked by G² against the other functions. */
class TermsTest {

  private static final ExtractedDocument PRODUCT = Docs.of(BusinessFunction.PRODUCT, "product/spec.md", UnitKind.PARAGRAPH,
      "The code graph indexes every repository and powers precise code navigation.",
      "Code navigation works across repositories with precise code intelligence.",
      "Admins configure the code graph with a single configuration file.",
      "Batch changes update many repositories at once.");
  private static final ExtractedDocument MARKETING = Docs.of(BusinessFunction.MARKETING, "marketing/page.md", UnitKind.PARAGRAPH,
      "Reduce churn with real-time insights for every team.",
      "Real-time insights help you reduce churn and ship faster.",
      "Get real-time insights into the code graph.",
      "Teams ship faster with AI-powered answers.");

  @Test
  void distinctivePhrasesRankFirstPerFunction() {
    Map<BusinessFunction, List<Term>> terms = Analysis.english().terms(List.of(PRODUCT, MARKETING));
    List<String> marketing = terms.get(BusinessFunction.MARKETING).stream().map(Term::term).toList();
    List<String> product = terms.get(BusinessFunction.PRODUCT).stream().map(Term::term).toList();
    assertTrue(marketing.indexOf("real time insight") >= 0 && marketing.indexOf("real time insight") < 3, () -> marketing.toString());
    assertTrue(marketing.contains("reduce churn"), () -> marketing.toString());
    assertTrue(marketing.contains("ship fast"), () -> marketing.toString());
    assertTrue(product.contains("code navigation"), () -> product.toString());
    // shared by both functions at similar rates: not distinctive for marketing
    assertTrue(!marketing.contains("code graph"), () -> marketing.toString());
    Term insight = terms.get(BusinessFunction.MARKETING).stream().filter(t -> t.term().equals("real time insight")).findFirst().orElseThrow();
    assertEquals(3, insight.count());
    assertEquals(Distinctiveness.g2(3, 0, count(MARKETING), count(PRODUCT)), insight.weight(), 1e-3);
  }

  @Test
  void g2IsZeroWhenRatesAreEqualAndGrowsWithSkew() {
    assertEquals(0, Distinctiveness.g2(5, 5, 100, 100), 1e-12);
    assertTrue(Distinctiveness.g2(9, 1, 100, 100) > Distinctiveness.g2(6, 4, 100, 100));
    // Dunning's example scale: 2 * (10 ln(10/5) + 0) for 10 vs 0 in equal corpora
    assertEquals(2 * 10 * Math.log(2), Distinctiveness.g2(10, 0, 100, 100), 1e-9);
  }

  @Test
  void luceneNormalisationFoldsCaseStopWordsAndPlurals() {
    assertEquals("real time insight", KeyPhrases.normalise("Real-Time Insights"));
    assertEquals("code search", KeyPhrases.normalise("the Code Search"));
    assertEquals("team dashboard", KeyPhrases.normalise("team's dashboards"));
  }

  @Test
  void oneFunctionAloneIsRankedByFrequency() {
    Map<BusinessFunction, List<Term>> terms = Analysis.english().terms(List.of(MARKETING));
    Term top = terms.get(BusinessFunction.MARKETING).get(0);
    assertEquals("real time insight", top.term());
    assertEquals(top.count(), top.weight(), 1e-9);
  }

  @Test
  void analyzeReadsClaimsAndTermsInOnePass() {
    AnalyzedKit kit = Analysis.english().analyze(List.of(PRODUCT, MARKETING));
    assertEquals(Analysis.english().claims(PRODUCT).size() + Analysis.english().claims(MARKETING).size(), kit.claims().size());
    assertEquals(Analysis.english().terms(List.of(PRODUCT, MARKETING)), kit.terms());
  }

  private static long count(ExtractedDocument doc) {
    Distinctiveness d = new Distinctiveness();
    return Analysis.english().terms(List.of(doc)).isEmpty() ? 0 : phrases(doc);
  }

  private static long phrases(ExtractedDocument doc) {
    long n = 0;
    for (var u : doc.units()) {
      String s = doc.text().substring(u.start(), u.end());
      n += KeyPhrases.of(s, tag(s)).size();
    }
    return n;
  }

  private static List<Token> tag(String s) {
    NlpModels nlp = NlpModels.shared();
    var spans = nlp.tokens(s);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = s.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = nlp.tags(words);
    List<Token> tokens = new java.util.ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(words[i], tags[i], spans[i].getStart(), spans[i].getEnd()));
    }
    return tokens;
  }
}
