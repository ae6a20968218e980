package dev.launchlint.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates, quarters, relative references and release stages. */
class DateAndStageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Generally available in Q3 2026.              | 2026 | 3 | -  | -  | false | Q3 2026
      GA planned for Q4'26                         | 2026 | 4 | -  | -  | false | Q4'26
      GA is planned for the third quarter of 2027. | 2027 | 3 | -  | -  | false | third quarter of 2027
      Fourth-quarter 2026 general availability     | 2026 | 4 | -  | -  | false | Fourth-quarter 2026
      The beta opens in March 2026.                | 2026 | - | 3  | -  | false | March 2026
      Ships on March 15, 2026 to all customers.    | 2026 | - | 3  | 15 | false | March 15, 2026
      Available from 2026-03-15.                   | 2026 | - | 3  | 15 | false | 2026-03-15
      Launching 15 September 2026 in the EU.       | 2026 | - | 9  | 15 | false | 15 September 2026
      The connector ships in 2027.                 | 2027 | - | -  | -  | false | 2027
      SSO arrives next month for every plan.       | -    | - | -  | -  | true  | next month
      Audit logs are coming later this year.       | -    | - | -  | -  | true  | later this year
      """)
  void dates(String line, Integer year, Integer quarter, Integer month, Integer day, boolean relative, String text) {
    List<Claim> claims = Docs.bulletClaims(line);
    assertEquals(1, claims.size(), () -> line + " -> " + claims);
    List<DateRef> dates = claims.get(0).attributes().dates();
    assertEquals(1, dates.size(), () -> line + " -> " + dates);
    DateRef d = dates.get(0);
    assertEquals(year, d.year(), line);
    assertEquals(quarter, d.quarter(), line);
    assertEquals(month, d.month(), line);
    assertEquals(day, d.day(), line);
    assertEquals(relative, d.relative(), line);
    assertEquals(text, d.text(), line);
    assertEquals(text, line.substring(d.start(), d.end()), "offsets point at the date");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Cody is now generally available.                          | GA
      Reached general availability last week                    | GA
      Batch Changes is in public beta.                          | BETA
      The API is a technical preview.                           | PREVIEW
      Join the waitlist for early access.                       | EARLY_ACCESS
      Offline mode is coming soon.                              | ROADMAP
      Offline search is on the roadmap.                         | ROADMAP
      The legacy exporter is deprecated and will be removed.    | DEPRECATED
      """)
  void stages(String line, ReleaseStage stage) {
    List<Claim> claims = Docs.bulletClaims(line);
    assertEquals(1, claims.size(), () -> line + " -> " + claims);
    assertEquals(stage, claims.get(0).attributes().stage(), line);
    assertEquals(ClaimType.AVAILABILITY, claims.get(0).type(), line);
    assertEquals("release-date", claims.get(0).aspect(), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      We may expand the rollout as soon as possible.
      Plans for Teams start small.
      """)
  void noDateWhereThereIsNone(String line) {
    for (Claim c : Docs.bulletClaims(line)) {
      assertTrue(c.attributes().dates().stream().allMatch(d -> d.relative() == false && d.year() != null)
          || c.attributes().dates().isEmpty(), () -> line + " -> " + c.attributes().dates());
      assertFalse(c.attributes().dates().stream().anyMatch(d -> d.month() != null), line);
    }
  }
}
