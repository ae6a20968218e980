package dev.launchlint.triage;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.launchlint.LaunchlintException;
import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.kit.BusinessFunction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The findings of an earlier audit of a kit, against which a new audit is triaged. Its file,
 * {@code launchlint/baseline@1}, is JSON meant to be committed beside the kit:
 *
 * <pre>
 * {"schema": "launchlint/baseline@1", "kit": "acme-launch",
 *  "findings": [{"id": "...", "type": "contradiction", "severity": "high",
 *                "functions": ["product", "sales"], "attribute": "uptime", "summary": "..."}]}
 * </pre>
 *
 * A JSON report ({@code launchlint/report@1}) serves as a baseline too: only its findings are
 * read. Findings are kept sorted by id, so the file changes only when the findings do.
 */
public record Baseline(String kit, List<KnownFinding> findings) {

  public static final String SCHEMA = "launchlint/baseline@1";

  private static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  public Baseline {
    Objects.requireNonNull(kit, "kit");
    findings = List.copyOf(findings);
  }

  /** The baseline of an audit: its findings, sorted by id. */
  public static Baseline of(String kit, List<Finding> findings) {
    return new Baseline(kit, findings.stream().map(KnownFinding::of)
        .sorted(java.util.Comparator.comparing(KnownFinding::id)).toList());
  }

  /** The baseline as its JSON file's bytes, deterministic. */
  public byte[] toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("kit", kit);
    ArrayNode list = root.putArray("findings");
    for (KnownFinding f : findings) {
      list.add(node(f));
    }
    try {
      return (MAPPER.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A known finding as JSON, in the fields of the report's findings. */
  public static ObjectNode node(KnownFinding f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", f.id());
    n.put("type", f.type().id());
    n.put("severity", f.severity().id());
    ArrayNode fs = n.putArray("functions");
    f.functions().forEach(x -> fs.add(x.id()));
    n.put("attribute", f.attribute());
    n.put("summary", f.summary());
    return n;
  }

  /**
   * Reads a baseline file, or a JSON report used as one.
   *
   * @throws LaunchlintException (stage {@code baseline}) with one line naming the file and what is
   *     wrong, when it cannot be read or is not a baseline
   */
  public static Baseline read(Path file) {
    JsonNode root = readJson(file, "baseline");
    return new Baseline(root.path("kit").isTextual() ? root.path("kit").asText()
        : root.path("kit").path("name").asText(""), findings(root, file, "baseline"));
  }

  /** The JSON tree of a report or baseline file; {@code stage} names the use in errors. */
  public static JsonNode readJson(Path file, String stage) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new LaunchlintException(stage, file + ": larger than 64 MiB");
      }
      try (InputStream in = Files.newInputStream(file)) {
        JsonNode root = MAPPER.readTree(in);
        if (root == null || !root.isObject()) {
          throw new LaunchlintException(stage, file + ": not a launchlint report or baseline (expected a JSON object)");
        }
        return root;
      }
    } catch (JacksonException e) {
      throw new LaunchlintException(stage, null, file + ": not valid JSON ("
          + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
    } catch (IOException e) {
      throw new LaunchlintException(stage, null, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The findings array of a report or baseline tree.
   *
   * @throws LaunchlintException naming the finding's position and field when one is malformed
   */
  public static List<KnownFinding> findings(JsonNode root, Path file, String stage) {
    JsonNode list = root.get("findings");
    if (list == null || !list.isArray()) {
      throw new LaunchlintException(stage, file + ": not a launchlint report or baseline (no 'findings' list)");
    }
    List<KnownFinding> out = new ArrayList<>();
    int i = 0;
    for (JsonNode n : list) {
      i++;
      String where = file + ": finding " + i + ": ";
      try {
        List<BusinessFunction> fs = new ArrayList<>();
        for (JsonNode f : n.path("functions")) {
          fs.add(BusinessFunction.fromId(f.asText()).orElseThrow(
              () -> new IllegalArgumentException("unknown function '" + f.asText() + "'")));
        }
        String id = text(n, "id");
        if (id == null) {
          throw new IllegalArgumentException("'id' is missing");
        }
        out.add(new KnownFinding(id, FindingType.fromId(Objects.requireNonNullElse(text(n, "type"), "")),
            Severity.fromId(Objects.requireNonNullElse(text(n, "severity"), "")), fs, text(n, "attribute"),
            Objects.requireNonNullElse(text(n, "summary"), "")));
      } catch (IllegalArgumentException e) {
        throw new LaunchlintException(stage, where + e.getMessage());
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
