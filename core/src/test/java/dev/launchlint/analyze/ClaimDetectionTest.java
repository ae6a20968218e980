package dev.launchlint.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is a claim, what is not, and how claims are typed. */
class ClaimDetectionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      © 2026 Acme Inc. All rights reserved.
      Copyright 2025 Acme Corporation
      Confidential
      Acme Confidential - Internal Use Only
      Home | Products | Pricing | Blog
      Contact: sales@acme.com
      sales@acme.com
      +1 (415) 555-0100
      Agenda
      Thank you!
      Questions?
      Next Steps
      Privacy Policy · Terms of Service
      https://acme.com/pricing
      Slide 4 of 20
      Please submit questions and feedback at #wg-selling.
      See the docs for details.
      Unsubscribe from these emails
      What is Cody?
      Product Overview
      title: Why we adopted transparent pricing
      - [Cody datasheet for Enterprise](https://drive.google.com/file/d/1a/view)
      **Note** Please use Highspot for external sharing of assets!
      """)
  void boilerplateIsNotAClaim(String line) {
    assertEquals(List.of(), Docs.bulletClaims(line), line);
    assertEquals(List.of(), Docs.claims(line), line);
  }

  @Test
  void aHeadingAloneIsNotAClaimUnlessItCarriesAFact() {
    ExtractedDocument doc = Docs.of(BusinessFunction.PRODUCT, "product/spec.md", UnitKind.HEADING,
        "Pricing and Packaging", "Why teams choose us", "99.99% uptime SLA", "Generally available in Q3 2026");
    List<Claim> claims = Analysis.english().claims(doc);
    assertEquals(List.of("99.99% uptime SLA", "Generally available in Q3 2026"), claims.stream().map(Claim::text).toList());
  }

  @Test
  void markdownHeadingsAndLinksAreReadThroughTheirMarkup() {
    ExtractedDocument doc = Docs.paragraphs("## Pricing", "- **$49** per user/month on the [Pro plan](https://acme.com/pro)",
        "For technical details, see the [FAQ](faq.md).");
    List<Claim> claims = Analysis.english().claims(doc);
    assertEquals(1, claims.size(), () -> claims.toString());
    Claim c = claims.get(0);
    assertEquals("$49 per user/month on the Pro plan", c.text());
    Money m = c.attributes().prices().get(0);
    assertEquals("Pro", m.plan());
    assertEquals("$49** per user/month", doc.text().substring(m.start(), m.end()).replace("**", "** ").strip().replace("** ", "**"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      99.99% uptime SLA                                        | commitment    | uptime
      SOC 2 Type II                                            | compliance    | certification:soc-2
      ISO 27001 certified and GDPR compliant                   | compliance    | certification:iso-27001
      $49 per user/month                                       | price         | price
      Response times are sub-10ms at p99.                      | metric        | latency
      Onboarding takes 2-4 weeks.                              | metric        | setup-time
      Data is retained for 90 days.                            | metric        | retention
      Up to 500 seats on the Business plan                     | metric        | seats
      3x faster code reviews than GitHub                       | comparison    | performance
      The most accurate code AI on the market                  | comparison    | accuracy
      Generally available in Q3 2026                           | availability  | release-date
      Integrates with Salesforce, HubSpot and Slack.           | compatibility | integration:salesforce
      Cody does not support Perforce yet.                      | compatibility | integration:perforce
      We guarantee a refund if you are not satisfied.          | commitment    | -
      Real-time dashboards for every team                      | capability    | -
      Batch Changes lets you update code across thousands of repositories at once. | metric | scale
      24/7 support for Enterprise customers                    | metric        | support-hours
      Perforce support is on the roadmap.                      | availability  | integration:perforce
      Measured on the reference setup (500 queries per second, top-k of 10): p99 query latency under 50 ms. | metric | latency
      """)
  void typesAndAspects(String line, String type, String aspect) {
    List<Claim> claims = Docs.bulletClaims(line);
    assertEquals(1, claims.size(), () -> line + " -> " + claims);
    assertEquals(type, claims.get(0).type().id(), line);
    assertEquals(aspect, claims.get(0).aspect(), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Cody does not support Perforce yet.           | true
      SSO isn't available on the Free plan.         | true
      Offline mode is not yet supported.            | true
      No support for on-premises deployments.       | true
      Deploy without any infrastructure changes.    | false
      Build internal tools without writing code.    | false
      No credit card required to start.             | false
      Cody supports Perforce.                       | false
      There is no Jira integration in the beta.     | true
      The app ships without SSO support.            | true
      Offline mode lets field teams keep collecting responses with no signal, on iOS and Android. | false
      Connect to Microsoft 365 by API, with no MX change. | false
      The agent is open source, so there is no lock-in. | false
      Most schema changes need no action from your team. | false
      """)
  void negation(String line, boolean negated) {
    List<Claim> claims = Docs.bulletClaims(line);
    assertEquals(1, claims.size(), () -> line + " -> " + claims);
    assertEquals(negated, claims.get(0).attributes().negated(), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Results may vary by repository size.           | true
      Setup typically takes a day.                  | true
      Teams can index every repository.             | true
      Search is up to 10x faster.                   | true
      Setup takes a day.                            | false
      """)
  void hedges(String line, boolean hedged) {
    List<Claim> claims = Docs.bulletClaims(line);
    assertEquals(1, claims.size(), () -> line + " -> " + claims);
    assertEquals(hedged, claims.get(0).attributes().hedged(), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Guaranteed 100% uptime with zero downtime deploys.  | guaranteed;100%;zero downtime
      Unlimited repositories on every plan.               | unlimited
      The only code AI that knows your whole codebase.    | the only
      Your data is always encrypted and never shared.     | always;never
      Fully managed by our team.                          | fully
      """)
  void absolutes(String line, String expected) {
    List<Claim> claims = Docs.bulletClaims(line);
    assertEquals(1, claims.size(), () -> line + " -> " + claims);
    assertEquals(List.of(expected.split(";")), claims.get(0).attributes().absolutes(), line);
  }

  @Test
  void namedThingsFromTheListAndFromProperNouns() {
    Claim c = Docs.bulletClaims("Cody Gateway runs on AWS and Google Cloud with Okta SSO for HIPAA workloads in the EU.").get(0);
    List<String> e = c.attributes().entities();
    for (String expected : List.of("aws", "gcp", "okta", "hipaa", "eu", "cody gateway")) {
      assertTrue(e.contains(expected), () -> expected + " missing from " + e);
    }
    assertFalse(e.contains("us"), () -> "'US' must match only in capitals: " + e);
    List<String> lower = Docs.bulletClaims("This model has worked incredibly well for us in the US.").get(0).attributes().entities();
    assertEquals(List.of("us"), lower);
  }

  @Test
  void aStandardNamedByItsBodyAndNumberIsACertificationThatCountsNothing() {
    Claim c = Docs.bulletClaims("It is certified to EN 15194 and to DIN 79010, and its battery to UN 38.3.").get(0);
    assertEquals(List.of("en 15194", "din 79010", "un 38.3"), c.attributes().entities().subList(0, 3));
    assertEquals(List.of(), c.attributes().quantities(), "a standard's number is no count");
    assertEquals(Optional.of("certification"), Vocabulary.kindOf("din 79010"));
    // a protocol is no certification, and a word in capitals before a number names no standard
    assertEquals(Optional.empty(), Vocabulary.kindOf("ieee 802.11"));
    assertTrue(Docs.bulletClaims("Wi-Fi 6 (IEEE 802.11ax) and Bluetooth 5.3 on every unit.").get(0).attributes()
        .entities().stream().noneMatch(e -> Vocabulary.kindOf(e).isPresent() && e.startsWith("ieee")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "Version 2.0 makes those hours visible," said Maria Lindqvist at the launch. | maria lindqvist
      Document owner: Maria Lindqvist. The Smart Routing engine ships in June.    | maria lindqvist
      Maria Lindqvist, Head of Product, says Smart Routing cuts triage time.      | maria lindqvist
      """)
  void peopleAreNoNamedThingsOfTheOffering(String line, String person) {
    List<String> all = Docs.claims(line).stream().flatMap(c -> c.attributes().entities().stream()).toList();
    assertFalse(all.contains(person), () -> person + " taken as a named thing: " + all);
    assertFalse(all.stream().anyMatch(e -> e.startsWith("head")), () -> "a job title taken as a named thing: " + all);
    if (line.contains("Smart Routing")) {
      assertTrue(all.contains("smart routing"), () -> "product name lost: " + all);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Offer to set up the app with the customer before they leave the branch.
      Spend real time here and have the full connector list ready.
      """)
  void instructionsToTheReaderAreNoClaims(String line) {
    assertEquals(List.of(), Docs.claims(line), line);
  }

  @Test
  void anInstructionWithAFactStillClaims() {
    assertEquals(1, Docs.claims("Offer the 30-day free trial to every new account.").size());
    // what a rep is told to tell customers is a claim made to them
    assertEquals(1, Docs.claims("Tell customers their card can never be used by a fraudster.").size());
  }

  @Test
  void aTablesHeaderRowNamesColumnsAndIsNoClaim() {
    ExtractedDocument doc = Docs.of(BusinessFunction.SALES, "sales/pricing.xlsx", UnitKind.TABLE_ROW,
        "Plan | Monthly fee | Minimum volume | Support", "Growth | $299 | 500 payouts | Email and chat support",
        "Enterprise | Custom pricing | No minimum | Dedicated support manager");
    List<String> texts = Analysis.english().claims(doc).stream().map(Claim::text).toList();
    assertFalse(texts.stream().anyMatch(t -> t.startsWith("Plan ")), () -> texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("Growth ")), () -> texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("Enterprise ")), () -> "only the first row is a header: " + texts);
  }

  @Test
  void aParagraphSplitsIntoSentenceClaimsWithExactOffsets() {
    String para = "Cody is generally available today.  It costs $9 per user per month. Contact sales for volume pricing.";
    ExtractedDocument doc = Docs.paragraphs("Intro line that is just words about things we do for our users.", para);
    List<Claim> claims = Analysis.english().claims(doc);
    List<Claim> second = claims.stream().filter(c -> c.unitIndex() == 1).toList();
    assertTrue(second.size() >= 2, () -> second.toString());
    for (Claim c : claims) {
      assertEquals(c.text(), doc.text().substring(c.start(), c.end()).replaceAll("\\s+", " "), "claim offsets");
      for (Money m : c.attributes().prices()) {
        assertTrue(c.start() <= m.start() && m.end() <= c.end(), "price inside its claim");
      }
    }
    assertEquals(ClaimType.AVAILABILITY, second.get(0).type());
    assertEquals(ClaimType.PRICE, second.get(1).type());
    assertEquals(para.replaceAll("\\s+", " "), second.get(0).unitText());
  }

  @Test
  void documentsNotParsedHaveNoClaims() {
    ExtractedDocument failed = ExtractedDocument.failed("sales/deck.pptx", BusinessFunction.SALES, null,
        dev.launchlint.extract.DocumentStatus.CORRUPT, "broken");
    assertEquals(List.of(), Analysis.english().claims(failed));
  }

  @Test
  void aCodeListingOrDiagramIsNoClaim() {
    ExtractedDocument diagram = Docs.of(BusinessFunction.SALES, "sales/flows.md", UnitKind.CODE,
        "graph LR SF[Salesforce Accounts] H[Harmonic API] PG[Postgres billing] syncs every account daily");
    ExtractedDocument prose = Docs.of(BusinessFunction.SALES, "sales/flows.md", UnitKind.PARAGRAPH,
        "Acme syncs every account with Salesforce daily.");
    assertEquals(List.of(), Analysis.english().claims(diagram));
    assertEquals(1, Analysis.english().claims(prose).size());
  }

  @Test
  void aSectionNumberCountsNothingButAMeasureInAHeadingStays() {
    ExtractedDocument doc = Docs.of(BusinessFunction.PRODUCT, "product/spec.docx", UnitKind.HEADING,
        "3.2 ColdTrack Probe P2 supports six zones", "6. Proof-of-Temperature report for 12 stops", "2.4 GHz Wi-Fi only");
    List<Claim> claims = Analysis.english().claims(doc);
    assertEquals(List.of(List.of("six zones"), List.of("12 stops"), List.of("2.4 GHz Wi-Fi")),
        claims.stream().map(c -> c.attributes().quantities().stream().map(Quantity::text).toList()).toList());
  }

  @Test
  void anAbsoluteInsideANameIsNoPromise() {
    assertEquals(List.of(), Docs.claims("Generics on the Mendwell Zero-Copay List are covered for members.")
        .get(0).attributes().absolutes());
    assertEquals(List.of(), Docs.claims("Access follows our Zero Trust model for every session.")
        .get(0).attributes().absolutes());
    assertEquals(List.of("zero"), Docs.claims("Members pay zero copay for 600 generics.").get(0).attributes().absolutes());
  }

  @Test
  void itemsUnderAHeadingThatDeniesThemAreNegated() {
    StringBuilder text = new StringBuilder();
    List<dev.launchlint.extract.TextUnit> units = new java.util.ArrayList<>();
    String[][] lines = {{"Not supported", "Apple Home voice control in the app."}, {"Who it's not for", "Homes without a 240 V circuit."},
        {"Why not spreadsheets?", "Spreadsheets break when two people edit the same row."}, {"Limits", "Up to 50 users per workspace."}};
    for (String[] l : lines) {
      int start = text.length();
      text.append(l[1]).append('\n');
      units.add(new dev.launchlint.extract.TextUnit(units.size(), UnitKind.LIST_ITEM, l[1], start, start + l[1].length(),
          dev.launchlint.extract.Location.NONE.withHeading(l[0])));
    }
    ExtractedDocument doc = new ExtractedDocument("product/notes.md", BusinessFunction.PRODUCT, "text/markdown",
        dev.launchlint.extract.DocumentStatus.PARSED, null, text.toString(), units, false);
    assertEquals(List.of(true, true, false, false),
        Analysis.english().claims(doc).stream().map(c -> c.attributes().negated()).toList());
  }

  @Test
  void washingtonDcIsNotWashingtonStateAndComingToIsTheRoadmap() {
    List<Claim> available = Docs.claims("Brightpaw Care is available in 46 states and Washington, D.C. from September 9, 2026.");
    assertTrue(available.get(0).attributes().entities().contains("washington dc"), available.toString());
    assertFalse(available.get(0).attributes().entities().contains("washington"), available.toString());
    List<Claim> coming = Docs.claims("Coming to New York and Washington state in early 2027.");
    assertEquals(ReleaseStage.ROADMAP, coming.get(0).attributes().stage(), coming.toString());
  }
}
