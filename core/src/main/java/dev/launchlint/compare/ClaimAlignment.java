package dev.launchlint.compare;

import dev.launchlint.analyze.AnalyzedKit;
import java.util.List;

/** Placeholder until the comparator lands: finds nothing. */
final class ClaimAlignment implements Comparison {

  @Override
  public List<Finding> compare(AnalyzedKit kit) {
    return List.of();
  }
}
