package dev.launchlint.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.launchlint.Launchlint;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.Severity;
import dev.launchlint.kit.Waiver;
import dev.launchlint.kit.Waivers;
import dev.launchlint.report.Report;
import dev.launchlint.report.ReportFormat;
import dev.launchlint.triage.Baseline;
import dev.launchlint.triage.FindingStatus;
import dev.launchlint.triage.WaiverOutcome;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI story on a copy of a corpus kit: a baseline makes known findings unchanged, one new
 * contradicting sentence is the only new finding, a waiver hides it until the day it expires, and
 * SARIF says all of it as SARIF 2.1.0 defines it.
 */
class BaselineAndWaiversTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final String NEW_PRICE = "The Business plan costs $49 per editor per month, billed annually.";

  @Test
  void onlyNewFindingsCountAndWaiversHoldUntilTheyExpire(@TempDir Path dir) throws IOException {
    Path kit = StableIdsTest.copy(CorpusKits.kits().resolve("sample"), dir.resolve("sample"));
    Report first = Launchlint.audit(kit, StableIdsTest.OPTIONS);
    Path baseline = dir.resolve("launchlint-baseline.json");
    Files.write(baseline, Baseline.of(first.kit().name(), first.findings()).toJson());

    Report again = audit(kit, baseline);
    assertTrue(again.findings().stream().allMatch(f -> again.status(f) == FindingStatus.UNCHANGED));
    assertFalse(again.hasFindingsAtOrAbove(Severity.HIGH), "known findings never fail a run");
    assertTrue(again.triage().fixed().isEmpty());

    Path email = kit.resolve("marketing/launch-email.txt");
    Files.writeString(email, Files.readString(email) + "\n" + NEW_PRICE + "\n", StandardCharsets.UTF_8);
    Report changed = audit(kit, baseline);
    List<Finding> added = changed.findings().stream().filter(f -> changed.status(f) == FindingStatus.NEW).toList();
    assertEquals(1, added.size(), "exactly the new contradiction is new: " + added);
    Finding price = added.get(0);
    assertEquals("contradiction", price.type().id());
    assertEquals(Severity.HIGH, price.severity());
    assertTrue(changed.hasFindingsAtOrAbove(Severity.HIGH));
    JsonNode results = sarif(changed).path("runs").get(0).path("results");
    int newOnes = 0;
    for (JsonNode r : results) {
      boolean isNew = r.path("partialFingerprints").path("launchlintFindingId/v1").asText().equals(price.id());
      assertEquals(isNew ? "new" : "unchanged", r.path("baselineState").asText(), r.toString());
      newOnes += isNew ? 1 : 0;
      assertTrue(r.path("locations").get(0).path("physicalLocation").has("region"), "every result has a region");
    }
    assertEquals(1, newOnes);

    Waivers.append(kit, Waiver.ofId(price.id(), "the e-mail goes out after the price change", "ana", TODAY.plusDays(30)));
    Report waived = audit(kit, baseline);
    assertEquals(FindingStatus.WAIVED, waived.status(price));
    assertFalse(waived.hasFindingsAtOrAbove(Severity.HIGH), "a waived finding never fails a run");
    JsonNode result = find(sarif(waived), price.id());
    assertEquals("accepted", result.path("suppressions").get(0).path("status").asText());
    assertTrue(result.path("suppressions").get(0).path("justification").asText().contains("ana"));

    Report expired = Launchlint.audit(kit, StableIdsTest.OPTIONS.withBaseline(baseline).withToday(TODAY.plusDays(30)));
    assertEquals(FindingStatus.NEW, expired.status(price), "the day a waiver expires its finding counts again");
    assertTrue(expired.hasFindingsAtOrAbove(Severity.HIGH));
    assertEquals(TODAY.plusDays(30), expired.triage().expired().get(price.id()));
    assertEquals(WaiverOutcome.State.EXPIRED, expired.triage().waivers().get(0).state());
    assertTrue(render(expired, ReportFormat.MD).contains("expired on " + TODAY.plusDays(30)));

    // the sentence goes: the finding is fixed, and its waiver now matches nothing
    Files.writeString(email, Files.readString(email).replace(NEW_PRICE, ""), StandardCharsets.UTF_8);
    Path baseline2 = dir.resolve("second-baseline.json");
    Files.write(baseline2, Baseline.of(changed.kit().name(), changed.findings()).toJson());
    Report fixed = audit(kit, baseline2);
    assertEquals(List.of(price.id()), fixed.triage().fixed().stream().map(k -> k.id()).toList());
    assertEquals(WaiverOutcome.State.UNMATCHED, fixed.triage().waivers().get(0).state());
    JsonNode absent = find(sarif(fixed), price.id());
    assertEquals("absent", absent.path("baselineState").asText());
    String console = render(fixed, ReportFormat.CONSOLE);
    assertTrue(console.contains("1 fixed") && console.contains("matches no finding"), console);
  }

  private static Report audit(Path kit, Path baseline) {
    return Launchlint.audit(kit, StableIdsTest.OPTIONS.withBaseline(baseline).withToday(TODAY));
  }

  private static JsonNode sarif(Report r) throws IOException {
    return new ObjectMapper().readTree(render(r, ReportFormat.SARIF));
  }

  private static String render(Report r, ReportFormat f) throws IOException {
    StringWriter w = new StringWriter();
    f.render(r, w);
    return w.toString();
  }

  private static JsonNode find(JsonNode sarif, String id) {
    List<JsonNode> hits = new ArrayList<>();
    sarif.path("runs").get(0).path("results").forEach(r -> {
      if (r.path("partialFingerprints").path("launchlintFindingId/v1").asText().equals(id)) {
        hits.add(r);
      }
    });
    assertEquals(1, hits.size(), "one result for " + id);
    return hits.get(0);
  }
}
