package dev.launchlint.score;

import java.util.List;
import java.util.Objects;

/** The kit's divergence per pair of functions, its alignment index (0..100, higher is better) and its stage. */
public record Scores(List<PairScore> pairs, int alignmentIndex, Stage stage) {

  public Scores {
    pairs = List.copyOf(pairs);
    Objects.requireNonNull(stage, "stage");
    if (alignmentIndex < 0 || alignmentIndex > 100) {
      throw new IllegalArgumentException("alignmentIndex must be 0..100 but was " + alignmentIndex);
    }
  }
}
