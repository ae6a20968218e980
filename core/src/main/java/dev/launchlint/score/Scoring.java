package dev.launchlint.score;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Term;
import dev.launchlint.compare.Comparison;
import dev.launchlint.compare.Pillar;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a kit from its findings and terms; the formulas are in the README, "How scores are
 * computed". Stateless and thread-safe.
 *
 * <ul>
 *   <li>Finding pressure of a pair of functions: {@code w} = the sum of severity weights (high 3,
 *       medium 2, low 1) of the findings that involve both; {@code F = 1 - exp(-w / 4)}.
 *   <li>Term distance: {@code T = 1 - cos(terms of a, terms of b)}, the cosine of the two
 *       functions' value-proposition term weights; 0 when either has no terms.
 *   <li>Divergence = {@code round(100 * (0.75 F + 0.25 T))}, 0..100.
 *   <li>Alignment index = 100 - the mean divergence of the pairs, less 5 per high finding of one
 *       function alone (two documents of one function that disagree), floored at 0.
 * </ul>
 */
public final class Scoring {

  static final double FINDING_WEIGHT = 0.75;
  static final double TERM_WEIGHT = 0.25;
  static final double PRESSURE_SCALE = 4.0;
  /** A pair this divergent tells a different story even without findings. */
  static final int FRAGMENTED_DIVERGENCE = 60;
  /**
   * Severity weight of contradictions, unsupported claims and overpromises a kit needs to be in
   * conflicting execution: one high finding, or two lesser ones; a lone medium or low finding is
   * too little evidence to call a launch conflicting (DESIGN.md: aligned has no high findings).
   */
  static final double CONFLICTING_WEIGHT = 3;

  private Scoring() {}

  public static Scores score(AnalyzedKit kit, List<Finding> findings) {
    return score(kit, findings, Comparison.standard().pillars(kit));
  }

  /** The scores with the kit's strategy pillars already known ({@link Comparison#align}). */
  public static Scores score(AnalyzedKit kit, List<Finding> findings, List<Pillar> pillars) {
    List<BusinessFunction> fs = kit.functions();
    List<PairScore> pairs = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      for (int j = i + 1; j < fs.size(); j++) {
        pairs.add(pair(kit, findings, fs.get(i), fs.get(j)));
      }
    }
    int index;
    if (pairs.isEmpty()) {
      index = (int) Math.round(100 * (1 - pressure(weight(findings))));
    } else {
      double mean = pairs.stream().mapToInt(PairScore::divergence).average().orElse(0);
      long lone = findings.stream().filter(f -> f.functions().size() == 1 && f.severity() == Severity.HIGH).count();
      index = (int) Math.max(0, Math.round(100 - mean - 5 * lone));
    }
    return new Scores(pairs, index, stage(findings, pairs), pillars);
  }

  static PairScore pair(AnalyzedKit kit, List<Finding> findings, BusinessFunction a, BusinessFunction b) {
    List<Finding> both = findings.stream()
        .filter(f -> f.functions().contains(a) && f.functions().contains(b))
        .toList();
    double overlap = termOverlap(kit.terms().get(a), kit.terms().get(b));
    boolean termsKnown = !kit.terms().getOrDefault(a, List.of()).isEmpty()
        && !kit.terms().getOrDefault(b, List.of()).isEmpty();
    double t = termsKnown ? 1 - overlap : 0;
    double d = FINDING_WEIGHT * pressure(weight(both)) + TERM_WEIGHT * t;
    int divergence = (int) Math.max(0, Math.min(100, Math.round(100 * d)));
    return new PairScore(List.of(a, b), divergence, both.size(), overlap);
  }

  /**
   * The stage of DESIGN.md, first rule that holds:
   *
   * <ol>
   *   <li>market-confusion: a high contradiction between marketing and sales that no product
   *       statement takes part in (customer-facing material contradicting itself on a
   *       customer-visible fact with no product source of truth beside it); where product states
   *       the fact, the function that departs from it is conflicting execution;
   *   <li>conflicting-execution: contradictions, unsupported claims and overpromises whose severity
   *       weight reaches {@value #CONFLICTING_WEIGHT} (one high finding, or two lesser ones);
   *   <li>fragmented-interpretation: terminology or positioning drift, an omission, or a pair of
   *       functions whose divergence reaches {@value #FRAGMENTED_DIVERGENCE};
   *   <li>aligned otherwise.
   * </ol>
   */
  static Stage stage(List<Finding> findings, List<PairScore> pairs) {
    boolean confusion = findings.stream().anyMatch(f -> f.type() == FindingType.CONTRADICTION
        && f.severity() == Severity.HIGH
        && f.functions().contains(BusinessFunction.MARKETING)
        && f.functions().contains(BusinessFunction.SALES)
        && !f.functions().contains(BusinessFunction.PRODUCT));
    if (confusion) {
      return Stage.MARKET_CONFUSION;
    }
    List<Finding> conflicts = findings.stream().filter(f -> f.type() == FindingType.CONTRADICTION
        || f.type() == FindingType.UNSUPPORTED_CLAIM
        || f.type() == FindingType.OVERPROMISE).toList();
    if (weight(conflicts) >= CONFLICTING_WEIGHT) {
      return Stage.CONFLICTING_EXECUTION;
    }
    boolean drift = findings.stream().anyMatch(f -> f.type() == FindingType.TERMINOLOGY_DRIFT
            || f.type() == FindingType.POSITIONING_DRIFT || f.type() == FindingType.OMISSION)
        || pairs.stream().anyMatch(p -> p.divergence() >= FRAGMENTED_DIVERGENCE);
    return drift ? Stage.FRAGMENTED_INTERPRETATION : Stage.ALIGNED;
  }

  static double weight(List<Finding> findings) {
    double w = 0;
    for (Finding f : findings) {
      w += switch (f.severity()) {
        case HIGH -> 3;
        case MEDIUM -> 2;
        case LOW -> 1;
      };
    }
    return w;
  }

  static double pressure(double weight) {
    return 1 - Math.exp(-weight / PRESSURE_SCALE);
  }

  /** Cosine of two term lists as weight vectors over their (lower-cased) terms; 0 when either is empty. */
  static double termOverlap(List<Term> a, List<Term> b) {
    if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Map<String, Double> va = vector(a);
    Map<String, Double> vb = vector(b);
    double dot = 0;
    for (Map.Entry<String, Double> e : va.entrySet()) {
      dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
    }
    double na = Math.sqrt(va.values().stream().mapToDouble(x -> x * x).sum());
    double nb = Math.sqrt(vb.values().stream().mapToDouble(x -> x * x).sum());
    return na == 0 || nb == 0 ? 0 : Math.max(0, Math.min(1, dot / (na * nb)));
  }

  private static Map<String, Double> vector(List<Term> terms) {
    Map<String, Double> v = new HashMap<>();
    for (Term t : terms) {
      v.merge(t.term().toLowerCase(Locale.ROOT), Math.abs(t.weight()), Double::sum);
    }
    return v;
  }
}
