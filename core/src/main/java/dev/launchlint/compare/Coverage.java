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
 * What customer-facing material says and product or strategy material does not back: overpromises
 * (absolutes and guarantees) and unsupported claims (a named integration, certification or number
 * that no backing claim admits). Stateless.
 */
final class Coverage {

  /** Similarity at which a product or strategy claim speaks of the same thing. */
  static final double BACKING = 0.25;

  /**
   * Absolutes the analysis may not list: guarantees, "never", "unlimited", "the only", "zero X",
   * "100%". "Never" opening a sentence is an instruction to the reader ("Never lead with price").
   */
  private static final Pattern ABSOLUTE = Pattern.compile(
      "(?<![\\w-])(guarantee[ds]?|never|unlimited|the only|zero[- ][a-z]+|no downtime|risk[- ]free)\\b"
          + "|(?<![\\w.])100 ?%",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern DENIED = Pattern.compile("\\b(not|no|never|without|n't|cannot)\\b");

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
    if (c.attributes().negated()) {
      return List.copyOf(words); // "we do not offer price guarantees" promises nothing
    }
    String text = c.text();
    Matcher m = ABSOLUTE.matcher(text);
    while (m.find()) {
      boolean opening = text.substring(0, m.start()).replaceAll("[^A-Za-z]", "").isEmpty();
      if (!(opening && m.group().equalsIgnoreCase("never"))) {
        words.add(m.group().toLowerCase(Locale.ROOT));
      }
    }
    return List.copyOf(words);
  }

  /** Product or strategy material backs an absolute when a claim about the same thing says it too. */
  private static boolean backed(ClaimIndex index, KitView view, List<Integer> backers, String word) {
    for (int j : backers) {
      Claim b = index.claim(j);
      String text = b.text().toLowerCase(Locale.ROOT);
      int at = text.indexOf(word);
      if (b.attributes().negated() && at < 0 || at >= 0 && DENIED.matcher(text.substring(Math.max(0, at - 40), at)).find()) {
        continue; // "not a guarantee of zero data loss" does not back "zero data loss"
      }
      if (absolutes(b).contains(word) || at >= 0) {
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
}
