package dev.launchlint.eval;

import dev.launchlint.compare.FindingType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of a set of labelled kits: per-kit results, and derived from them the counts per
 * finding type, the overall (micro-averaged) counts and the stage accuracy.
 */
public record EvalResult(List<KitResult> kits) {

  public EvalResult {
    kits = List.copyOf(kits);
  }

  /** Counts per finding type over all kits, every type present, in enum order. */
  public Map<FindingType, TypeScore> byType() {
    EnumMap<FindingType, TypeScore> map = new EnumMap<>(FindingType.class);
    for (FindingType t : FindingType.values()) {
      TypeScore sum = TypeScore.ZERO;
      for (KitResult k : kits) {
        sum = sum.plus(k.score(t));
      }
      map.put(t, sum);
    }
    return Collections.unmodifiableMap(map);
  }

  /** Counts over all types and kits: micro-averaged precision, recall and F1. */
  public TypeScore overall() {
    TypeScore sum = TypeScore.ZERO;
    for (KitResult k : kits) {
      sum = sum.plus(k.total());
    }
    return sum;
  }

  public int stagesCorrect() {
    return (int) kits.stream().filter(KitResult::stageCorrect).count();
  }

  /** Share of kits whose stage the audit got right; 0 when there are no kits. */
  public double stageAccuracy() {
    return kits.isEmpty() ? 0.0 : (double) stagesCorrect() / kits.size();
  }
}
