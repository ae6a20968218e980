package dev.launchlint.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.launchlint.compare.Severity;
import dev.launchlint.score.Stage;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

  private static KitOutcome kit(String name, Stage stage, int alignment, int divergence, int high) {
    return new KitOutcome(name, KitOutcome.Status.AUDITED, null, stage, alignment, divergence, high, 1, 0, 4, 0,
        List.of("kits/" + name + "/report.json"));
  }

  @Test
  void mostDivergentKitsComeFirstAndFailedOnesBeforeThem() {
    BatchSummary summary = new BatchSummary("root", List.of(
        kit("calm", Stage.ALIGNED, 95, 5, 0),
        kit("worse", Stage.CONFLICTING_EXECUTION, 40, 60, 3),
        kit("bad", Stage.CONFLICTING_EXECUTION, 40, 60, 5),
        kit("confused", Stage.MARKET_CONFUSION, 70, 30, 1),
        KitOutcome.failed("broken", "cannot list it"),
        kit("drifting", Stage.FRAGMENTED_INTERPRETATION, 80, 20, 0)));
    assertEquals(List.of("broken", "confused", "bad", "worse", "drifting", "calm"),
        summary.kits().stream().map(KitOutcome::kit).toList());
    assertTrue(summary.hasFindingsAtOrAbove(Severity.HIGH));
  }

  @Test
  void csvQuotesWhatNeedsItAndDefusesFormulas() throws Exception {
    BatchSummary summary = new BatchSummary("root", List.of(
        kit("a, \"quoted\" kit", Stage.ALIGNED, 90, 10, 0), kit("=cmd()", Stage.ALIGNED, 91, 10, 0)));
    StringWriter w = new StringWriter();
    summary.writeCsv(w);
    String[] lines = w.toString().split("\r\n");
    assertEquals(3, lines.length, w.toString());
    assertTrue(lines[1].startsWith("\"a, \"\"quoted\"\" kit\",ok,,aligned,90,"), lines[1]);
    assertTrue(lines[2].startsWith("'=cmd(),ok,"), lines[2]);
  }

  @Test
  void summaryLinesSurviveTheManifestRoundTrip() {
    KitOutcome original = kit("k", Stage.MARKET_CONFUSION, 33, 77, 2);
    assertEquals(original.unchanged(), Json.outcome(Json.outcome(original)));
    assertThrows(IllegalArgumentException.class, () -> Json.outcome(Json.outcome(KitOutcome.failed("k", "x"))));
  }

  @Test
  void outcomesValidate() {
    assertThrows(IllegalArgumentException.class, () -> kit("k", Stage.ALIGNED, 101, 0, 0));
    assertThrows(NullPointerException.class,
        () -> new KitOutcome("k", KitOutcome.Status.FAILED, null, null, 0, 0, 0, 0, 0, 0, 0, List.of()));
  }
}
