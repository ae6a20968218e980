package dev.launchlint.report;

import dev.launchlint.analyze.Term;
import dev.launchlint.compare.Evidence;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Pillar;
import dev.launchlint.compare.Severity;
import dev.launchlint.compare.Span;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.Location;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.score.PairScore;
import dev.launchlint.score.Scores;
import dev.launchlint.score.Stage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Hand-built reports: the model is plain data, so every renderer is tested from the same input. */
final class SampleReports {

  static final BusinessFunction PRODUCT = BusinessFunction.PRODUCT;
  static final BusinessFunction MARKETING = BusinessFunction.MARKETING;
  static final BusinessFunction SALES = BusinessFunction.SALES;
  static final BusinessFunction STRATEGY = BusinessFunction.STRATEGY;

  /** Text a hostile deck could hold: markup, script, spreadsheet formulas, terminal escapes, SARIF links. */
  static final String SCRIPT = "<script>alert('x')</script>";
  static final String ONERROR = "<img src=x onerror=alert(1)>";
  static final String TEXTAREA = "</textarea><svg onload=alert(2)>";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
  static final String PIPES = "a | b || c";
  static final String ESCAPE = "\u001b[2J\u001b[31m";

  private SampleReports() {}

  /** A plausible launch kit in conflicting execution: the report a user sees. */
  static Report realistic() {
    List<Finding> findings = new ArrayList<>();
    findings.add(Finding.of(FindingType.CONTRADICTION, Severity.HIGH, List.of(PRODUCT, SALES), "uptime",
        "Uptime: product says 99.9%, sales says 99.99%",
        List.of(
            ev(PRODUCT, "product/harbor-spec.pdf", new Location(3, null, null, null, "Service levels", false),
                "Harbor Analytics keeps a monthly uptime of 99.9% for every paid workspace.", "99.9%"),
            ev(SALES, "sales/pitch-deck.pptx", Location.slide(7),
                "Enterprise-grade reliability: 99.99% uptime, backed by our SLA.", "99.99%"))));
    findings.add(Finding.of(FindingType.CONTRADICTION, Severity.HIGH, List.of(MARKETING, SALES), "price",
        "Team plan price: marketing says $49 per user per month, sales says $39 per user per month",
        List.of(
            ev(MARKETING, "marketing/pricing.html", Location.NONE.withHeading("Team plan"),
                "Team: $49 per user per month, billed annually.", "$49 per user per month"),
            ev(SALES, "sales/one-pager.docx", Location.page(1),
                "Start today on the Team plan at $39 per user per month.", "$39 per user per month"))));
    findings.add(Finding.of(FindingType.CONTRADICTION, Severity.HIGH, List.of(MARKETING, PRODUCT), "single sign-on",
        "Single sign-on: product says beta, marketing says available now",
        List.of(
            ev(PRODUCT, "product/release-notes.md", Location.NONE.withHeading("Known limitations"),
                "SAML single sign-on ships as a beta in 3.0; general availability follows in Q3.", "beta"),
            ev(MARKETING, "marketing/launch-blog.md", Location.NONE.withHeading("What's new"),
                "Single sign-on with Okta and Azure AD is available now for every team.", "available now"))));
    findings.add(Finding.of(FindingType.OVERPROMISE, Severity.MEDIUM, List.of(SALES), "data loss",
        "Sales guarantees zero data loss; product material makes no such promise",
        List.of(ev(SALES, "sales/battlecard.xlsx", new Location(null, null, "Objections", 4, null, false),
            "We guarantee zero data loss, even during regional outages.", "guarantee zero data loss"))));
    findings.add(Finding.of(FindingType.UNSUPPORTED_CLAIM, Severity.MEDIUM, List.of(MARKETING), "anomaly detection",
        "Marketing claims real-time anomaly detection that no product document describes",
        List.of(ev(MARKETING, "marketing/launch-blog.md", Location.NONE.withHeading("What's new"),
            "Harbor is the only analytics platform with real-time anomaly detection built in.",
            "the only analytics platform"))));
    findings.add(Finding.of(FindingType.TERMINOLOGY_DRIFT, Severity.MEDIUM, List.of(PRODUCT, MARKETING, SALES),
        "workspace", "One concept, three names: workspace (product), project (marketing), team space (sales)",
        List.of(
            ev(PRODUCT, "product/harbor-spec.pdf", new Location(5, null, null, null, "Data model", false),
                "Each workspace holds its own dashboards, alerts and members.", "workspace"),
            ev(MARKETING, "marketing/pricing.html", Location.NONE.withHeading("Team plan"),
                "Unlimited dashboards in every project.", "project"),
            ev(SALES, "sales/pitch-deck.pptx", Location.slide(4).withNotes(true),
                "Mention that each team space is isolated.", "team space"))));
    findings.add(Finding.of(FindingType.OMISSION, Severity.LOW, List.of(PRODUCT, MARKETING, SALES), "audit log",
        "Audit-log export to S3 is in the product but no customer-facing material mentions it",
        List.of(ev(PRODUCT, "product/release-notes.md", Location.NONE.withHeading("New in 3.0"),
            "Audit logs can now be exported to your own S3 bucket every hour.", "exported to your own S3 bucket"))));
    findings.add(Finding.of(FindingType.POSITIONING_DRIFT, Severity.LOW, List.of(PRODUCT, MARKETING), null,
        "Product leads with query speed, marketing with team collaboration", List.of()));

    List<DocumentSummary> docs = List.of(
        doc("marketing/launch-blog.md", MARKETING, "text/markdown", DocumentStatus.PARSED, null, 38, 14),
        doc("marketing/press-kit.pdf", MARKETING, "application/pdf", DocumentStatus.ENCRYPTED,
            "the PDF is password-protected", 0, 0),
        doc("marketing/pricing.html", MARKETING, "text/html; charset=UTF-8", DocumentStatus.PARSED, null, 52, 19),
        doc("notes/todo.txt", null, "text/plain", DocumentStatus.UNASSIGNED,
            "not under product/, marketing/, sales/ or strategy/", 0, 0),
        doc("product/harbor-spec.pdf", PRODUCT, "application/pdf", DocumentStatus.PARSED, null, 214, 73),
        doc("product/release-notes.md", PRODUCT, "text/markdown", DocumentStatus.PARSED, null, 46, 21),
        doc("sales/battlecard.xlsx", SALES,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DocumentStatus.PARSED, null, 31, 12),
        doc("sales/old-deck.ppt", SALES, "application/vnd.ms-powerpoint", DocumentStatus.CORRUPT,
            "Invalid header signature; read 0x0000000000000000", 0, 0),
        doc("sales/one-pager.docx", SALES,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocumentStatus.PARSED, null, 22, 9),
        doc("sales/pitch-deck.pptx", SALES,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", DocumentStatus.PARSED,
            null, 64, 23),
        doc("strategy/messaging-framework.docx", STRATEGY,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DocumentStatus.PARSED, null, 40,
            11));

    List<PairScore> pairs = List.of(
        new PairScore(List.of(PRODUCT, MARKETING), 46, 3, 0.31),
        new PairScore(List.of(PRODUCT, SALES), 62, 3, 0.22),
        new PairScore(List.of(PRODUCT, STRATEGY), 12, 0, 0.58),
        new PairScore(List.of(MARKETING, SALES), 71, 3, 0.27),
        new PairScore(List.of(MARKETING, STRATEGY), 24, 0, 0.44),
        new PairScore(List.of(SALES, STRATEGY), 38, 0, 0.35));

    Map<BusinessFunction, List<Term>> terms = new EnumMap<>(BusinessFunction.class);
    terms.put(PRODUCT, terms("query engine", 0.92, 14, "sub-second queries", 0.81, 9, "audit log", 0.74, 7,
        "role-based access", 0.66, 6, "workspace", 0.61, 11, "retention policies", 0.52, 4, "SAML single sign-on", 0.44,
        3));
    terms.put(MARKETING, terms("team collaboration", 0.95, 12, "real-time dashboards", 0.83, 8,
        "anomaly detection", 0.77, 6, "sub-second queries", 0.58, 3, "project", 0.55, 9, "single sign-on", 0.41, 4));
    terms.put(SALES, terms("total cost of ownership", 0.9, 7, "99.99% uptime", 0.82, 5, "migration support", 0.7, 5,
        "real-time dashboards", 0.63, 4, "team space", 0.5, 6, "enterprise-grade", 0.47, 4));
    terms.put(STRATEGY, terms("fastest path from question to answer", 0.88, 3, "sub-second queries", 0.8, 4,
        "team collaboration", 0.62, 2, "trusted by data teams", 0.5, 2));

    return new Report(new KitInfo("harbor-analytics-3.0", "launches/harbor-analytics-3.0"), docs,
        findings, new Scores(pairs, 58, Stage.CONFLICTING_EXECUTION, List.of(
            new Pillar("The fastest path from question to answer", List.of(PRODUCT, MARKETING, SALES)),
            new Pillar("Built for whole data teams, not only analysts", List.of(MARKETING)),
            new Pillar("Trusted: audit logs and single sign-on", List.of(PRODUCT)))), terms);
  }

  /** Hostile text in every field that comes from a kit: the kit name, paths, headings, evidence, terms, errors. */
  static Report hostile() {
    String deck = "sales/" + ONERROR + ".pptx";
    List<Finding> findings = List.of(
        Finding.of(FindingType.CONTRADICTION, Severity.HIGH, List.of(PRODUCT, SALES), "@SUM(1+1)",
            "uptime " + SCRIPT + " vs " + ONERROR + " " + PIPES,
            List.of(
                ev(PRODUCT, "product/spec " + PIPES + ".md", new Location(2, null, null, null, "\"><svg onload=alert(3)>", false),
                    "Uptime is 99.9% " + TEXTAREA + " [click](0) " + ESCAPE + "end", "99.9%"),
                ev(SALES, deck, Location.slide(4), FORMULA + " 99.99% " + SCRIPT + " @channel \u202Eevil", "99.99%"))),
        Finding.of(FindingType.OVERPROMISE, Severity.LOW, List.of(SALES), "-2+3",
            "+cmd|' /C calc'!A0",
            List.of(ev(SALES, "sales/=evil.md", Location.NONE, "-1+1 guaranteed **bold** _it_ `code` # h", "guaranteed"))));
    List<DocumentSummary> docs = List.of(
        doc("product/spec " + PIPES + ".md", PRODUCT, "text/markdown", DocumentStatus.PARSED, null, 3, 1),
        doc(deck, SALES, "<b>type</b>", DocumentStatus.CORRUPT, "=cmd|' /C calc'!A0 " + SCRIPT, 0, 0));
    Map<BusinessFunction, List<Term>> terms = new EnumMap<>(BusinessFunction.class);
    terms.put(PRODUCT, List.of(new Term("<style>body{display:none}</style>", 1.0, 2), new Term(PIPES, 0.5, 1)));
    terms.put(SALES, List.of(new Term(ONERROR, 1.0, 1)));
    return new Report(new KitInfo(SCRIPT, "/tmp/" + TEXTAREA), docs, findings,
        new Scores(List.of(new PairScore(List.of(PRODUCT, SALES), 80, 2, 0.1)), 20, Stage.MARKET_CONFUSION,
            List.of(new Pillar(SCRIPT + " | " + ONERROR, List.of(SALES)))), terms);
  }

  /** An empty kit: no files, no findings. */
  static Report empty() {
    return new Report(new KitInfo("empty", "empty"), List.of(), List.of(),
        new Scores(List.of(), 100, Stage.ALIGNED), Map.of());
  }

  static Evidence ev(BusinessFunction f, String path, Location location, String text, String marked) {
    int at = text.indexOf(marked);
    if (at < 0) {
      throw new IllegalArgumentException("'" + marked + "' not in '" + text + "'");
    }
    return new Evidence(f, path, location, text, List.of(new Span(at, at + marked.length())));
  }

  static DocumentSummary doc(String path, BusinessFunction f, String type, DocumentStatus status, String error,
      int units, int claims) {
    return new DocumentSummary(path, f, type, status, error, units, claims);
  }

  private static List<Term> terms(Object... triples) {
    List<Term> out = new ArrayList<>();
    for (int i = 0; i < triples.length; i += 3) {
      out.add(new Term((String) triples[i], (Double) triples[i + 1], (Integer) triples[i + 2]));
    }
    return out;
  }
}
