package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.extract.UnitKind;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each function leads with: a term vector per function over all its units, in which headings
 * and the opening units of each document weigh more (that is where a team puts its message), and
 * terms are weighted by how specific they are in the kit (unit-level IDF). Also the unit-level
 * vectors that strategy pillars are matched with. Not thread-safe: one per comparison.
 */
final class Themes {

  private static final double HEADING_WEIGHT = 2.5;
  private static final double OPENING_WEIGHT = 1.5;
  private static final int OPENING_UNITS = 5;

  private final KitView view;
  private final Map<String, Integer> df = new HashMap<>();
  private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();
  private final Map<TextUnit, List<String>> unitTokens = new IdentityHashMap<>();
  private final Map<BusinessFunction, Map<String, Double>> emphasis = new EnumMap<>(BusinessFunction.class);
  private int unitCount;

  Themes(KitView view) {
    this.view = view;
    Map<BusinessFunction, Map<String, Double>> tf = new EnumMap<>(BusinessFunction.class);
    for (BusinessFunction f : view.functions()) {
      Map<String, Double> counts = tf.computeIfAbsent(f, k -> new HashMap<>());
      for (TextUnit u : view.units(f)) {
        List<String> toks = new ArrayList<>();
        for (LaunchAnalyzer.Token t : LaunchAnalyzer.SHARED.surfacedTokens(u.text())) {
          if (!informative(t.term())) {
            continue;
          }
          toks.add(t.term());
          surfaces.computeIfAbsent(t.term(), k -> new HashMap<>()).merge(t.surface(), 1, Integer::sum);
        }
        unitTokens.put(u, toks);
        unitCount++;
        new LinkedHashSet<>(toks).forEach(t -> df.merge(t, 1, Integer::sum));
        double w = u.kind() == UnitKind.HEADING ? HEADING_WEIGHT : u.index() < OPENING_UNITS ? OPENING_WEIGHT : 1.0;
        for (String t : toks) {
          counts.merge(t, w, Double::sum);
        }
      }
    }
    tf.forEach((f, counts) -> {
      Map<String, Double> v = new HashMap<>();
      counts.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * idf(t)));
      emphasis.put(f, v);
    });
  }

  private double idf(String t) {
    return Math.log(1.0 + (unitCount + 1.0) / (df.getOrDefault(t, 0) + 1.0));
  }

  static boolean informative(String term) {
    return term.length() >= 3 && term.chars().anyMatch(Character::isLetter);
  }

  /** The function's leading terms, strongest first (ties by term, for determinism). */
  List<String> lead(BusinessFunction f, int n) {
    return emphasis.getOrDefault(f, Map.of()).entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** 0..1: how much two functions lead with the same terms. */
  double overlap(BusinessFunction a, BusinessFunction b) {
    return ClaimIndex.cosine(emphasis.getOrDefault(a, Map.of()), emphasis.getOrDefault(b, Map.of()));
  }

  /** The readable word most often behind an analysed term. */
  String surface(String term) {
    Map<String, Integer> s = surfaces.get(term);
    if (s == null) {
      return term;
    }
    return s.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(term);
  }

  /** The unit of {@code f} that carries its lead terms best, headings and openings first. */
  TextUnit leadUnit(BusinessFunction f, List<String> lead) {
    TextUnit best = null;
    double bestScore = 0;
    Set<String> leadSet = Set.copyOf(lead);
    for (TextUnit u : view.units(f)) {
      double s = 0;
      for (String t : new LinkedHashSet<>(unitTokens.getOrDefault(u, List.of()))) {
        if (leadSet.contains(t)) {
          s += emphasis.get(f).getOrDefault(t, 0.0);
        }
      }
      if (s > bestScore) {
        bestScore = s;
        best = u;
      }
    }
    return best;
  }

  /** Cosine of the unit's terms with a text's terms, both IDF-weighted in this kit. */
  double similarity(TextUnit u, List<String> terms) {
    return ClaimIndex.cosine(vector(unitTokens.getOrDefault(u, List.of())), vector(terms));
  }

  List<String> tokens(TextUnit u) {
    return unitTokens.getOrDefault(u, List.of());
  }

  Map<String, Double> vector(List<String> toks) {
    Map<String, Double> tfs = new HashMap<>();
    toks.forEach(t -> tfs.merge(t, 1.0, Double::sum));
    Map<String, Double> v = new HashMap<>();
    tfs.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * idf(t)));
    return v;
  }

  // ---- omission ranking ----

  /**
   * How much a product claim matters to the product's story: the product emphasis of its terms
   * (normalised to the strongest product term), plus a bonus for named things and numbers.
   */
  double weight(ClaimIndex index, int i) {
    Map<String, Double> product = emphasis.getOrDefault(BusinessFunction.PRODUCT, Map.of());
    double max = product.values().stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
    Set<String> terms = new LinkedHashSet<>(index.tokens(i));
    double sum = 0;
    for (String t : terms) {
      sum += product.getOrDefault(t, 0.0) / max;
    }
    Claim c = index.claim(i);
    double bonus = (c.attributes().entities().isEmpty() ? 0 : 0.3) + (c.attributes().quantities().isEmpty() ? 0 : 0.2);
    return sum / Math.sqrt(Math.max(1, terms.size())) + bonus;
  }

  /** Below this weight a product claim is detail, not story. */
  double floor() {
    return 0.35;
  }
}
