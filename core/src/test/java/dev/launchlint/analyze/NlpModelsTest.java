package dev.launchlint.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The shared models are narrowed for speed; what they return must not change. */
class NlpModelsTest {

  private static final List<String> SENTENCES = List.of(
      "Acme Cloud keeps 99.95% uptime, backed by a financially backed SLA.",
      "The Pro plan costs $49 per user/month, billed annually; Enterprise starts at $50k per year.",
      "Code Insights is generally available in Q3 2026; the analytics API remains in public beta.",
      "Cody does not support Perforce yet, but support is on the roadmap for next year.",
      "Reduce churn and accelerate onboarding with precise code navigation in every editor.",
      "Teams ship faster because reviews no longer wait on the one engineer who knows the code.",
      "Without writing code, admins can route leads, set up alerts and export reports.",
      "Search is up to 10x faster than grep-based tools and uses half the memory.",
      "Data residency: all visit data and recordings are stored in EU data centres.",
      "Join our live launch webinar on 12 March at 5 pm CET, or reply to this e-mail.",
      "Plans Plan Price Monthly active rows included",
      "What would you like to build first?");

  private static String[] words(String sentence) {
    return words(null, sentence);
  }

  private static String[] words(TokenizerME model, String sentence) {
    Span[] spans = model == null ? NlpModels.shared().tokens(sentence) : model.tokenizePos(sentence);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
    }
    return words;
  }

  @Test
  void tokensOfOrdinaryCopyAreTheModelsOwn() throws IOException {
    TokenizerME model = new TokenizerME(new TokenizerModel(NlpModels.open(NlpModels.TOKEN_MODEL)));
    for (String s : SENTENCES) {
      assertArrayEquals(model.tokenizePos(s), NlpModels.shared().tokens(s), s);
    }
  }

  @Test
  void plainWordsStayWholeAndGluedWordsAreStillSplit() throws IOException {
    TokenizerME model = new TokenizerME(new TokenizerModel(NlpModels.open(NlpModels.TOKEN_MODEL)));
    // the model alone reads the product "Checkout" as "Check out" and "touchscreen" as two words
    String product = "Cartwren Checkout 2.0 has a color touchscreen display.";
    assertEquals(List.of("Check", "out"), List.of(words(model, product)).subList(1, 3));
    assertEquals(List.of("Cartwren", "Checkout", "2.0", "has", "a", "color", "touchscreen", "display", "."),
        List.of(words(product)));
    // a heading glued to its paragraph by extraction, and a number glued to its magnitude, are split
    assertEquals(List.of("Data", "residency", "All", "visit", "data", "is", "stored", "for", "100", "k", "users"),
        List.of(words("Data residencyAll visit data is stored for 100k users")));
  }

  @Test
  void greedyTaggingGivesTheTagsOfTheModelsOwnBeam() throws IOException {
    POSModel manifest = new POSModel(NlpModels.open(NlpModels.POS_MODEL));
    assertEquals("3", manifest.getManifestProperty("BeamSize"));
    POSTaggerME wide = new POSTaggerME(manifest, POSTagFormat.UD);
    GreedyTagger greedy = new GreedyTagger(manifest);
    for (String s : SENTENCES) {
      String[] words = words(s);
      String[] tags = wide.tag(words);
      assertArrayEquals(tags, greedy.tag(words), s);
      assertArrayEquals(tags, NlpModels.shared().tags(words), s);
    }
  }

  @Test
  void aSentenceDoesNotEndAtAnAbbreviationThatIntroducesWhatFollows() {
    String text = "We occasionally split products (e.g. Data Pipelines unbundled), which makes guarantees complex. "
        + "Plans are billed monthly.";
    Span[] found = NlpModels.shared().sentences(text);
    assertEquals(List.of("We occasionally split products (e.g. Data Pipelines unbundled), which makes guarantees complex.",
        "Plans are billed monthly."), java.util.Arrays.stream(found).map(s -> s.getCoveredText(text).toString()).toList());
  }

  @Test
  void aOneWordAnswerIsASentenceOfItsOwn() {
    String text = "Can it read dispensing systems? No. ColdTrace T3 measures temperature only.";
    Span[] found = NlpModels.shared().sentences(text);
    assertEquals(List.of("Can it read dispensing systems?", "No.", "ColdTrace T3 measures temperature only."),
        java.util.Arrays.stream(found).map(s -> s.getCoveredText(text).toString()).toList());
  }
}
