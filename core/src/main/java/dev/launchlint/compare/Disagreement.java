package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Two statements that give different values of what reads as one fact, before the kit's other
 * statements are heard ({@link Disagreements}).
 *
 * @param x the first statement
 * @param y the second statement
 * @param aspect what both are about, as the alignment named it
 * @param kind the kind of value: {@code price}, {@code number}, {@code date}, {@code stage},
 *     {@code support}, {@code certification}, {@code limit}, {@code version}, {@code availability},
 *     {@code plan}
 * @param vx the value of {@code x} as written
 * @param vy the value of {@code y} as written
 * @param valueX the value of {@code x} as read (see {@link Fact#value()}), or null for a value in words
 * @param valueY the value of {@code y} as read, or null for a value in words
 * @param markX the words of {@code x} to mark in its evidence
 * @param markY the words of {@code y} to mark in its evidence
 * @param similarity how close the two statements' wording is, 0 to 1
 * @param a the index of {@code x} among the kit's claims
 * @param b the index of {@code y} among the kit's claims
 */
record Disagreement(Claim x, Claim y, String aspect, String kind, String vx, String vy, Object valueX,
    Object valueY, Supplier<String> markX, Supplier<String> markY, double similarity, int a, int b) {

  Disagreement {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(vx, "vx");
    Objects.requireNonNull(vy, "vy");
  }

  /** The same disagreement with the similarity of its statements and where they stand among the kit's claims. */
  Disagreement at(double value, int ofX, int ofY) {
    return new Disagreement(x, y, aspect, kind, vx, vy, valueX, valueY, markX, markY, value, ofX, ofY);
  }

  /** Whether the values are read ones (prices, figures, dates, stages), not words. */
  boolean valued() {
    return valueX != null && valueY != null;
  }
}
