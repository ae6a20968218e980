package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.Money;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.analyze.ReleaseStage;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one side says and the other does not back: unsupported claims and overpromises (customer
 * facing claims without product or strategy backing) and omissions (product capabilities the
 * customer-facing material leaves out, ranked, only the most important few). Stateless.
 */
final class Coverage {

  /** Similarity at which a product or strategy claim speaks of the same thing. */
  static final double BACKING = 0.25;
  /** Similarity at which customer-facing material covers a product capability. */
  static final double COVERS = 0.22;
  /** How many omissions a kit reports at most: the partial story, not every product sentence. */
  static final int MAX_OMISSIONS = 3;

  private static final Pattern ABSOLUTE = Pattern.compile(
      "\\b(guarantee[ds]?|never|always|unlimited|100 ?%|the only|zero[- ]downtime|no downtime|"
          + "zero (errors|data loss|risk)|instant(ly)?|every single|fully automatic|completely secure|"
          + "unbreakable|bulletproof|risk[- ]free|forever)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final List<BusinessFunction> BACKERS = List.of(BusinessFunction.PRODUCT, BusinessFunction.STRATEGY);

  private Coverage() {}

  // ---- overpromises and unsupported claims ----

  static List<Finding> unbacked(ClaimIndex index, KitView view, Set<Integer> contradicted) {
    if (BACKERS.stream().noneMatch(view::has)) {
      return List.of();
    }
    boolean backersPrice = index.claims().stream()
        .anyMatch(c -> BACKERS.contains(c.function()) && !c.attributes().prices().isEmpty());
    List<Finding> out = new ArrayList<>();
    Set<String> reported = new LinkedHashSet<>();
    for (int i = 0; i < index.claims().size(); i++) {
      Claim c = index.claim(i);
      if (!c.function().customerFacing() || contradicted.contains(i) || view.isHeading(c)) {
        continue;
      }
      List<Integer> backers = backers(index, i);
      List<String> absolutes = absolutes(c);
      if (!absolutes.isEmpty()) {
        List<String> unbacked = absolutes.stream().filter(w -> !backed(index, view, backers, w)).toList();
        if (!unbacked.isEmpty() && reported.add("o|" + c.function() + "|" + Quotes.collapse(c.text()))) {
          out.add(overpromise(index, c, backers, unbacked));
        }
        continue;
      }
      String anchor = unbackedAnchor(index, view, i, backers, backersPrice);
      if (anchor != null && reported.add("u|" + c.function() + "|" + Quotes.collapse(c.text()))) {
        out.add(unsupported(c, anchor));
      }
    }
    return out;
  }

  /** The product and strategy claims that speak of the same thing as claim {@code i}, best first. */
  private static List<Integer> backers(ClaimIndex index, int i) {
    Claim c = index.claim(i);
    List<Integer> out = new ArrayList<>();
    for (int j : index.candidates(i)) {
      Claim o = index.claim(j);
      if (!BACKERS.contains(o.function())) {
        continue;
      }
      double sim = index.similarity(i, j);
      boolean sameAspect = c.aspect() != null && c.aspect().equalsIgnoreCase(String.valueOf(o.aspect()));
      if (sim >= BACKING || sameAspect && sim >= Contradictions.SAME_ASPECT) {
        out.add(j);
      }
    }
    out.sort(Comparator.comparingDouble((Integer j) -> -index.similarity(i, j)).thenComparingInt(j -> j));
    return out;
  }

  static List<String> absolutes(Claim c) {
    Set<String> words = new LinkedHashSet<>();
    for (String a : c.attributes().absolutes()) {
      words.add(a.toLowerCase(Locale.ROOT));
    }
    Matcher m = ABSOLUTE.matcher(c.text());
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return List.copyOf(words);
  }

  /** Product or strategy material backs an absolute when a claim about the same thing says it too. */
  private static boolean backed(ClaimIndex index, KitView view, List<Integer> backers, String word) {
    for (int j : backers) {
      Claim b = index.claim(j);
      if (absolutes(b).contains(word) || b.text().toLowerCase(Locale.ROOT).contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Finding overpromise(ClaimIndex index, Claim c, List<Integer> backers, List<String> words) {
    String aspect = c.aspect();
    String who = Quotes.label(c.function().id());
    String summary = (aspect == null ? "" : Quotes.label(aspect) + ": ")
        + who + " promises \"" + words.get(0) + "\" (" + Quotes.shorten(c.text(), 90) + ")"
        + (backers.isEmpty() ? "; no product material says so"
            : "; " + index.claim(backers.get(0)).function().id() + " material does not");
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Quotes.of(c, words.toArray(String[]::new)));
    if (!backers.isEmpty()) {
      evidence.add(Quotes.of(index.claim(backers.get(0))));
    }
    Severity s = Contradictions.customerVisible(aspect) || c.type() == ClaimType.COMPLIANCE
        || c.type() == ClaimType.PRICE ? Severity.HIGH : Severity.MEDIUM;
    return Finding.of(FindingType.OVERPROMISE, s, List.of(c.function()), aspect, summary, evidence);
  }

  /**
   * The concrete part of a customer-facing claim that no product or strategy material backs: a
   * named entity (integration, certification, platform) the backers never mention, or a number no
   * backing claim admits. Null when the claim is backed or has nothing concrete.
   */
  private static String unbackedAnchor(ClaimIndex index, KitView view, int i, List<Integer> backers,
      boolean backersPrice) {
    Claim c = index.claim(i);
    if (c.attributes().hedged() && c.type() == ClaimType.CAPABILITY) {
      return null;
    }
    for (String e : c.attributes().entities()) {
      if (BACKERS.stream().noneMatch(f -> view.mentions(f, e))) {
        return e;
      }
    }
    for (Quantity q : c.attributes().quantities()) {
      if (!quantityBacked(index, backers, q)) {
        return q.text();
      }
    }
    if (backersPrice) {
      for (Money m : c.attributes().prices()) {
        boolean ok = backers.stream().anyMatch(j -> index.claim(j).attributes().prices().stream()
            .anyMatch(p -> ValueConflicts.comparable(m, p) && ValueConflicts.admits(m, p)));
        if (!ok) {
          return m.text();
        }
      }
    }
    return null;
  }

  private static boolean quantityBacked(ClaimIndex index, List<Integer> backers, Quantity q) {
    for (int j : backers) {
      for (Quantity p : index.claim(j).attributes().quantities()) {
        if (ValueConflicts.comparable(q, p) && ValueConflicts.admits(q, p)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Finding unsupported(Claim c, String anchor) {
    String aspect = c.aspect();
    String summary = (aspect == null ? "" : Quotes.label(aspect) + ": ")
        + Quotes.label(c.function().id()) + " claims \"" + Quotes.shorten(c.text(), 90)
        + "\" but no product or strategy material backs " + anchor;
    Severity s = c.type() == ClaimType.COMPLIANCE || Contradictions.customerVisible(aspect) ? Severity.HIGH
        : c.attributes().quantities().isEmpty() && c.attributes().entities().isEmpty() ? Severity.LOW
        : Severity.MEDIUM;
    return Finding.of(FindingType.UNSUPPORTED_CLAIM, s, List.of(c.function()), aspect, summary,
        List.of(Quotes.of(c, anchor)));
  }

  // ---- omissions ----

  private record Gap(int claim, double weight, List<BusinessFunction> missing) {}

  static List<Finding> omissions(ClaimIndex index, KitView view, Themes emphasis) {
    List<BusinessFunction> audience = view.functions().stream().filter(BusinessFunction::customerFacing).sorted().toList();
    if (audience.isEmpty() || !view.has(BusinessFunction.PRODUCT)) {
      return List.of();
    }
    List<Gap> gaps = new ArrayList<>();
    for (int i = 0; i < index.claims().size(); i++) {
      Claim p = index.claim(i);
      if (p.function() != BusinessFunction.PRODUCT || !capability(p) || view.underNonContentHeading(p)
          || view.isHeading(p) || index.tokens(i).size() < 3) {
        continue;
      }
      List<BusinessFunction> missing = new ArrayList<>();
      for (BusinessFunction f : audience) {
        if (!covered(index, view, i, f)) {
          missing.add(f);
        }
      }
      if (!missing.isEmpty()) {
        gaps.add(new Gap(i, emphasis.weight(index, i) * missing.size(), missing));
      }
    }
    gaps.sort(Comparator.comparingDouble((Gap g) -> -g.weight).thenComparingInt(g -> g.claim));
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Gap g : gaps) {
      if (out.size() == MAX_OMISSIONS || g.weight < emphasis.floor()) {
        break;
      }
      Claim p = index.claim(g.claim);
      if (!seen.add(Quotes.collapse(p.text()).toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<BusinessFunction> functions = new ArrayList<>(g.missing);
      functions.add(0, BusinessFunction.PRODUCT);
      String names = String.join(" and ", g.missing.stream().map(BusinessFunction::id).toList());
      String summary = "Product offers \"" + Quotes.shorten(p.text(), 90) + "\" but " + names
          + (g.missing.size() > 1 ? " never mention it" : " never mentions it");
      Severity s = g.missing.size() == audience.size() ? Severity.MEDIUM : Severity.LOW;
      out.add(Finding.of(FindingType.OMISSION, s, functions, p.aspect(), summary, List.of(Quotes.of(p))));
    }
    return out;
  }

  private static boolean capability(Claim p) {
    if (p.attributes().negated()) {
      return false;
    }
    ReleaseStage st = p.attributes().stage();
    if (st == ReleaseStage.ROADMAP || st == ReleaseStage.DEPRECATED) {
      return false;
    }
    return switch (p.type()) {
      case CAPABILITY, COMPATIBILITY, COMPLIANCE, METRIC -> true;
      default -> false;
    };
  }

  private static boolean covered(ClaimIndex index, KitView view, int i, BusinessFunction f) {
    Claim p = index.claim(i);
    for (String e : p.attributes().entities()) {
      if (view.mentions(f, e)) {
        return true;
      }
    }
    for (int j : index.candidates(i)) {
      Claim o = index.claim(j);
      if (o.function() != f) {
        continue;
      }
      double sim = index.similarity(i, j);
      boolean sameAspect = p.aspect() != null && p.aspect().equalsIgnoreCase(String.valueOf(o.aspect()));
      if (sim >= COVERS || sameAspect && sim >= Contradictions.SAME_ASPECT) {
        return true;
      }
    }
    // Customer-facing text is not all claims: a bullet may carry the capability without being one.
    for (var u : view.units(f)) {
      if (index.similarity(i, u.text()) >= COVERS + 0.08) {
        return true;
      }
    }
    return false;
  }
}
