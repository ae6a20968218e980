package dev.launchlint.report;

import static dev.launchlint.report.Rendering.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifRendererTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void hasTheRequiredSarif210Structure() throws Exception {
    Report report = SampleReports.realistic();
    JsonNode root = JSON.readTree(render(ReportFormat.SARIF, report));
    assertEquals("2.1.0", root.path("version").asText());
    assertTrue(root.path("$schema").asText().equals(SarifRenderer.SCHEMA_URI) && SarifRenderer.SCHEMA_URI.endsWith("/sarif-schema-2.1.0.json"));
    assertEquals(1, root.path("runs").size());
    JsonNode run = root.path("runs").get(0);
    JsonNode driver = run.path("tool").path("driver");
    assertEquals("launchlint", driver.path("name").asText());

    Set<String> ruleIds = new HashSet<>();
    for (JsonNode rule : driver.path("rules")) {
      ruleIds.add(rule.path("id").asText());
      assertFalse(rule.path("shortDescription").path("text").asText().isBlank());
      assertFalse(rule.path("fullDescription").path("text").asText().isBlank());
    }
    assertEquals(FindingType.values().length, ruleIds.size());

    JsonNode base = run.path("originalUriBaseIds").path(SarifRenderer.BASE_ID);
    assertTrue(base.isObject(), "KITROOT is declared");
    assertTrue(base.path("uri").isMissingNode(), "a relative kit root has no absolute URI");

    JsonNode results = run.path("results");
    assertEquals(report.findings().size(), results.size());
    Map<String, String> levels = Map.of("high", "error", "medium", "warning", "low", "note");
    for (int i = 0; i < results.size(); i++) {
      Finding f = report.findings().get(i);
      JsonNode r = results.get(i);
      assertEquals(f.type().id(), r.path("ruleId").asText());
      assertTrue(ruleIds.contains(r.path("ruleId").asText()));
      assertEquals(f.type().id(), driver.path("rules").get(r.path("ruleIndex").asInt()).path("id").asText());
      assertEquals(levels.get(f.severity().id()), r.path("level").asText());
      assertTrue(r.path("message").path("text").asText().startsWith(Escape.sarif(f.summary())));
      assertEquals(f.id(), r.path("partialFingerprints").path(SarifRenderer.FINGERPRINT).asText());
      if (f.evidence().isEmpty()) {
        assertEquals(0, r.path("locations").size());
        continue;
      }
      JsonNode first = r.path("locations").get(0);
      JsonNode artifact = first.path("physicalLocation").path("artifactLocation");
      assertEquals(f.evidence().get(0).path(), URI.create(artifact.path("uri").asText()).getPath());
      assertFalse(URI.create(artifact.path("uri").asText()).isAbsolute());
      assertEquals(SarifRenderer.BASE_ID, artifact.path("uriBaseId").asText());
      assertEquals(f.evidence().size() - 1, r.path("relatedLocations").size());
    }

    // Pages, slides and sheets live in the property bag and the message.
    JsonNode uptime = results.get(0);
    assertEquals(3, uptime.path("locations").get(0).path("properties").path("page").asInt());
    assertEquals("Service levels", uptime.path("locations").get(0).path("properties").path("heading").asText());
    JsonNode deck = uptime.path("relatedLocations").get(0);
    assertEquals(7, deck.path("properties").path("slide").asInt());
    assertTrue(deck.path("message").path("text").asText().startsWith("sales, slide 7: "));
    assertTrue(uptime.path("message").path("text").asText().contains("sales/pitch-deck.pptx, slide 7"));

    // Every document is an artifact, with its status.
    assertEquals(report.documents().size(), run.path("artifacts").size());
    assertEquals("corrupt", find(run.path("artifacts"), "sales/old-deck.ppt").path("properties").path("status").asText());
  }

  @Test
  void absoluteKitRootBecomesAFileUriAndOddPathsStayRelativeUris() throws Exception {
    Report r = SampleReports.realistic();
    Report absolute = new Report(new KitInfo("k", "/srv/kits/k"), r.documents(), r.findings(), r.scores(), r.terms());
    JsonNode run = JSON.readTree(render(ReportFormat.SARIF, absolute)).path("runs").get(0);
    assertEquals("file:///srv/kits/k/", run.path("originalUriBaseIds").path("KITROOT").path("uri").asText());
    assertEquals("sales/deck%20v2%20%23final.pptx", SarifRenderer.relativeUri("sales/deck v2 #final.pptx"));
    assertEquals("product/caf%C3%A9%E2%80%94spec.pdf", SarifRenderer.relativeUri("product/café—spec.pdf"));
    assertEquals("c%3Aodd.md", SarifRenderer.relativeUri("c:odd.md"));
    assertFalse(URI.create(SarifRenderer.relativeUri("c:odd.md")).isAbsolute());
  }

  @Test
  void hostileTextIsJsonEscapedAndCannotFakeLinks() throws Exception {
    String sarif = render(ReportFormat.SARIF, SampleReports.hostile());
    assertFalse(sarif.contains("\u001b"), "raw control characters never reach the file");
    JsonNode r = JSON.readTree(sarif).path("runs").get(0).path("results").get(0);
    String message = r.path("message").path("text").asText();
    assertTrue(message.contains("\\[click\\](0)"), message);
    assertFalse(message.replace("\\[", "").replace("\\]", "").contains("["), message);
    assertTrue(message.contains(SampleReports.SCRIPT), "the text itself is kept, JSON makes it inert");
    String uri = r.path("relatedLocations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
    assertEquals("sales/" + SampleReports.ONERROR + ".pptx", URI.create(uri).getPath());
  }

  private static JsonNode find(JsonNode artifacts, String path) {
    for (JsonNode a : artifacts) {
      if (URI.create(a.path("location").path("uri").asText()).getPath().equals(path)) {
        return a;
      }
    }
    throw new AssertionError("no artifact " + path + " in " + artifacts);
  }
}
