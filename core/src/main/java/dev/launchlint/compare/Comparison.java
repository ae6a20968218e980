package dev.launchlint.compare;

import dev.launchlint.analyze.AnalyzedKit;
import java.util.List;

/**
 * Aligns the claims of a kit's functions and reports where they disagree.
 *
 * <p>Contract: the findings come back in report order (severity, type, id) and are the same for
 * the same input. Thread-safe: an instance keeps no state between calls.
 */
public interface Comparison {

  List<Finding> compare(AnalyzedKit kit);

  /**
   * The pillars of the kit's strategy material (its headings and bullets) and which functions
   * carry each; empty when the kit has no strategy material. Same contract as {@link #compare}.
   */
  default List<Pillar> pillars(AnalyzedKit kit) {
    return List.of();
  }

  /** The findings and the pillars of one kit. */
  record Result(List<Finding> findings, List<Pillar> pillars) {
    public Result {
      findings = List.copyOf(findings);
      pillars = List.copyOf(pillars);
    }
  }

  /**
   * {@link #compare} and {@link #pillars} together, as an audit needs them: a comparator may
   * read the kit once for both.
   */
  default Result align(AnalyzedKit kit) {
    return new Result(compare(kit), pillars(kit));
  }

  /** The default comparator: Lucene BM25 alignment plus attribute agreement. */
  static Comparison standard() {
    return new ClaimAlignment();
  }
}
