package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Claim;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the detectors ask the kit view: mentions by word index, a claim's unit. */
class KitViewTest {

  private static final String[] WORDS = {"smart", "routing", "Smart-Routing", "auto", "dispatch", "SSO", "99.9%",
      "$49", "per", "seat", "the", "plan", "Pro", "pro-plan", "iOS", "ios", "Ünïcode", "x2", "a", "—", "(beta)"};

  /** The word index answers as reading the whole text does, however often it is asked. */
  @Test
  void mentionsByIndexAgreeWithReadingTheText() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    KitBuilder b = new KitBuilder();
    for (int d = 0; d < 6; d++) {
      for (int u = 0; u < 20; u++) {
        b.unit("marketing/page-" + d + ".md", UnitKind.PARAGRAPH, sentence(r, 3 + r.nextInt(12)));
      }
    }
    KitView view = new KitView(b.build());
    String text = view.units(BusinessFunction.MARKETING).stream().map(x -> x.text()).reduce((x, y) -> x + "\n" + y)
        .map(x -> Quotes.collapse(x).toLowerCase(Locale.ROOT)).orElseThrow();
    int yes = 0;
    for (int i = 0; i < 500; i++) {
      String phrase = i % 5 == 0 ? " " + sentence(r, 1) : sentence(r, 1 + r.nextInt(3));
      boolean expected = KitView.scan(text, Quotes.collapse(phrase).toLowerCase(Locale.ROOT));
      assertEquals(expected, view.mentions(BusinessFunction.MARKETING, phrase), "seed " + seed + ": '" + phrase + "'");
      yes += expected ? 1 : 0;
    }
    assertTrue(yes > 20, "seed " + seed + ": too few phrases found to test anything: " + yes);
    assertFalse(view.mentions(BusinessFunction.SALES, "smart"));
  }

  @Test
  void aClaimFindsItsUnit() {
    KitBuilder b = new KitBuilder().unit("product/spec.md", UnitKind.HEADING, "Spec");
    b.claim("product/spec.md", "Uptime is 99.9%.").add();
    AnalyzedKit kit = b.build();
    KitView view = new KitView(kit);
    Claim c = kit.claims().get(0);
    assertSame(kit.documents().get(0).units().get(1), view.unit(c));
    assertEquals("Uptime is 99.9%.", view.unit(c).text());
  }

  private static String sentence(Random r, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      s.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return s.toString();
  }
}
