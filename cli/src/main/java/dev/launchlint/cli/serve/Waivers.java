package dev.launchlint.cli.serve;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.launchlint.LaunchlintException;
import dev.launchlint.kit.BusinessFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code waivers:} list of a kit's {@code launchlint.yml} (DESIGN.md, Fact sheet and waivers),
 * read and appended to by the page.
 *
 * <p>A stopgap kept to this one class: core's own waiver support (the source-of-truth work) reads
 * and applies waivers in the audit itself and offers an append of its own; once it lands, this
 * class gives way to it. Until then the page marks waived findings itself.
 *
 * <p>Appending edits the file as text, so its comments and layout stay: the entry goes at the end of
 * the {@code waivers:} block, or a new block goes at the end of the file; the result is parsed again
 * and written only when everything else in it reads the same (atomically, by rename). It never
 * touches any other file of the kit.
 */
final class Waivers {

  /** The file waivers are written to. */
  static final String FILE = "launchlint.yml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BLOCK = Pattern.compile("(?m)^waivers:[ \\t]*(#.*)?$");
  private static final Pattern ANY = Pattern.compile("(?m)^[\"']?waivers[\"']?\\s*:");
  private static final Pattern EMPTY_FLOW = Pattern.compile("(?m)^waivers:[ \\t]*\\[[ \\t]*\\][ \\t]*(#.*)?$");

  /**
   * One waiver: the finding {@code id} is accepted as it is, for {@code reason}, by {@code owner},
   * until {@code expires} (inclusive).
   */
  record Waiver(String id, String reason, String owner, LocalDate expires) {

    Waiver {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(expires, "expires");
      if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
        throw new IllegalArgumentException("a finding id is letters, digits, - and _, not '" + id + "'");
      }
      if (reason.isBlank() || owner.isBlank()) {
        throw new IllegalArgumentException("a waiver needs a reason and an owner");
      }
    }

    /** Whether it still applies on {@code today}. */
    boolean applies(LocalDate today) {
      return !expires.isBefore(today);
    }

    /** The entry as one YAML flow line, strings double-quoted (JSON escapes are YAML escapes too). */
    String line() {
      return "  - {id: " + quote(id) + ", reason: " + quote(reason) + ", owner: " + quote(owner)
          + ", expires: \"" + expires + "\"}";
    }
  }

  private Waivers() {}

  /** The waivers of the kit at {@code root}; none when it has no readable launchlint.yml. */
  static List<Waiver> read(Path root) {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return parse(YAML.readTree(file.toFile()));
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * Adds {@code waiver} to the kit's launchlint.yml, making the file when there is none; a waiver
   * of the same finding already there is left and the new one added after it (the later one wins).
   *
   * @throws LaunchlintException with a one-line reason when the file cannot be read or written, or
   *     is laid out in a way a line cannot be added to safely
   */
  static void append(Path root, Waiver waiver) {
    if (Files.exists(root.resolve("launchlint.json")) || Files.exists(root.resolve("launchlint.yaml"))) {
      throw new LaunchlintException("waive", "this kit keeps its settings in launchlint.json or launchlint.yaml;"
          + " add the waiver there by hand: " + waiver.line().strip());
    }
    Path file = root.resolve(FILE);
    try {
      String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      String after = appended(before, waiver);
      check(before, after, waiver);
      Path tmp = Files.createTempFile(root, ".launchlint-", ".yml.tmp");
      try {
        Files.writeString(tmp, after, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new LaunchlintException("waive", null, FILE + " cannot be written: " + e.getMessage(), e);
    }
  }

  /** The text of launchlint.yml with the waiver added; {@code before} null when there is no file. */
  static String appended(String before, Waiver waiver) {
    if (before == null || before.isBlank()) {
      // The functions map is empty: the folders still say who wrote what.
      return "# launchlint settings for this kit (DESIGN.md, Fact sheet and waivers)\nfunctions: {}\nwaivers:\n"
          + waiver.line() + "\n";
    }
    String text = before.endsWith("\n") ? before : before + "\n";
    Matcher empty = EMPTY_FLOW.matcher(text);
    if (empty.find()) {
      return text.substring(0, empty.start()) + "waivers:\n" + waiver.line() + text.substring(empty.end());
    }
    Matcher block = BLOCK.matcher(text);
    if (!block.find()) {
      if (ANY.matcher(text).find()) {
        throw unsafe(waiver);
      }
      return text + "waivers:\n" + waiver.line() + "\n";
    }
    // The block runs until the next line at column 0 that is neither a list item nor a comment.
    int at = block.end() + 1;
    int endOfLastItem = at;
    while (at < text.length()) {
      int eol = text.indexOf('\n', at);
      String line = text.substring(at, eol);
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-") && !line.startsWith("#")) {
        break;
      }
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        endOfLastItem = eol + 1;
      }
      at = eol + 1;
    }
    return text.substring(0, endOfLastItem) + waiver.line() + "\n" + text.substring(endOfLastItem);
  }

  /** Refuses a result that lost the new waiver or changed anything else. */
  private static void check(String before, String after, Waiver waiver) throws IOException {
    JsonNode was = before == null || before.isBlank() ? JSON.createObjectNode() : readOrNull(before);
    JsonNode is = readOrNull(after);
    if (was == null || is == null || !is.isObject()) {
      throw unsafe(waiver);
    }
    List<Waiver> now = parse(is);
    if (now.isEmpty() || !now.get(now.size() - 1).equals(waiver)) {
      throw unsafe(waiver);
    }
    ObjectNode restBefore = was.isObject() ? ((ObjectNode) was).deepCopy() : JSON.createObjectNode();
    ObjectNode restAfter = ((ObjectNode) is).deepCopy();
    restBefore.remove("waivers");
    restAfter.remove("waivers");
    restAfter.remove(before == null || before.isBlank() ? "functions" : "");
    if (!restBefore.equals(restAfter)) {
      throw unsafe(waiver);
    }
  }

  private static JsonNode readOrNull(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static List<Waiver> parse(JsonNode tree) {
    List<Waiver> out = new ArrayList<>();
    JsonNode list = tree == null ? null : tree.get("waivers");
    if (list == null || !list.isArray()) {
      return out;
    }
    for (JsonNode n : list) {
      try {
        out.add(new Waiver(n.path("id").asText(""), n.path("reason").asText(""), n.path("owner").asText(""),
            LocalDate.parse(n.path("expires").asText(""))));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        // A malformed entry waives nothing; core's reader reports it.
      }
    }
    return out;
  }

  /**
   * A launchlint.yml for a kit that has no folder on disk (an upload): the functions a person chose,
   * file by file, and its waivers.
   */
  static String file(Map<String, BusinessFunction> functions, List<Waiver> waivers) {
    StringBuilder b = new StringBuilder("# launchlint settings for this kit: put this file at the kit's root folder.\n");
    Map<BusinessFunction, List<String>> byFunction = new TreeMap<>();
    new TreeMap<>(functions).forEach((path, f) -> {
      if (f != null) {
        byFunction.computeIfAbsent(f, k -> new ArrayList<>()).add(path);
      }
    });
    if (byFunction.isEmpty()) {
      b.append("functions: {}\n");
    } else {
      b.append("functions:\n");
      byFunction.forEach((f, paths) -> {
        b.append("  ").append(f.id()).append(": [");
        for (int i = 0; i < paths.size(); i++) {
          b.append(i == 0 ? "" : ", ").append(quote(globEscaped(paths.get(i))));
        }
        b.append("]\n");
      });
    }
    if (!waivers.isEmpty()) {
      b.append("waivers:\n");
      waivers.forEach(w -> b.append(w.line()).append('\n'));
    }
    return b.toString();
  }

  /** A path as a glob that matches only itself. */
  private static String globEscaped(String path) {
    return path.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s.replaceAll("\\p{Cntrl}", " "));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LaunchlintException unsafe(Waiver waiver) {
    return new LaunchlintException("waive", FILE + " is laid out in a way launchlint cannot add to safely;"
        + " add this line to its waivers: list by hand: " + waiver.line().strip());
  }
}
