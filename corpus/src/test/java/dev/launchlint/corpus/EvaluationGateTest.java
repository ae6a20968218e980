package dev.launchlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.launchlint.AuditOptions;
import dev.launchlint.eval.EvalFormat;
import dev.launchlint.eval.EvalResult;
import dev.launchlint.eval.Evaluation;
import dev.launchlint.eval.Labels;
import dev.launchlint.eval.TypeScore;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The quality gate: audits every labelled kit of the corpus and fails when overall F1 or stage
 * accuracy falls below the floor committed in {@code corpus/eval-floor.json}. Raise the floor
 * whenever the figures rise.
 */
class EvaluationGateTest {

  @Test
  void corpusScoresAtLeastTheFloor() throws Exception {
    Path kits = CorpusKits.kits();
    JsonNode floor = new ObjectMapper().readTree(CorpusKits.module().resolve("eval-floor.json").toFile());
    double minF1 = floor.path("f1").asDouble(Double.NaN);
    double minStage = floor.path("stageAccuracy").asDouble(Double.NaN);
    assertTrue(minF1 >= 0 && minF1 <= 1 && minStage >= 0 && minStage <= 1, "eval-floor.json needs f1 and stageAccuracy in 0..1");

    EvalResult result = Evaluation.evaluate(kits, AuditOptions.DEFAULTS);
    StringWriter table = new StringWriter();
    EvalFormat.TABLE.render(result, table);
    System.out.println("launchlint eval " + kits + "\n" + table);

    // every kit folder is labelled and scored, and every label is counted once
    assertEquals(CorpusKits.kitFolders(kits).size(), result.kits().size());
    int labels = 0;
    for (Path kit : CorpusKits.kitFolders(kits)) {
      labels += Labels.read(kit.resolve(Labels.FILE_NAME)).findings().size();
    }
    TypeScore overall = result.overall();
    assertEquals(labels, overall.expected(), "every label is either matched or missed");

    String figures = String.format(Locale.ROOT, "F1 %.3f (floor %.3f), stage accuracy %.3f (floor %.3f)",
        overall.f1(), minF1, result.stageAccuracy(), minStage);
    assertTrue(overall.f1() >= minF1, "overall F1 fell below the floor: " + figures);
    assertTrue(result.stageAccuracy() >= minStage, "stage accuracy fell below the floor: " + figures);
  }
}
