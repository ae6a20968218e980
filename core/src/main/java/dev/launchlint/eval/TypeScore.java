package dev.launchlint.eval;

/**
 * Counts of one finding type (or all): true positives (labels matched by a finding), false
 * positives (findings that match no label), false negatives (labels no finding matches).
 *
 * <p>Where a ratio has nothing to count it is 1 when there was nothing to find and nothing was
 * found, else 0: an empty audit of a kit with labels scores 0, a clean audit of a clean kit 1.
 */
public record TypeScore(int truePositives, int falsePositives, int falseNegatives) {

  public static final TypeScore ZERO = new TypeScore(0, 0, 0);

  public TypeScore {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("counts must be >= 0 but were "
          + truePositives + ", " + falsePositives + ", " + falseNegatives);
    }
  }

  public TypeScore plus(TypeScore other) {
    return new TypeScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** How many labels there were. */
  public int expected() {
    return truePositives + falseNegatives;
  }

  /** How many findings there were. */
  public int reported() {
    return truePositives + falsePositives;
  }

  public double precision() {
    return reported() == 0 ? (falseNegatives == 0 ? 1.0 : 0.0) : (double) truePositives / reported();
  }

  public double recall() {
    return expected() == 0 ? (falsePositives == 0 ? 1.0 : 0.0) : (double) truePositives / expected();
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
