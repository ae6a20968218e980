package dev.launchlint.score;

import dev.launchlint.kit.BusinessFunction;
import java.util.List;

/**
 * How far apart two functions of a kit are.
 *
 * @param functions the two functions, in enum order
 * @param divergence 0 (same story) to 100 (different stories)
 * @param findings how many findings involve both functions
 * @param termOverlap 0..1 similarity of the two functions' value-proposition terms
 */
public record PairScore(List<BusinessFunction> functions, int divergence, int findings, double termOverlap) {

  public PairScore {
    functions = functions.stream().sorted().toList();
    if (functions.size() != 2) {
      throw new IllegalArgumentException("a pair has two functions, not " + functions);
    }
    if (divergence < 0 || divergence > 100) {
      throw new IllegalArgumentException("divergence must be 0..100 but was " + divergence);
    }
    if (findings < 0) {
      throw new IllegalArgumentException("findings must be >= 0 but was " + findings);
    }
  }
}
