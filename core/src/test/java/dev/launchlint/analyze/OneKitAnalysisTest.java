package dev.launchlint.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analysis of one kit remembers the sentences it read; a sentence read again, at another
 * offset, in another document or in a list instead of a paragraph, must say exactly what a fresh
 * reading says, with its spans at the new place.
 */
class OneKitAnalysisTest {

  private static final String PRICE = "The Pro plan costs $49 per user per month, billed annually.";
  private static final String METRICS = "Search is up to 10x faster and keeps 99.95% uptime.";
  private static final String DATES = "Offline mode ships in beta in Q3 2026, with more regions next month.";
  private static final String SETUP = "Setup takes 10 minutes with the guided installer.";
  /** A claim as a bullet, nothing as a paragraph: what it says depends on where it stands. */
  private static final String FRAGMENT = "Dashboards for every team";

  @Test
  void aRepeatedSentenceSaysWhatAFreshReadingSaysAtItsNewOffset() {
    ExtractedDocument spec = Docs.paragraphs(PRICE + " " + METRICS, DATES, SETUP, FRAGMENT);
    ExtractedDocument page = Docs.of(BusinessFunction.MARKETING, "marketing/page.md", UnitKind.PARAGRAPH,
        "Why teams switch, in short.", "Fast. " + METRICS + " " + PRICE, SETUP + " " + SETUP, DATES);
    ExtractedDocument deck = Docs.of(BusinessFunction.SALES, "sales/deck.txt", UnitKind.LIST_ITEM,
        FRAGMENT, PRICE, "  " + METRICS, DATES);
    List<ExtractedDocument> kit = List.of(spec, page, deck);
    Analysis once = Analysis.english().forOneKit();
    List<Claim> claims = new ArrayList<>();
    for (ExtractedDocument d : kit) {
      DocumentReading fresh = Analysis.english().read(d);
      DocumentReading reading = once.read(d);
      assertEquals(fresh.claims(), reading.claims(), d.path());
      assertEquals(fresh.phrases(), reading.phrases(), d.path());
      for (Claim c : reading.claims()) {
        assertSpansQuote(d, c);
      }
      claims.addAll(reading.claims());
    }
    assertEquals(Analysis.english().terms(kit), once.terms(kit));
    assertEquals(Analysis.english().analyze(kit).claims(), once.analyze(kit).claims());

    // the test means something only if the kit repeats its figures at other offsets
    List<Integer> uptime = claims.stream().flatMap(c -> c.attributes().quantities().stream())
        .filter(q -> q.text().equals("99.95%")).map(Quantity::start).distinct().toList();
    List<Integer> price = claims.stream().flatMap(c -> c.attributes().prices().stream())
        .map(Money::start).distinct().toList();
    assertTrue(uptime.size() >= 3, uptime::toString);
    assertTrue(price.size() >= 3, price::toString);
    // and the same characters said something else in a paragraph than in a list
    assertTrue(claims.stream().noneMatch(c -> c.path().equals(spec.path()) && c.text().equals(FRAGMENT)));
    assertTrue(claims.stream().anyMatch(c -> c.path().equals(deck.path()) && c.text().equals(FRAGMENT)));
  }

  @Test
  void aRememberedBoilerplateSentenceIsSkippedAsAFreshReadingSkipsIt() {
    String footer = "See the pricing page for the Pro plan at $49 per user.";
    ExtractedDocument page = Docs.of(BusinessFunction.MARKETING, "marketing/page.md", UnitKind.PARAGRAPH,
        PRICE + " " + footer, footer + " " + SETUP, METRICS + " " + footer);
    ExtractedDocument deck = Docs.of(BusinessFunction.SALES, "sales/deck.txt", UnitKind.LIST_ITEM,
        footer + " " + PRICE, SETUP);
    // the test means something only if the sentence would be a claim were it not boilerplate
    assertTrue(Analysis.english().read(Docs.paragraphs(footer.replace("See the", "The"))).claims().size() > 0);
    Analysis once = Analysis.english().forOneKit();
    for (ExtractedDocument d : List.of(page, deck, page)) {
      DocumentReading fresh = Analysis.english().read(d);
      DocumentReading reading = once.read(d);
      assertEquals(fresh.claims(), reading.claims(), d.path());
      assertEquals(fresh.phrases(), reading.phrases(), d.path());
      assertTrue(reading.claims().stream().noneMatch(c -> c.text().startsWith("See the pricing")), d.path());
    }
  }

  @Test
  void boilerplatePatternsAnchoredAtTheStartAreTriedThereOnly() {
    assertTrue(SentenceReader.anchoredAtStart(java.util.regex.Pattern.compile("^(title|date)\\s*:")));
    assertTrue(SentenceReader.anchoredAtStart(java.util.regex.Pattern.compile("(?i)^\\W*(agenda|end)\\W*$")));
    assertTrue(SentenceReader.anchoredAtStart(java.util.regex.Pattern.compile("(?i)^\\W*[|(]\\s*x")));
    // an alternative outside a group, multi-line mode or no anchor: find must try every place
    assertTrue(!SentenceReader.anchoredAtStart(java.util.regex.Pattern.compile("^draft|confidential")));
    assertTrue(!SentenceReader.anchoredAtStart(java.util.regex.Pattern.compile("(?im)^draft")));
    assertTrue(!SentenceReader.anchoredAtStart(java.util.regex.Pattern.compile("^draft", java.util.regex.Pattern.MULTILINE)));
    assertTrue(!SentenceReader.anchoredAtStart(java.util.regex.Pattern.compile("(?i)\\bplease\\b")));
    assertTrue(!SentenceReader.anchoredAtStart(java.util.regex.Pattern.compile("\\^x")));
  }

  @Test
  void boilerplatePatternsAnywhereNameTheWordsEveryMatchHas() {
    assertArrayEquals(new String[] {"please"},
        SentenceReader.requiredLiterals(java.util.regex.Pattern.compile("(?i)\\bplease\\b")));
    assertArrayEquals(new String[] {"\u00a9", "(c)", "copyright", "all rights reserved"},
        SentenceReader.requiredLiterals(java.util.regex.Pattern.compile(
            "(?i)(\u00a9|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|all rights reserved)")));
    assertArrayEquals(new String[] {"terms of ", "view in ", "guarantee"},
        SentenceReader.requiredLiterals(java.util.regex.Pattern.compile(
            "(?i)\\b(terms of (service|use)|view in (your )?browser|guarantees?)\\b")));
    assertArrayEquals(new String[] {"Draft"}, SentenceReader.requiredLiterals(java.util.regex.Pattern.compile("Draft")));
    // shapes it cannot read, or flags it does not know: the pattern is always tried
    for (String r : List.of("(?iu)please", "(?i)(a|b)?", "(a)|(b)", "(?i)\\w+ing", "x|", "(?i)[a-z]ok", "a*b")) {
      assertEquals(null, SentenceReader.requiredLiterals(java.util.regex.Pattern.compile(r)), r);
    }
  }

  /** Every match of each boilerplate pattern holds one of its words, on random texts made of them. */
  @Test
  void boilerplateWordsAreInEveryMatch() {
    long seed = System.nanoTime();
    java.util.Random random = new java.util.Random(seed);
    List<java.util.regex.Pattern> patterns = Lexicon.shared().boilerplate;
    List<String> pieces = new ArrayList<>(List.of(" ", "  ", "-", "(C) 2024", "\u00a9", "x", "Please", "PLEASE!",
        "All Rights Reserved", "terms of use", "Terms Of Service", "cookie settings", "view in your browser",
        "Unsubscribe", "Internal Use Only", "Proprietary and Confidential", "not for distribution", "\u0130", "\u212a"));
    int tried = 0;
    int matched = 0;
    for (java.util.regex.Pattern p : patterns) {
      String[] words = SentenceReader.requiredLiterals(p);
      if (words == null) {
        continue;
      }
      tried++;
      for (int n = 0; n < 400; n++) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(6); k >= 0; k--) {
          String piece = pieces.get(random.nextInt(pieces.size()));
          text.append(random.nextBoolean() ? piece : piece.toUpperCase(java.util.Locale.ROOT)).append(' ');
        }
        String t = text.toString();
        if (p.matcher(t).find()) {
          matched++;
          String lower = t.toLowerCase(java.util.Locale.ROOT);
          assertTrue(java.util.Arrays.stream(words).anyMatch(w -> lower.contains(w) || t.contains(w)),
              "seed " + seed + ": " + p + " matched '" + t + "' without any of " + List.of(words));
        }
      }
    }
    assertTrue(tried >= 3 && matched > 100, "seed " + seed + ": too little tried: " + tried + " patterns, " + matched);
  }

  @Test
  void shiftingMovesOnlyTheSpans() {
    Attributes read = new Attributes(
        List.of(new Quantity(99.95, null, "percent", "%", Bound.EXACT, 40, 46, "99.95%")),
        List.of(new Money("USD", 49, null, "user", "month", "Pro", Bound.AT_LEAST, 10, 13, "$49", "year")),
        List.of(new DateRef(2026, 3, null, null, false, 0, 7, "Q3 2026")),
        ReleaseStage.BETA, List.of("pro plan"), true, true, List.of("guaranteed"));
    Attributes moved = new Attributes(
        List.of(new Quantity(99.95, null, "percent", "%", Bound.EXACT, 57, 63, "99.95%")),
        List.of(new Money("USD", 49, null, "user", "month", "Pro", Bound.AT_LEAST, 27, 30, "$49", "year")),
        List.of(new DateRef(2026, 3, null, null, false, 17, 24, "Q3 2026")),
        ReleaseStage.BETA, List.of("pro plan"), true, true, List.of("guaranteed"));
    assertEquals(moved, read.shifted(17));
    assertEquals(read, moved.shifted(-17));
    SentenceReader.Reading reading = new SentenceReader.Reading(true, ClaimType.PRICE, "price", read);
    assertEquals(new SentenceReader.Reading(true, ClaimType.PRICE, "price", moved), reading.shifted(17));
    assertEquals(SentenceReader.Reading.NONE, SentenceReader.Reading.NONE.shifted(17));
  }

  /** Every span of a claim's facts quotes the document where the fact was read. */
  private static void assertSpansQuote(ExtractedDocument d, Claim c) {
    Attributes a = c.attributes();
    List<int[]> spans = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    a.quantities().forEach(q -> { spans.add(new int[] {q.start(), q.end()}); texts.add(q.text()); });
    a.prices().forEach(p -> { spans.add(new int[] {p.start(), p.end()}); texts.add(p.text()); });
    a.dates().forEach(x -> { spans.add(new int[] {x.start(), x.end()}); texts.add(x.text()); });
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      assertTrue(c.start() <= span[0] && span[1] <= c.end(), () -> "span outside its claim: " + c);
      assertEquals(Text.collapse(texts.get(i)), Text.collapse(d.text().substring(span[0], span[1])), d.path());
    }
  }
}
