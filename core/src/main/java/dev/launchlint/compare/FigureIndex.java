package dev.launchlint.compare;

import dev.launchlint.compare.ValueConflicts.Measured;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Distinct figures by their value, so that "is this figure stated?" reads only the figures near
 * it: a large kit states thousands of distinct figures on one aspect (every drifted number is one
 * more), and each candidate conflict asks. Not thread-safe while filled; read-only afterwards.
 */
final class FigureIndex {

  /** The relative tolerance within which two values may be the same figure ({@link ValueConflicts#sameFigure}). */
  private static final double TOLERANCE = 1e-4;

  private final Set<List<Object>> seen = new HashSet<>();
  private final TreeMap<Double, List<Measured>> byValue = new TreeMap<>();

  /** Adds {@code m} unless a figure with the same {@code key} is in already. */
  void add(List<Object> key, Measured m) {
    if (seen.add(key)) {
      byValue.computeIfAbsent(m.quantity().value(), v -> new ArrayList<>(1)).add(m);
    }
  }

  /**
   * Whether a figure that may be the same figure as {@code value} passes {@code test}: {@code test}
   * sees a superset of the figures within the tolerance of {@link ValueConflicts#sameFigure}, never
   * one farther away, so it must check sameness itself.
   */
  boolean anyNear(Measured value, Predicate<Measured> test) {
    double v = value.quantity().value();
    if (!Double.isFinite(v)) {
      return byValue.values().stream().flatMap(List::stream).anyMatch(test);
    }
    // |x - v| <= max(|x|, |v|) * t + 1e-9 implies |x - v| <= (|v| * t + 1e-9) / (1 - t); doubled for rounding
    double reach = 2 * (Math.abs(v) * TOLERANCE + 1e-9) / (1 - TOLERANCE);
    for (Map.Entry<Double, List<Measured>> e : byValue.subMap(v - reach, true, v + reach, true).entrySet()) {
      for (Measured m : e.getValue()) {
        if (test.test(m)) {
          return true;
        }
      }
    }
    return false;
  }
}
