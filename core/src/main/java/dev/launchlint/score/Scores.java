package dev.launchlint.score;

import dev.launchlint.compare.Pillar;
import java.util.List;
import java.util.Objects;

/**
 * The kit's divergence per pair of functions, its alignment index (0..100, higher is better), its
 * stage, and the strategy pillars with the functions that carry them (empty without strategy
 * material).
 */
public record Scores(List<PairScore> pairs, int alignmentIndex, Stage stage, List<Pillar> pillars) {

  public Scores {
    pairs = List.copyOf(pairs);
    pillars = List.copyOf(pillars);
    Objects.requireNonNull(stage, "stage");
    if (alignmentIndex < 0 || alignmentIndex > 100) {
      throw new IllegalArgumentException("alignmentIndex must be 0..100 but was " + alignmentIndex);
    }
  }

  /** Scores of a kit without strategy pillars. */
  public Scores(List<PairScore> pairs, int alignmentIndex, Stage stage) {
    this(pairs, alignmentIndex, stage, List.of());
  }
}
