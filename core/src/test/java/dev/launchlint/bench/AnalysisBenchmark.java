package dev.launchlint.bench;

import dev.launchlint.analyze.Analysis;
import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Claim;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.Location;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Analysis throughput on one core: claims of one document, and a whole kit (claims and terms of
 * three functions in one pass). The {@code tokens} counter reports analysed tokens per second.
 *
 * <p>The text is generated from launch-copy sentences of every kind the analysis reads (prices,
 * metrics, dates, stages, certifications, boilerplate) and, in a proportion closer to real launch
 * material, plain prose without numbers, in a fixed seeded order, so runs compare. Run with {@code core/bench} (see the README, "Performance:
 * analysis").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnalysisBenchmark {

  static final String[] SENTENCES = {
    "Acme Cloud keeps 99.95% uptime, backed by a financially backed SLA.",
    "Response times stay under 200 ms at p99 for queries across 10,000 repositories.",
    "The Pro plan costs $49 per user/month, billed annually; Enterprise starts at $50k per year.",
    "Onboarding typically takes 2-4 weeks with a dedicated customer success manager.",
    "Batch Changes lets platform teams update code across thousands of repositories at once.",
    "SOC 2 Type II and ISO 27001 certified, with HIPAA support on the Enterprise tier.",
    "Integrates with GitHub, GitLab, Bitbucket, Jira and Slack out of the box.",
    "Code Insights is generally available in Q3 2026; the analytics API remains in public beta.",
    "Search is up to 10x faster than grep-based tools and uses half the memory.",
    "Data is retained for 90 days on the Team plan and for 7 years on Enterprise.",
    "Developers find, understand and fix code faster with real-time insights from the code graph.",
    "We guarantee zero downtime upgrades and unlimited seats for every customer.",
    "Cody does not support Perforce yet, but support is on the roadmap for next year.",
    "Reduce churn and accelerate onboarding with precise code navigation in every editor.",
    "24/7 support with a one-hour response time for severity one incidents.",
    "© 2026 Acme Inc. All rights reserved. Confidential.",
    "The platform helps engineering leaders understand how their codebase changes over time, "
        + "which teams own which services, and where migrations are stuck.",
    "Store up to 10 TB of logs, with sub-10ms ingestion latency in the EU and US regions.",
    // plain prose: most sentences of real launch material carry no number at all
    "Our mission is to make it so everyone can code, and we believe that starts with understanding code.",
    "Teams use the platform to onboard new hires, review changes with context and keep large codebases healthy.",
    "When a developer opens a file, the extension shows who changed it last and links to related documentation.",
    "Sales should lead with the pain of working in a large codebase before showing any feature.",
    "Customers told us that the biggest blocker was finding the right owner for a piece of code.",
    "The new navigation panel brings search, references and recent files into one place.",
    "Product managers write the launch brief, and marketing turns it into messaging for each persona.",
    "Security reviews are faster because every answer cites the exact lines of code it used.",
    "Admins can manage permissions from the same place they manage repositories and users.",
    "We are investing in better context retrieval so that answers stay relevant as the codebase grows.",
    "Engineering leaders get a clear view of migrations, ownership and code health across the organization.",
    "The assistant explains unfamiliar code, writes tests and suggests fixes right inside the editor.",
  };

  /** Analysed tokens, reported per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Tokens {
    public long tokens;

    @Setup(Level.Iteration)
    public void clean() {
      tokens = 0;
    }
  }

  private ExtractedDocument document;
  private List<ExtractedDocument> kit;
  private long documentTokens;
  private long kitTokens;
  private final Analysis analysis = Analysis.english();

  @Setup
  public void setUp() {
    document = document(BusinessFunction.PRODUCT, "product/spec.md", 400, 1);
    kit = List.of(document(BusinessFunction.PRODUCT, "product/spec.md", 200, 2),
        document(BusinessFunction.MARKETING, "marketing/page.md", 200, 3),
        document(BusinessFunction.SALES, "sales/deck.md", 200, 4));
    documentTokens = tokens(document);
    kitTokens = kit.stream().mapToLong(AnalysisBenchmark::tokens).sum();
  }

  @Benchmark
  public List<Claim> claimsOfOneDocument(Tokens counter) {
    counter.tokens += documentTokens;
    return analysis.claims(document);
  }

  @Benchmark
  public AnalyzedKit wholeKit(Tokens counter) {
    counter.tokens += kitTokens;
    return analysis.analyze(kit);
  }

  /** A document of {@code units} paragraphs of one to three sentences each, in a seeded order. */
  public static ExtractedDocument document(BusinessFunction function, String path, int units, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    List<TextUnit> list = new ArrayList<>();
    for (int i = 0; i < units; i++) {
      int start = text.length();
      int n = 1 + random.nextInt(3);
      for (int k = 0; k < n; k++) {
        text.append(k > 0 ? " " : "").append(SENTENCES[random.nextInt(SENTENCES.length)]);
      }
      list.add(new TextUnit(i, i % 4 == 0 ? UnitKind.LIST_ITEM : UnitKind.PARAGRAPH,
          text.substring(start), start, text.length(), Location.NONE));
      text.append('\n');
    }
    return new ExtractedDocument(path, function, "text/markdown", DocumentStatus.PARSED, null, text.toString(), list, false);
  }

  /** Whitespace-separated words: the conventional "tokens" of a throughput figure. */
  public static long tokens(ExtractedDocument d) {
    return d.units().stream().mapToLong(u -> u.text().split("\\s+").length).sum();
  }
}
