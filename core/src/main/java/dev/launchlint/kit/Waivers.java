package dev.launchlint.kit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.launchlint.LaunchlintException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code waivers:} list of a kit's {@code launchlint.yml} (or {@code .yaml}, {@code .json}):
 * reading it, and adding one waiver to it (what a person does from the web page or by hand).
 *
 * <p>Thread-safe (stateless). {@link #append} is not atomic against another writer of the same
 * file at the same instant; callers that write from several threads serialise their calls.
 */
public final class Waivers {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[^\\s#-][^:]*:");
  private static final Pattern WAIVERS_KEY = Pattern.compile("^waivers\\s*:\\s*(#.*)?$");

  private Waivers() {}

  /**
   * The waivers of the kit at {@code kitRoot}, in file order; empty when there is no config or it
   * has no {@code waivers:} list.
   *
   * @throws LaunchlintException (stage {@code discover}) when a waiver is malformed: the message
   *     names the file, the waiver's position (1-based) and the field
   */
  public static List<Waiver> load(Path kitRoot) {
    Optional<Path> file = KitConfig.file(kitRoot);
    if (file.isEmpty()) {
      return List.of();
    }
    String name = file.get().getFileName().toString();
    JsonNode tree = KitConfig.readTree(file.get(), name);
    return tree == null ? List.of() : parse(tree, name);
  }

  static List<Waiver> parse(JsonNode tree, String name) {
    JsonNode list = tree.get("waivers");
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw KitConfig.bad(name, "'waivers' must be a list, e.g. waivers: [{id: ..., reason: ..., owner: ...,"
          + " expires: 2027-01-31}]");
    }
    List<Waiver> out = new ArrayList<>();
    int n = 0;
    for (JsonNode w : list) {
      n++;
      String where = "waiver " + n;
      if (!w.isObject()) {
        throw KitConfig.bad(name, where + ": expected a map with id (or type), reason, owner and expires");
      }
      List<BusinessFunction> functions = new ArrayList<>();
      JsonNode fs = w.get("functions");
      if (fs != null && !fs.isNull()) {
        for (JsonNode f : fs.isArray() ? fs : JSON.createArrayNode().add(fs)) {
          functions.add(BusinessFunction.fromId(f.asText()).orElseThrow(() -> KitConfig.bad(name, where
              + ": unknown function '" + f.asText() + "' in 'functions'; use product, marketing, sales or strategy")));
        }
      }
      String expires = text(w, "expires");
      if (expires == null) {
        throw KitConfig.bad(name, where + ": 'expires' is missing (a date, YYYY-MM-DD)");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(expires);
      } catch (DateTimeParseException e) {
        throw KitConfig.bad(name, where + ": 'expires' must be a date YYYY-MM-DD, not '" + expires + "'");
      }
      try {
        out.add(new Waiver(text(w, "id"), text(w, "type"), text(w, "attribute"), functions, text(w, "reason"),
            text(w, "owner"), date));
      } catch (IllegalArgumentException e) {
        throw KitConfig.bad(name, where + ": " + e.getMessage());
      }
    }
    return List.copyOf(out);
  }

  private static String text(JsonNode w, String field) {
    JsonNode v = w.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  /**
   * Adds {@code waiver} to the {@code waivers:} list of the kit's config, creating
   * {@code launchlint.yml} when the kit has no config. The rest of the file is kept as written
   * (comments, order, the function globs): the waiver is inserted as text at the end of the
   * list, or a list is added at the end of the file; only when the file's layout defeats that
   * (a flow-style list, a JSON config) is the file written again from its parsed content. The
   * file is replaced atomically: a reader sees the old file or the new one.
   *
   * @return the config file written
   * @throws LaunchlintException (stage {@code discover}) when the existing config is malformed
   *     or cannot be written
   */
  public static Path append(Path kitRoot, Waiver waiver) {
    Optional<Path> existing = KitConfig.file(kitRoot);
    Path file = existing.orElse(kitRoot.resolve(KitConfig.FILE_NAMES.get(0)));
    String name = file.getFileName().toString();
    try {
      String before = existing.isPresent() ? Files.readString(file, StandardCharsets.UTF_8) : "";
      JsonNode tree = existing.isPresent() ? KitConfig.readTree(file, name) : null;
      List<Waiver> had = tree == null ? List.of() : parse(tree, name);
      String after = name.endsWith(".json") ? null : insertYaml(before, waiver);
      if (after == null || !sameButOneMore(after, tree, had, waiver)) {
        after = rewritten(tree, waiver, name.endsWith(".json"));
      }
      write(file, after);
      return file;
    } catch (IOException e) {
      throw new LaunchlintException("discover", null, "cannot write " + name + ": " + e.getMessage(), e);
    }
  }

  /** The YAML text with the waiver added as a block item, or null when the layout is not a block list. */
  static String insertYaml(String text, Waiver waiver) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    int key = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (WAIVERS_KEY.matcher(lines.get(i)).matches()) {
        key = i;
        break;
      }
      if (lines.get(i).startsWith("waivers")) {
        return null; // "waivers: []" or a flow list
      }
    }
    if (key < 0) {
      StringBuilder b = new StringBuilder(text);
      if (!text.isEmpty() && !text.endsWith("\n")) {
        b.append('\n');
      }
      return b.append("waivers:\n").append(item(waiver, "  ")).toString();
    }
    int end = key + 1; // one past the last line of the list's items
    String indent = null;
    for (int i = key + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (TOP_LEVEL_KEY.matcher(line).find() || line.startsWith("---") || line.startsWith("...")) {
        break;
      }
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        end = i + 1;
        if (indent == null && line.stripLeading().startsWith("-")) {
          indent = line.substring(0, line.length() - line.stripLeading().length());
        }
      }
    }
    List<String> out = new ArrayList<>(lines.subList(0, end));
    out.addAll(item(waiver, indent == null ? "  " : indent).lines().toList());
    out.addAll(lines.subList(end, lines.size()));
    return String.join("\n", out) + "\n";
  }

  /** One waiver as a block-sequence item whose dash stands at {@code indent}; strings double-quoted. */
  private static String item(Waiver w, String indent) {
    List<String> fields = new ArrayList<>();
    if (w.id() != null) {
      fields.add("id: " + quoted(w.id()));
    } else {
      fields.add("type: " + quoted(w.type()));
      if (w.attribute() != null) {
        fields.add("attribute: " + quoted(w.attribute()));
      }
      if (!w.functions().isEmpty()) {
        fields.add("functions: [" + String.join(", ", w.functions().stream().map(BusinessFunction::id).toList()) + "]");
      }
    }
    fields.add("reason: " + quoted(w.reason()));
    fields.add("owner: " + quoted(w.owner()));
    fields.add("expires: " + quoted(w.expires().toString()));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      b.append(indent).append(i == 0 ? "- " : "  ").append(fields.get(i)).append('\n');
    }
    return b.toString();
  }

  /** A JSON string literal, which is also a YAML double-quoted scalar. */
  private static String quoted(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code after} parses to the old content plus exactly this waiver at the end. */
  private static boolean sameButOneMore(String after, JsonNode before, List<Waiver> had, Waiver waiver) {
    JsonNode tree;
    try {
      tree = new ObjectMapper(new YAMLFactory()).readTree(after);
    } catch (IOException e) {
      return false;
    }
    if (tree == null || !tree.isObject()) {
      return false;
    }
    List<Waiver> now;
    try {
      now = parse(tree, "launchlint.yml");
    } catch (LaunchlintException e) {
      return false;
    }
    List<Waiver> expected = new ArrayList<>(had);
    expected.add(waiver);
    ObjectNode rest = ((ObjectNode) tree).deepCopy();
    rest.remove("waivers");
    ObjectNode restBefore = before == null || !before.isObject() ? JSON.createObjectNode() : ((ObjectNode) before).deepCopy();
    restBefore.remove("waivers");
    return now.equals(expected) && rest.equals(restBefore);
  }

  /** The config written again from its parsed content with the waiver added (comments are lost). */
  private static String rewritten(JsonNode before, Waiver w, boolean json) throws IOException {
    ObjectNode tree = before == null || !before.isObject() ? JSON.createObjectNode() : ((ObjectNode) before).deepCopy();
    JsonNode list = tree.get("waivers");
    ArrayNode waivers = list instanceof ArrayNode a ? a : tree.putArray("waivers");
    w.writeTo(waivers.addObject());
    if (json) {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    }
    YAMLFactory yaml = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
    return new ObjectMapper(yaml).writeValueAsString(tree);
  }

  private static void write(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".launchlint-tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
