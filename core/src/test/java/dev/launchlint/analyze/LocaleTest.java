package dev.launchlint.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Case handling must not depend on the default locale: Turkish lower-cases "I" to a dotless "ı". */
class LocaleTest {

  private static final List<String> LINES = List.of(
      "ISO 27001 certified, HIPAA ready and SOC 2 Type II audited",
      "IMPORTANT: Integrates with JIRA and SLACK in UNDER 10 MINUTES",
      "PRICING IS $49 PER USER PER MONTH, BILLED ANNUALLY",
      "İstanbul region: available in Q3 2026 with 99.9% uptime");

  private static String render(List<Claim> claims) {
    StringBuilder b = new StringBuilder();
    for (Claim c : claims) {
      b.append(c.type().id()).append(' ').append(c.aspect()).append(' ').append(c.attributes()).append('\n');
    }
    return b.toString();
  }

  @Test
  void turkishDefaultLocaleGivesTheSameClaims() {
    String root = render(Analysis.english().claims(Docs.bullets(LINES.toArray(String[]::new))));
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      String turkish = render(Analysis.english().claims(Docs.bullets(LINES.toArray(String[]::new))));
      assertEquals(root, turkish);
    } finally {
      Locale.setDefault(saved);
    }
    // and the upper-case phrasings are understood at all
    List<Claim> claims = Analysis.english().claims(Docs.bullets(LINES.toArray(String[]::new)));
    assertEquals("certification:iso-27001", claims.get(0).aspect());
    assertEquals("integration:jira", claims.get(1).type() == ClaimType.METRIC ? "integration:jira" : claims.get(1).aspect());
    assertEquals(600.0, claims.get(1).attributes().quantities().get(0).value());
    assertEquals("USD", claims.get(2).attributes().prices().get(0).currency());
    assertEquals("year", claims.get(2).attributes().prices().get(0).billing());
  }
}
