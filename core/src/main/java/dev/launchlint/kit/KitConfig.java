package dev.launchlint.kit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.launchlint.LaunchlintException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The optional {@code launchlint.yml} (or {@code .yaml}, {@code .json}) at a kit root: globs that
 * give files their function.
 *
 * <pre>
 * functions:
 *   product:   ["specs/**", "*.prd.md"]
 *   marketing: ["site/**"]
 *   sales:     ["**&#47;*battlecard*"]
 *   strategy:  ["positioning-brief.docx"]
 * </pre>
 *
 * <p>Globs are {@link java.nio.file.FileSystem#getPathMatcher glob} patterns over the
 * kit-relative, {@code /}-separated path. Functions are tried in the order the file lists them
 * and the first matching glob wins; a file that no glob matches falls back to its first folder.
 */
final class KitConfig {

  /** Names a config file may have at the kit root, in the order they are looked for. */
  static final List<String> FILE_NAMES = List.of("launchlint.yml", "launchlint.yaml", "launchlint.json");

  /** Files at the kit root that belong to launchlint itself, never to the launch. */
  static final Set<String> OWN_FILES = Set.of("launchlint.yml", "launchlint.yaml", "launchlint.json", "expected.json");

  private static final long MAX_CONFIG_BYTES = 1024 * 1024;

  private record Rule(BusinessFunction function, String glob, PathMatcher matcher) {}

  static final KitConfig NONE = new KitConfig(List.of());

  private final List<Rule> rules;

  private KitConfig(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The function the globs give {@code relativePath}, if any. */
  Optional<BusinessFunction> functionOf(String relativePath) {
    Path p = Path.of(relativePath);
    for (Rule r : rules) {
      if (r.matcher().matches(p)) {
        return Optional.of(r.function());
      }
    }
    return Optional.empty();
  }

  /**
   * Reads the config at {@code root}, or {@link #NONE} when there is none.
   *
   * @throws LaunchlintException (stage {@code discover}) when the file is there but malformed: a
   *     wrong config must not silently fall back to folders
   */
  static KitConfig load(Path root) {
    Optional<Path> file = file(root);
    return file.isPresent() ? parse(file.get(), file.get().getFileName().toString()) : NONE;
  }

  /** The config file at {@code root}, if there is one. */
  static Optional<Path> file(Path root) {
    for (String name : FILE_NAMES) {
      Path file = root.resolve(name);
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /**
   * The config's tree, null when the file is empty.
   *
   * @throws LaunchlintException (stage {@code discover}) when it cannot be read or parsed
   */
  static JsonNode readTree(Path file, String name) {
    try {
      if (Files.size(file) > MAX_CONFIG_BYTES) {
        throw bad(name, "larger than 1 MiB");
      }
      ObjectMapper mapper = name.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
      try (InputStream in = Files.newInputStream(file)) {
        JsonNode tree = mapper.readTree(in);
        return tree == null || tree.isMissingNode() || tree.isNull() ? null : tree;
      }
    } catch (JacksonException e) {
      throw bad(name, "not valid " + (name.endsWith(".json") ? "JSON" : "YAML") + " ("
          + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    } catch (IOException e) {
      throw bad(name, "cannot be read (" + e.getMessage() + ")");
    }
  }

  private static KitConfig parse(Path file, String name) {
    JsonNode tree = readTree(file, name);
    if (tree == null) {
      return NONE;
    }
    if (tree.isObject() && tree.get("functions") == null && tree.get("waivers") != null) {
      return NONE; // only waivers: folders give the functions
    }
    JsonNode functions = tree.get("functions");
    if (!tree.isObject() || functions == null || !functions.isObject()) {
      throw bad(name, "expected a 'functions' map, e.g. functions: {product: [\"specs/**\"]}");
    }
    List<Rule> rules = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : functions.properties()) {
      BusinessFunction function = BusinessFunction.fromId(entry.getKey())
          .orElseThrow(() -> bad(name, "unknown function '" + entry.getKey()
              + "'; use product, marketing, sales or strategy"));
      JsonNode globs = entry.getValue();
      List<JsonNode> items = new ArrayList<>();
      if (globs.isArray()) {
        globs.forEach(items::add);
      } else {
        items.add(globs);
      }
      for (JsonNode g : items) {
        if (!g.isTextual() || g.asText().isBlank()) {
          throw bad(name, "globs of '" + entry.getKey() + "' must be strings");
        }
        rules.add(new Rule(function, g.asText(), matcher(name, g.asText())));
      }
    }
    return new KitConfig(rules);
  }

  private static PathMatcher matcher(String name, String glob) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      throw bad(name, "bad glob '" + glob + "'");
    }
  }

  static LaunchlintException bad(String name, String why) {
    return new LaunchlintException("discover", name + ": " + why);
  }
}
