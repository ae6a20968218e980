package dev.launchlint.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.launchlint.analyze.Bound;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.compare.ValueConflicts.Measured;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The figure index finds what a scan of every figure finds, on random figures (seed printed). */
class FigureIndexTest {

  private static Measured figure(double value, String unit) {
    return new Measured(new Quantity(value, null, "count", unit, Bound.EXACT, 0, 1, String.valueOf(value)), Set.of(),
        null);
  }

  @Test
  void findsWhatAScanOfEveryFigureFinds() {
    long seed = new Random().nextLong();
    System.out.println("FigureIndexTest seed " + seed);
    Random random = new Random(seed);
    double[] scales = {0, 1e-6, 1, 1e3, 1e6, 1e12};
    for (int round = 0; round < 50; round++) {
      FigureIndex index = new FigureIndex();
      List<Measured> all = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        double value = (random.nextBoolean() ? -1 : 1) * scales[random.nextInt(scales.length)]
            * (random.nextInt(5) == 0 ? 1 : 1 + random.nextGaussian() * 1e-4);
        Measured m = figure(value, random.nextBoolean() ? "users" : "seats");
        index.add(List.of(value, m.quantity().unit()), m);
        all.add(m);
      }
      for (int q = 0; q < 50; q++) {
        Measured asked = random.nextBoolean() ? all.get(random.nextInt(all.size()))
            : figure(scales[random.nextInt(scales.length)] * (1 + random.nextGaussian() * 2e-4), "users");
        Predicate<Measured> same = m -> ValueConflicts.comparable(asked, m) && ValueConflicts.sameFigure(asked, m);
        assertEquals(all.stream().anyMatch(same), index.anyNear(asked, same), "seed " + seed + ", " + asked);
      }
    }
  }
}
