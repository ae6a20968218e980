package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.AuditOptions;
import dev.launchlint.KitFiles;
import dev.launchlint.Launchlint;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fact said in equivalent forms across functions is agreement: numbers in words, unit
 * conversions, a monthly price billed annually against its yearly total, a change told either way,
 * Q&A negations that agree. Each kit is drawn at random from the forms below (the seed is in the
 * failure message, so a failure replays) and audited through the real pipeline.
 */
class EquivalentFactsTest {

  @TempDir
  Path root;

  /** Equivalent statements of one fact, each a sentence of its own section. */
  private record Fact(String heading, List<String> forms) {}

  private static final List<Fact> FACTS = List.of(
      new Fact("Onboarding", List.of(
          "Most teams complete onboarding in 42 days.",
          "Teams are live in about six weeks.",
          "Onboarding takes 6 weeks for most teams.",
          "Onboarding takes 30 business days for most teams.")),
      new Fact("Per office", List.of(
          "Pro is $49 per office user per month, billed annually.",
          "Pro works out to $588 per office user per year.")),
      new Fact("Pricing", List.of(
          "The Growth plan costs $1,200 per month, billed annually.",
          "Growth is $14,400 a year.",
          "Growth costs $14,400 per year, or $1,200 a month billed annually.",
          "Growth is twelve hundred dollars a month, billed annually.")),
      new Fact("Close", List.of(
          "Ledgerline cuts the monthly close from 10 business days to 3.",
          "Finance teams get a three-day close instead of a ten-day close.",
          "Close in 3 days, not 10.")),
      new Fact("Banks", List.of(
          "Ledgerline connects to more than 12,000 banks.",
          "Ledgerline connects to over twelve thousand banks.",
          "More than 12,000 banks connect to Ledgerline.")),
      new Fact("Projects", List.of(
          "Each workspace holds up to 999 projects.",
          "Each workspace holds up to nine hundred ninety-nine projects.",
          "Workspaces hold up to nine hundred and ninety-nine projects.")),
      new Fact("Teams", List.of(
          "A Microsoft Teams integration is planned for Q3 2027.",
          "Microsoft Teams support is expected in the third quarter of 2027.",
          "The Microsoft Teams integration arrives in third-quarter 2027.")),
      new Fact("Matching", List.of(
          "Ledgerline matches 85% of transactions automatically.",
          "85 percent of transactions are matched automatically.",
          "Automatic matching covers 85% of transactions.")),
      new Fact("Storage", List.of(
          "Each workspace stores up to 8 GB of attachments.",
          "Workspaces hold up to 8 GB of attachments.",
          "Typical workspaces store 5 GB of attachments, and up to 8 GB.")),
      new Fact("Integrations", List.of(
          "ERPs other than NetSuite and Xero are not supported.",
          "Native two-way connections to NetSuite and Xero.",
          "Q: Which ERPs are not supported? A: Every ERP other than NetSuite and Xero.")),
      new Fact("Partner offer", List.of(
          "Plus is $180 a year.",
          "Plus: $90 for year one, then $180 a year.",
          "Plus costs $180 per year, and partner members pay $90 for the first year.")),
      new Fact("Revenue share", List.of(
          "Creators keep 70% of ad revenue and Ledgerline keeps 30%.",
          "Creators keep 70% of ad revenue, and 100% of revenue from sponsors they sell themselves.",
          "Creators keep 70% of ad revenue.")),
      new Fact("Support", List.of(
          "Ledgerline 1 reaches end of support on 31 March 2027.",
          "Support for Ledgerline 1 ends on 31 March 2027.",
          "Ledgerline 1 customers are supported until 31 March 2027.")),
      new Fact("Single sign-on", List.of(
          "Single sign-on | Not included | Included | Included",
          "SAML single sign-on is included on Business and Enterprise.",
          "What is not included in Starter? Single sign-on, which comes with Business and Enterprise.")));

  private static final String[] FUNCTIONS = {"product/spec.md", "marketing/landing.md", "sales/deck.md"};

  @Test
  void equivalentFormsOfOneFactAreNoContradiction() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 4; round++) {
      Path kit = root.resolve("kit-" + round);
      List<StringBuilder> docs = new ArrayList<>();
      for (String f : FUNCTIONS) {
        docs.add(new StringBuilder("# Ledgerline 2: " + f.substring(0, f.indexOf('/')) + "\n"));
      }
      for (Fact fact : FACTS) {
        for (StringBuilder doc : docs) {
          String form = fact.forms().get(random.nextInt(fact.forms().size()));
          doc.append("\n## ").append(fact.heading()).append("\n\n").append(form).append('\n');
        }
      }
      for (int i = 0; i < FUNCTIONS.length; i++) {
        KitFiles.write(kit, FUNCTIONS[i], docs.get(i).toString());
      }
      Report report = Launchlint.audit(kit, AuditOptions.DEFAULTS.withJobs(1));
      List<Finding> contradictions = report.findings().stream()
          .filter(f -> f.type() == FindingType.CONTRADICTION).toList();
      assertEquals(List.of(), contradictions, "seed " + seed + ", round " + round + ":\n" + docs);
    }
  }

  @Test
  void theSameFactWithAnotherValueIsStillFoundWhenSaidInOtherWords() throws IOException {
    KitFiles.write(root, "product/spec.md", "# Spec\n\n## Banks\n\nLedgerline connects to more than 12,000 banks.\n");
    KitFiles.write(root, "sales/deck.md", "# Deck\n\n## Banks\n\nLedgerline connects to over twenty thousand banks.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.summary().contains("twenty thousand")), report.findings().toString());
  }

  @Test
  void aFigureInCompoundWordsThatDiffersIsFound() throws IOException {
    // the tables once read "nine hundred ninety-nine" as 900, and "one hundred and five" as a range
    assertFoundInWords("# Spec\n\n## Projects\n\nEach workspace holds up to 500 projects.\n",
        "# Deck\n\n## Projects\n\nEach workspace holds up to nine hundred ninety-nine projects.\n",
        "nine hundred ninety-nine");
  }

  @Test
  void aPriceSaidInWordsThatDiffersIsFound() throws IOException {
    assertFoundInWords("# Brief\n\n## Pricing\n\nGrowth: $1,200 per month, billed annually, including up to 5 entities.\n",
        "# Talk track\n\n## What does it cost?\n\n"
            + "\"Growth is fifteen hundred dollars a month, billed annually, and it includes five entities.\"\n",
        "fifteen hundred dollars");
  }

  @Test
  void aQuarterSaidInWordsThatDiffersIsFound() throws IOException {
    assertFoundInWords("# Spec\n\n## Mobile\n\nGeneral availability of the Android app is planned for Q3 2027.\n",
        "# Deck\n\n## Mobile\n\nGeneral availability of the Android app is planned for the fourth quarter of 2027.\n",
        "fourth quarter of 2027");
  }

  /** A value said in figures by product and in words by sales: the contradiction names the words. */
  private void assertFoundInWords(String product, String sales, String words) throws IOException {
    KitFiles.write(root, "product/spec.md", product);
    KitFiles.write(root, "sales/deck.md", sales);
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.summary().contains(words)), report.findings().toString());
  }

  @Test
  void aFigureThatDiffersBesideOneThatAgreesIsStillFoundWhenSaidOfTheSameThing() throws IOException {
    KitFiles.write(root, "marketing/launch.md", "# Launch\n\n## Price\n\n$179 for the thermostat; remote sensor two-pack $59.\n");
    KitFiles.write(root, "sales/deck.md", "# Deck\n\n## Price\n\nMSRP is $199 for the thermostat and $59 for a two-pack of remote sensors.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.summary().contains("$179") && f.summary().contains("$199")), report.findings().toString());
  }

  @Test
  void aLimitAndUnlimitedOfTwoPlansInOneSentenceAreNoContradiction() throws IOException {
    KitFiles.write(root, "product/changelog.md", "# Changelog\n\n## Plans\n\n"
        + "- The Creator plan is $15 a month and the Pro plan $39 a month.\n"
        + "- Creator now comes with 10 upload hours a month, and Pro with 500,000 downloads a month.\n");
    KitFiles.write(root, "sales/sheet.md", "# Plan sheet\n\n## Plans\n\n"
        + "Pro: 500,000 downloads a month, unlimited upload hours, $39 a month.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertEquals(List.of(), report.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6).toList());
  }

  @Test
  void unlimitedAgainstALimitOfTheSamePlanIsStillFound() throws IOException {
    KitFiles.write(root, "product/changelog.md", "# Changelog\n\n## Plans\n\n"
        + "- The Creator plan is $15 a month and the Pro plan $39 a month.\n"
        + "- Creator now comes with 10 upload hours a month, and Pro with 50 upload hours a month.\n"
        + "- Pro includes 50 upload hours a month.\n");
    KitFiles.write(root, "sales/sheet.md", "# Plan sheet\n\n## Plans\n\n"
        + "Pro: 500,000 downloads a month, unlimited upload hours, $39 a month.\n\n"
        + "Pro includes unlimited upload hours.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6 && f.summary().toLowerCase().contains("unlimited")), report.findings().toString());
  }

  @Test
  void twoDatesOfOneNamedFeatureDisagreeWhateverOtherDatesTheKitGives() throws IOException {
    KitFiles.write(root, "product/roadmap.md", "# Roadmap\n\n## Next\n\n"
        + "Elevator integration for multi-floor missions ships in June 2027.\n\n"
        + "Fleet reports arrive in March 2027.\n");
    KitFiles.write(root, "sales/deck.md", "# Deck\n\n## Coming soon\n\n"
        + "Elevator integration for multi-floor missions ships in January 2027.\n\n"
        + "Battery swap stations follow in June 2027.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6 && f.summary().contains("January 2027")), report.findings().toString());
  }

  @Test
  void datesOfTwoThingsToldApartByTheirQualifierAreNoContradiction() throws IOException {
    KitFiles.write(root, "product/calendar.md", "# Deadlines\n\n## Dates\n\n"
        + "Federal return and first-quarter 2027 estimated payment | April 15, 2027\n");
    KitFiles.write(root, "sales/faq.md", "# FAQ\n\n## Dates\n\n"
        + "Jan 15, 2027: fourth-quarter 2026 estimated payment\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertEquals(List.of(), report.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6).toList());
  }
  @Test
  void aMonthlyPriceIsJudgedByTheOtherMonthlyPriceNotAdmittedByAYearlyOne() throws IOException {
    KitFiles.write(root, "product/pricing.md", "# Pricing\n\n## Plans\n\n"
        + "Lumen Plus costs $5.99 per month, or $59.99 per year.\n");
    KitFiles.write(root, "marketing/launch.md", "# Launch\n\n## Plans\n\n"
        + "Lumen Plus is $6.99 a month, or $59.99 a year.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6 && f.summary().contains("$6.99")), report.findings().toString());
  }

  @Test
  void theSameMonthlyAndYearlyPricesInOtherWordsAreNoContradiction() throws IOException {
    KitFiles.write(root, "product/pricing.md", "# Pricing\n\n## Plans\n\n"
        + "Lumen Plus costs $5.99 per month, or $59.99 per year.\n");
    KitFiles.write(root, "marketing/launch.md", "# Launch\n\n## Plans\n\n"
        + "Lumen Plus is $59.99 a year, or $5.99 a month.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertEquals(List.of(), report.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION).toList());
  }

  @Test
  void aFigureIsJudgedByTheFigureOfTheSameClauseNotByALooseBoundOfAnother() throws IOException {
    KitFiles.write(root, "product/spec.md", "# Spec\n\n## Loads\n\n"
        + "The robot lifts 400 kg on its deck, or tows cart trains up to 1,000 kg with the hitch.\n");
    KitFiles.write(root, "marketing/launch.md", "# Launch\n\n## Loads\n\n"
        + "It lifts 450 kg on its deck, or tows cart trains up to 1,000 kg with the hitch.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.summary().contains("450 kg") && f.summary().contains("400 kg")), report.findings().toString());
  }

  @Test
  void aFigureWithinALooseBoundIsNoContradictionWhenNothingCloserIsSaid() throws IOException {
    KitFiles.write(root, "product/spec.md", "# Spec\n\n## Loads\n\n"
        + "The robot tows cart trains up to 1,000 kg with the hitch.\n");
    KitFiles.write(root, "marketing/launch.md", "# Launch\n\n## Loads\n\n"
        + "It tows a 450 kg cart train with the hitch without slowing down.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertEquals(List.of(), report.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION).toList());
  }

  @Test
  void aSavingIsOneFactHoweverTheReductionIsWorded() throws IOException {
    KitFiles.write(root, "product/pricing.md", "# Pricing\n\n## Billing\n\n"
        + "Annual billing is discounted by 20% compared with monthly billing.\n");
    KitFiles.write(root, "marketing/launch.md", "# Launch\n\n## Billing\n\n"
        + "Monthly or annual billing: save 20% when you pay annually.\n");
    KitFiles.write(root, "sales/deck.md", "# Deck\n\n## Billing\n\n"
        + "Annual plans are 20% off the monthly price.\n");
    Report agreeing = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertEquals(List.of(), agreeing.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION).toList());

    KitFiles.write(root, "sales/deck.md", "# Deck\n\n## Billing\n\n"
        + "Annual plans are 15% off the monthly price.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6 && f.summary().startsWith("Saving") && f.summary().contains("15%")),
        report.findings().toString());
  }

  @Test
  void unlimitedAgainstACapOfWhatItCountsIsFoundHoweverTheSentencesAreWorded() throws IOException {
    KitFiles.write(root, "product/limits.md", "# Limits\n\n## Plans\n\n"
        + "The Starter plan is free and the Scale plan costs $99 a month.\n\n"
        + "Each project can hold up to 100 collections; this is a hard limit at general availability.\n");
    KitFiles.write(root, "sales/deck.md", "# Deck\n\n## Why us\n\n- Unlimited collections in every project\n- Up to 1 billion vectors per collection\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.summary().contains("100 collections") && f.summary().toLowerCase().contains("unlimited")),
        report.findings().toString());
  }

  @Test
  void aFreeTiersCapAndAPaidTiersUnlimitedAreNoContradiction() throws IOException {
    KitFiles.write(root, "product/spec.md", "# Spec\n\n## Plans\n\n"
        + "The Plus plan costs $8.99 a month and the Family plan $89.99 a year.\n\n"
        + "No ads, unlimited lessons, offline downloads\n");
    KitFiles.write(root, "marketing/page.md", "# Page\n\n## Plans\n\nFree: learn up to 5 lessons a day, with ads.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertEquals(List.of(), report.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION).toList());
  }

  @Test
  void aMaximumIsACeilingThatAnotherCeilingMustEqual() throws IOException {
    KitFiles.write(root, "product/spec.md", "# Spec\n\n## Driving\n\n"
        + "Travel speed: up to 2.0 m/s in aisles closed to pedestrians.\n");
    KitFiles.write(root, "marketing/page.md", "# Page\n\n## Driving\n\n"
        + "The maximum travel speed of the AMR-400 is 1.8 m/s, in aisles closed to pedestrians.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.summary().contains("1.8 m/s")), report.findings().toString());

    KitFiles.write(root, "marketing/page.md", "# Page\n\n## Driving\n\n"
        + "The AMR-400 travels at 1.8 m/s in aisles closed to pedestrians.\n");
    Report typical = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertEquals(List.of(), typical.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION).toList());
  }

  @Test
  void aMinimumOrderIsComparedWithMinimumOrdersNotWithPrices() throws IOException {
    KitFiles.write(root, "marketing/blog.md", "# Blog\n\n## What it costs\n\n"
        + "Express orders start at a $15 minimum. Pass is $9.99 a month, with free delivery on orders of $35 or more.\n");
    KitFiles.write(root, "sales/deck.md", "# Deck\n\n## What it costs\n\n"
        + "- Express orders carry a $20 minimum order\n- Pass: $9.99 a month, free delivery on orders of $35 or more\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    List<Finding> found = report.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION).toList();
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).summary().startsWith("Minimum order") && found.get(0).summary().contains("$20"),
        found.toString());
  }

  @Test
  void theDateInTheClauseThatNamesAFeatureIsItsDate() throws IOException {
    KitFiles.write(root, "product/spec.md", "# Spec\n\n## Payments\n\n"
        + "RTP send (outbound credit transfers) reaches general availability in Q4 2026, after certification "
        + "testing with the network; until then it is in early access for selected programs.\n");
    KitFiles.write(root, "marketing/release.md", "# Release\n\n## Payments\n\nRTP send follows in August 2026.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6 && f.summary().contains("August 2026")), report.findings().toString());
  }

  @Test
  void otherDatesOfSentencesThatNameOneEventAreNotItsDate() throws IOException {
    KitFiles.write(root, "marketing/release.md", "# Release\n\n## Dates\n\n"
        + "Pre-orders open September 22, 2026. Shipping and in stores from October 14, 2026.\n");
    KitFiles.write(root, "sales/plan.md", "# Plan\n\n## Dates\n\n"
        + "- September 22, 2026: pre-orders open on the web shop\n- October 1, 2026: retail launch kits ship to stores\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertEquals(List.of(), report.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6).toList());
  }

  @Test
  void aMembershipPriceIsComparedWhenSomethingElseIsFreeOfChargeBesideIt() throws IOException {
    KitFiles.write(root, "product/spec.md", "# Spec\n\n## Membership\n\n"
        + "The Lumen Membership costs $5.99 per month billed monthly, or $59.99 per year billed annually.\n");
    KitFiles.write(root, "marketing/release.md", "# Release\n\n## Membership\n\n"
        + "After the first month, the Lumen Membership costs $6.99 per month or $59.99 per year.\n");
    KitFiles.write(root, "sales/card.md", "# Card\n\n## Membership\n\n"
        + "The Sleep Score stays free without Lumen Plus. Do not claim rivals have no free tier.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6 && f.summary().contains("$6.99")), report.findings().toString());
  }

  @Test
  void twoSavingsOfOneMatterDisagreeWhateverAspectEachSentenceIsFiledUnder() throws IOException {
    KitFiles.write(root, "product/study.md", "# Study\n\n## Results\n\n"
        + "In our field study of 1,150 homes, households cut heating and cooling energy use by up to 18%.\n");
    KitFiles.write(root, "marketing/page.md", "# Page\n\n## Savings\n\n"
        + "Guaranteed 25% savings on your heating and cooling bill.\n");
    Report report = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertTrue(report.findings().stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6 && f.summary().startsWith("Saving") && f.summary().contains("25%")),
        report.findings().toString());

    KitFiles.write(root, "marketing/page.md", "# Page\n\n## Savings\n\n"
        + "Save up to 18% on heating and cooling energy, and 20% on your first year when you pay annually.\n");
    Report agreeing = Launchlint.audit(root, AuditOptions.DEFAULTS.withJobs(1));
    assertEquals(List.of(), agreeing.findings().stream().filter(f -> f.type() == FindingType.CONTRADICTION
        && f.confidence() >= 0.6).toList());
  }
}
