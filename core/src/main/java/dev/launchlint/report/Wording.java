package dev.launchlint.report;

import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.extract.Location;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.score.Stage;
import java.util.Locale;

/** The words every human-facing format shares, so the console, HTML and Markdown say the same thing. */
final class Wording {

  private Wording() {}

  static String title(Stage stage) {
    return switch (stage) {
      case ALIGNED -> "Aligned";
      case FRAGMENTED_INTERPRETATION -> "Fragmented interpretation";
      case CONFLICTING_EXECUTION -> "Conflicting execution";
      case MARKET_CONFUSION -> "Market confusion";
    };
  }

  /** One sentence a product marketer understands. */
  static String explain(Stage stage) {
    return switch (stage) {
      case ALIGNED -> "Product, marketing and sales tell one story: no high-severity findings and little divergence.";
      case FRAGMENTED_INTERPRETATION ->
          "The functions use different terms and lead with different points, but nothing they say contradicts.";
      case CONFLICTING_EXECUTION ->
          "Each team's material may be sound on its own, but together they contradict each other"
              + " or make claims that product material does not back.";
      case MARKET_CONFUSION ->
          "Customer-facing material contradicts itself: marketing and sales tell customers different facts.";
    };
  }

  static String title(FindingType type) {
    return switch (type) {
      case CONTRADICTION -> "Contradiction";
      case UNSUPPORTED_CLAIM -> "Unsupported claim";
      case OMISSION -> "Omission";
      case OVERPROMISE -> "Overpromise";
      case TERMINOLOGY_DRIFT -> "Terminology drift";
      case POSITIONING_DRIFT -> "Positioning drift";
    };
  }

  /** What a finding of this type means, from DESIGN.md. */
  static String explain(FindingType type) {
    return switch (type) {
      case CONTRADICTION -> "Two functions state incompatible facts about the same thing: a number, price, limit,"
          + " date or release stage, supported or not.";
      case UNSUPPORTED_CLAIM -> "A marketing or sales claim that no product or strategy material backs.";
      case OMISSION -> "A product capability or value proposition that customer-facing material leaves out.";
      case OVERPROMISE -> "Absolute or guarantee language in marketing or sales that product material does not back.";
      case TERMINOLOGY_DRIFT -> "One concept under different names across functions.";
      case POSITIONING_DRIFT -> "The functions lead with different value propositions.";
    };
  }

  static String title(Severity severity) {
    return switch (severity) {
      case HIGH -> "High";
      case MEDIUM -> "Medium";
      case LOW -> "Low";
    };
  }

  static String title(BusinessFunction f) {
    String id = f.id();
    return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
  }

  /**
   * Where a quotation stands, for a reader: the location's label, or the heading too when the
   * label names a page or slide; empty when unknown.
   */
  static String where(Location l) {
    String label = l.label();
    if (l.heading() != null && !label.isEmpty() && !label.startsWith("\u00a7")) {
      return label + " \u00b7 \u00a7 " + l.heading();
    }
    return label;
  }

  /**
   * A caution when some files could not be read (corrupt, encrypted, unsupported, too large, timed
   * out), so a calm stage is not taken for the whole truth; empty when every file was read.
   */
  static String unreadCaveat(Report r) {
    long n = r.documents().stream().filter(d -> switch (d.status()) {
      case PARSED, EMPTY, UNASSIGNED -> false;
      default -> true;
    }).count();
    if (n == 0) {
      return "";
    }
    return (n == 1 ? "1 file could not be read" : n + " files could not be read")
        + "; what " + (n == 1 ? "it says" : "they say") + " is not part of this picture.";
  }

  /** {@code "1 finding"}, {@code "3 findings"}. */
  /** "confidence 0.80", or "low confidence 0.40" for a finding shown only with --all. */
  static String confidence(Finding f) {
    return (f.confident() ? "" : "low ") + String.format(Locale.ROOT, "confidence %.2f", f.confidence());
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
