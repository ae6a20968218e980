package dev.launchlint.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.launchlint.LaunchlintException;
import dev.launchlint.compare.FindingType;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.score.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels of one kit, as its {@code expected.json} holds them: the expected stage and the
 * expected findings.
 */
public record Labels(Stage stage, List<Label> findings) {

  /** The file name of a kit's labels, at the kit root. */
  public static final String FILE_NAME = "expected.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  // a misspelt key ("anchor") would silently loosen a label, so unknown keys are errors
  private static final Set<String> KIT_KEYS = Set.of("stage", "findings", "note");
  private static final Set<String> LABEL_KEYS = Set.of("type", "functions", "anchors", "note");

  public Labels {
    Objects.requireNonNull(stage, "stage");
    findings = List.copyOf(findings);
  }

  /**
   * Reads an {@code expected.json}.
   *
   * @throws LaunchlintException (stage {@code eval}) naming the file when it cannot be read or is
   *     not valid labels
   */
  public static Labels read(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LaunchlintException("eval", file.toString(), "cannot read labels " + file + ": " + e.getMessage(), e);
    }
    try {
      return parse(json);
    } catch (IllegalArgumentException e) {
      throw new LaunchlintException("eval", file.toString(), "bad labels in " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses labels from JSON text.
   *
   * @throws IllegalArgumentException saying what is wrong when the text is not valid labels
   */
  public static Labels parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected an object with \"stage\" and \"findings\"");
    }
    requireKnownKeys(root, KIT_KEYS, "the kit");
    Stage stage = Stage.fromId(text(root, "stage", "the kit"));
    JsonNode list = root.path("findings");
    if (!list.isArray()) {
      throw new IllegalArgumentException("\"findings\" must be an array");
    }
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode n = list.get(i);
      String where = "finding " + (i + 1);
      if (!n.isObject()) {
        throw new IllegalArgumentException(where + " must be an object");
      }
      requireKnownKeys(n, LABEL_KEYS, where);
      FindingType type = FindingType.fromId(text(n, "type", where));
      List<BusinessFunction> functions = new ArrayList<>();
      for (String id : strings(n, "functions", where)) {
        functions.add(BusinessFunction.fromId(id).orElseThrow(
            () -> new IllegalArgumentException(where + ": unknown function '" + id + "'")));
      }
      JsonNode note = n.get("note");
      try {
        labels.add(new Label(type, functions, strings(n, "anchors", where),
            note == null || note.isNull() ? null : note.asText()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return new Labels(stage, labels);
  }

  private static void requireKnownKeys(JsonNode node, Set<String> known, String where) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey())) {
        throw new IllegalArgumentException(where + ": unknown key \"" + e.getKey() + "\"; known: " + new TreeSet<>(known));
      }
    }
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" must be a string");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(where + ": \"" + field + "\" must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : v) {
      if (!s.isTextual()) {
        throw new IllegalArgumentException(where + ": \"" + field + "\" must hold strings only");
      }
      out.add(s.asText());
    }
    return out;
  }
}
