package dev.launchlint.score;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.compare.Finding;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.List;

/** Scores a kit from its findings and terms. Stateless and thread-safe. */
public final class Scoring {

  private Scoring() {}

  public static Scores score(AnalyzedKit kit, List<Finding> findings) {
    List<BusinessFunction> fs = kit.functions();
    List<PairScore> pairs = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      for (int j = i + 1; j < fs.size(); j++) {
        BusinessFunction a = fs.get(i);
        BusinessFunction b = fs.get(j);
        int n = (int) findings.stream().filter(f -> f.functions().contains(a) && f.functions().contains(b)).count();
        pairs.add(new PairScore(List.of(a, b), Math.min(100, n * 10), n, 0.0));
      }
    }
    Stage stage = findings.isEmpty() ? Stage.ALIGNED : Stage.CONFLICTING_EXECUTION;
    return new Scores(pairs, Math.max(0, 100 - findings.size() * 5), stage);
  }
}
