package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import java.util.Locale;
import java.util.Set;

/**
 * What a customer sees of a launch: prices, limits, availability, security and compliance. A
 * disagreement on these is high severity whichever functions hold it, because it reaches the
 * market. Stateless.
 */
final class CustomerVisible {

  private static final Set<String> ASPECTS = Set.of(
      "price", "pricing", "cost", "discount", "trial", "refund", "uptime", "sla", "availability",
      "limit", "limits", "quota", "storage", "seats", "users", "security", "compliance", "certification",
      "encryption", "data-residency", "residency", "privacy", "release", "launch", "launch-date",
      "release-date", "release-stage", "stage", "ga", "support", "support-hours", "response-time",
      "retention", "backup", "recovery", "rpo", "rto", "plan", "plans");

  private CustomerVisible() {}

  /** The severity of a contradiction of {@code kind} on {@code aspect} between {@code x} and {@code y}. */
  static Severity severity(String aspect, String kind, Claim x, Claim y) {
    if (aspect(aspect) || kind.equals("price") || kind.equals("stage") || kind.equals("certification")
        || kind.equals("limit") || isCustomerType(x.type()) || isCustomerType(y.type())) {
      return Severity.HIGH;
    }
    return kind.equals("date") || kind.equals("number") || kind.equals("support") || kind.equals("version")
        ? Severity.MEDIUM : Severity.LOW;
  }

  /** Whether the aspect key, or one of its parts ("support-hours": "support"), is customer-visible. */
  static boolean aspect(String aspect) {
    if (aspect == null) {
      return false;
    }
    String a = aspect.toLowerCase(Locale.ROOT);
    if (ASPECTS.contains(a)) {
      return true;
    }
    for (String part : a.split("[-_ ]")) {
      if (ASPECTS.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCustomerType(ClaimType t) {
    return t == ClaimType.PRICE || t == ClaimType.COMPLIANCE || t == ClaimType.AVAILABILITY;
  }
}
