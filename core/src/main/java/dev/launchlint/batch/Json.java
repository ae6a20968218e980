package dev.launchlint.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.launchlint.score.Stage;
import java.util.ArrayList;
import java.util.List;

/** The JSON of a kit's summary line, shared by the summary and the manifests (fields in a fixed order). */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Json() {}

  static ObjectNode outcome(KitOutcome k) {
    boolean failed = k.status() == KitOutcome.Status.FAILED;
    ObjectNode n = MAPPER.createObjectNode();
    n.put("kit", k.kit());
    n.put("status", failed ? "failed" : "ok");
    n.put("error", k.error());
    n.put("stage", k.stage() == null ? null : k.stage().id());
    if (failed) {
      n.putNull("alignmentIndex");
      n.putNull("maxDivergence");
    } else {
      n.put("alignmentIndex", k.alignmentIndex());
      n.put("maxDivergence", k.maxDivergence());
    }
    ObjectNode findings = n.putObject("findings");
    findings.put("total", k.findings());
    findings.put("high", k.high());
    findings.put("medium", k.medium());
    findings.put("low", k.low());
    n.put("documents", k.documents());
    n.put("unreadable", k.unreadable());
    ArrayNode reports = n.putArray("reports");
    k.reports().forEach(reports::add);
    return n;
  }

  /** Reads back a line written by {@link #outcome}; throws IllegalArgumentException when it is not one. */
  static KitOutcome outcome(JsonNode n) {
    if (n == null || !n.isObject() || !"ok".equals(n.path("status").asText())) {
      throw new IllegalArgumentException("not a finished kit line");
    }
    List<String> reports = new ArrayList<>();
    n.path("reports").forEach(r -> reports.add(r.asText()));
    JsonNode f = n.path("findings");
    return new KitOutcome(n.path("kit").asText(), KitOutcome.Status.UNCHANGED, null,
        Stage.fromId(n.path("stage").asText()), n.path("alignmentIndex").asInt(-1), n.path("maxDivergence").asInt(-1),
        f.path("high").asInt(-1), f.path("medium").asInt(-1), f.path("low").asInt(-1),
        n.path("documents").asInt(-1), n.path("unreadable").asInt(-1), reports);
  }
}
