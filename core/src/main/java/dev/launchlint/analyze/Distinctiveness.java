package dev.launchlint.analyze;

import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks each function's key phrases by how distinctive they are for it against the other
 * functions of the kit, with Dunning's log-likelihood ratio G² (Dunning 1993, "Accurate methods
 * for the statistics of surprise and coincidence"), in the keyness form of Rayson and Garside
 * (2000) used across corpus linguistics: {@code G2 = 2 (a ln(a/E1) + b ln(b/E2))} with
 * {@code E1 = n1 (a+b)/(n1+n2)}, {@code E2 = n2 (a+b)/(n1+n2)}.
 *
 * <p>Why G²: launch kits are small, so most phrases occur a handful of times; G² stays reliable
 * at such low counts where Pearson's chi-square overstates significance, and it needs only two
 * corpora (one function against the rest), where TF-IDF needs many documents to estimate rarity.
 * Only phrases over-represented in a function are kept (G² is two-sided). A kit with one function
 * has nothing to contrast with; then the weight is the phrase's frequency. In a function with 50
 * or more phrases, a phrase must occur at least twice to count.
 */
final class Distinctiveness {

  static final int TOP_N = 20;

  private final Map<BusinessFunction, Map<String, Integer>> counts = new EnumMap<>(BusinessFunction.class);

  void add(BusinessFunction function, List<String> phrases) {
    Map<String, Integer> c = counts.computeIfAbsent(function, f -> new HashMap<>());
    for (String p : phrases) {
      c.merge(p, 1, Integer::sum);
    }
  }

  /** Adds phrase counts gathered elsewhere (one document's, read on another thread). */
  void add(BusinessFunction function, Map<String, Integer> phrases) {
    Map<String, Integer> c = counts.computeIfAbsent(function, f -> new HashMap<>());
    phrases.forEach((p, n) -> c.merge(p, n, Integer::sum));
  }

  /** The phrase counts of one function so far; null when nothing was added for it. */
  Map<String, Integer> counts(BusinessFunction function) {
    return function == null ? null : counts.get(function);
  }

  Map<BusinessFunction, List<Term>> rank() {
    Map<String, Integer> all = new HashMap<>();
    counts.values().forEach(c -> c.forEach((k, v) -> all.merge(k, v, Integer::sum)));
    long total = all.values().stream().mapToLong(Integer::longValue).sum();
    Map<BusinessFunction, List<Term>> result = new EnumMap<>(BusinessFunction.class);
    for (Map.Entry<BusinessFunction, Map<String, Integer>> e : counts.entrySet()) {
      Map<String, Integer> mine = e.getValue();
      long n1 = mine.values().stream().mapToLong(Integer::longValue).sum();
      long n2 = total - n1;
      List<Term> terms = new ArrayList<>();
      // a phrase said once in a function of any size is chance, not emphasis
      int minCount = n1 >= 50 ? 2 : 1;
      for (Map.Entry<String, Integer> t : mine.entrySet()) {
        int a = t.getValue();
        if (a < minCount) {
          continue;
        }
        int b = all.get(t.getKey()) - a;
        double weight;
        if (n2 == 0) {
          weight = a;
        } else if ((double) a / n1 <= (double) b / n2) {
          continue;
        } else {
          weight = g2(a, b, n1, n2);
        }
        terms.add(new Term(t.getKey(), Math.round(weight * 1000) / 1000.0, a));
      }
      terms.sort(Comparator.comparingDouble(Term::weight).reversed()
          .thenComparing(Comparator.comparingInt(Term::count).reversed())
          .thenComparing(Term::term));
      result.put(e.getKey(), List.copyOf(terms.subList(0, Math.min(TOP_N, terms.size()))));
    }
    return result;
  }

  /** G² for a phrase seen {@code a} times in {@code n1} phrases of one side and {@code b} in {@code n2} of the other. */
  static double g2(long a, long b, long n1, long n2) {
    double e1 = n1 * (double) (a + b) / (n1 + n2);
    double e2 = n2 * (double) (a + b) / (n1 + n2);
    return 2 * (term(a, e1) + term(b, e2));
  }

  private static double term(long observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }
}
