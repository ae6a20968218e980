package dev.launchlint.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prices: currencies, amounts, per what, period, billing, plan and bound. */
class MoneyExtractionTest {

  static Money single(String line) {
    List<Claim> claims = Docs.bulletClaims(line);
    assertEquals(1, claims.size(), () -> "one claim expected in '" + line + "' but got " + claims);
    assertEquals(ClaimType.PRICE, claims.get(0).type(), line);
    assertEquals("price", claims.get(0).aspect(), line);
    List<Money> prices = claims.get(0).attributes().prices();
    assertEquals(1, prices.size(), () -> "one price expected in '" + line + "' but got " + prices);
    Money m = prices.get(0);
    assertEquals(m.text(), line.substring(m.start(), m.end()).replaceAll("\\s+", " "), "offsets point at the phrase");
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      $49 per user/month                                  | USD | 49     | -     | user  | month | -     | -    | EXACT
      €29/mo billed annually                              | EUR | 29     | -     | -     | month | year  | -    | EXACT
      £15 per seat per month                              | GBP | 15     | -     | seat  | month | -     | -    | EXACT
      The Pro plan costs from $10 to $20 per seat a month. | USD | 10    | 20    | seat  | month | -     | Pro  | RANGE
      Enterprise starts at $50k per year.                 | USD | 50000  | -     | -     | year  | -     | Enterprise | AT_LEAST
      Only 99 USD/month for the Team plan                 | USD | 99     | -     | -     | month | -     | Team | EXACT
      Storage is $0.10 per GB.                            | USD | 0.1    | -     | GB    | -     | -     | -    | EXACT
      Business: $1,200 annually, billed upfront           | USD | 1200   | -     | -     | year  | upfront | Business | EXACT
      Pricing from €8 per active user monthly             | EUR | 8      | -     | user  | month | -     | -    | AT_LEAST
      As low as $5 per host per month                     | USD | 5      | -     | host  | month | -     | -    | AT_LEAST
      The Starter tier is free forever.                   | XXX | 0      | -     | -     | -     | -     | Starter | EXACT
      Premium adds $10 per employee per month.           | USD | 10     | -     | employee | month | -  | Premium | EXACT
      $3.50 per mailbox per month on the Standard tier    | USD | 3.5    | -     | mailbox | month | -   | Standard | EXACT
      Total Annual Benefit: $2.5m–$4.0m                   | USD | 2500000 | 4000000 | - | -   | -     | -    | RANGE
      Start with a free 14-day trial.                     | XXX | 0      | -     | -     | -     | -     | -    | EXACT
      Growth is twelve hundred dollars a month, billed annually. | USD | 1200 | - | -   | month | year  | Growth | EXACT
      Add-ons from fifty euros per seat per year          | EUR | 50     | -     | seat  | year  | -     | -    | AT_LEAST
      Pro is $588 per office user per year.               | USD | 588    | -     | office | year | -     | Pro  | EXACT
      """)
  void prices(String line, String currency, double amount, Double upper, String per, String period, String billing,
      String plan, Bound bound) {
    Money m = single(line);
    assertEquals(currency, m.currency(), line);
    assertEquals(amount, m.amount(), 1e-9, line);
    assertEquals(upper, m.upper(), line);
    assertEquals(per, m.per(), line);
    assertEquals(period, m.period(), line);
    assertEquals(billing, m.billing(), line);
    assertEquals(plan, m.plan(), line);
    assertEquals(bound, m.bound(), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Express orders carry a $20 minimum order                  | minimum
      The minimum order is $15 for Express.                     | minimum
      Minimum spend: $25 per delivery                           | minimum
      Free delivery on orders of $35 or more                    | threshold
      Members get free delivery on baskets over $50             | threshold
      Orchard Pass is $9.99 a month                             | -
      A $3.99 delivery fee applies to every order               | -
      """)
  void anAmountThatIsNoPriceSaysWhatItIs(String line, String role) {
    List<Money> amounts = Docs.bulletClaims(line).get(0).attributes().prices().stream()
        .filter(m -> m.currency().equals("USD")).toList();
    assertEquals(1, amounts.size(), amounts::toString);
    assertEquals(role, amounts.get(0).role(), line);
  }

  @Test
  void freeTrialIsATrialPrice() {
    Money m = single("Try it with a free trial.");
    assertEquals("trial", m.period());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Feel free to reach out to the product team with feedback on the roadmap.
      The editor is hands-free and error-free.
      """)
  void freeThatIsNotAPrice(String line) {
    for (Claim c : Docs.paragraphs(line).units().isEmpty() ? List.<Claim>of() : Docs.claims(line)) {
      assertTrue(c.attributes().prices().isEmpty(), () -> line + " -> " + c.attributes().prices());
    }
  }
  /** Every price of one sentence, as "amount plan period". */
  private static List<String> bound(String line) {
    List<Claim> claims = Docs.bulletClaims(line);
    assertEquals(1, claims.size(), () -> "one claim expected in '" + line + "' but got " + claims);
    return claims.get(0).attributes().prices().stream()
        .map(m -> (m.amount() == Math.rint(m.amount()) ? String.valueOf((long) m.amount()) : String.valueOf(m.amount()))
            + " " + m.plan() + " " + m.period() + (m.per() == null ? "" : " per " + m.per()))
        .toList();
  }

  @Test
  void aPriceBelongsToThePlanItsSentenceTiesItTo() {
    assertEquals(List.of("9 Essentials month", "84 Essentials year", "19 Plus month", "180 Plus year"),
        bound("Essentials: $9/month, or $84/year Plus: $19/month, or $180/year"), "the plan named before, not the nearest");
    assertEquals(List.of("4000 Growth month", "12000 Scale month"),
        bound("Platform fees are $4,000 per month on Growth and $12,000 per month on Scale."), "a preposition ties forward");
    assertEquals(List.of("9 Essentials month", "19 Plus month", "39 Pro month", "84 Essentials year", "180 Plus year",
        "396 Pro year"), bound("It comes in three plans: Essentials at $9 per month, Plus at $19 per month and Pro at "
            + "$39 per month, or $84, $180 and $396 per year with annual billing."),
        "a list of prices after the plans pairs them in order and shares its period");
  }

  @Test
  void pricesARowReadsAcrossKeepNoPlan() {
    assertEquals(List.of("6 null month per user", "12 null month per user"),
        bound("Price, billed annually: Business $6 per user per month $12 per user per month"),
        "one plan cannot have two list prices for one period");
  }

  @Test
  void aPriceOfEachThingIsNotThePlans() {
    assertEquals(List.of("39 Plus null per item"),
        bound("State returns cost $39 each on Plus."));
  }
}
