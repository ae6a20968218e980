package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuotesTest {

  /** The hand-written collapse must quote exactly what the regular expression it replaced did. */
  @Test
  void collapseMatchesTheRegularExpression() {
    List<String> samples = List.of("", " ", "plain", "  two  spaces ", "tab\tand\nnew line", "a\r\n\r\nb",
        "\u000Bvertical\fform feed\u000B", "no\u00A0break\u00A0space", " \u2003em space\u2003 ",
        "\u2028line separator\u2029", "single space only", "trailing\t", "\n\nleading");
    for (String s : samples) {
      assertEquals(s.replaceAll("\\s+", " ").strip(), Quotes.collapse(s), () -> "for " + s.replace("\n", "\\n"));
    }
    String alphabet = " \t\n\r\f\u000Bab\u00A0\u2003.";
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(s.replaceAll("\\s+", " ").strip(), Quotes.collapse(s));
    }
  }

  @Test
  void evidenceMarksTheValueInTheCollapsedUnit() {
    assertEquals(new Span(7, 10), Quotes.find("Pro is  $12 a month".replaceAll("\\s+", " "), "$12").orElseThrow());
  }

  @Test
  void aspectsReadAsWordsAndKeyedAspectsNameTheirThing() {
    assertEquals("Setup time", Quotes.label("setup-time"));
    assertEquals("Certification (soc 2)", Quotes.label("certification:soc-2"));
  }
}
