package dev.launchlint.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitFile;
import dev.launchlint.kit.KitScanner;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where the committed corpus lives and how its documents get their functions, for the corpus tests. */
final class CorpusKits {

  /** Root files of a kit that are configuration or labels, not documents. */
  static final Set<String> NOT_DOCUMENTS = Set.of("expected.json", "launchlint.yml", "launchlint.yaml", "launchlint.json");

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private CorpusKits() {}

  /** The corpus module folder: tests run there under Maven, from the repository root in an IDE. */
  static Path module() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("kits")) ? here : here.resolve("corpus");
  }

  static Path kits() {
    return module().resolve("kits");
  }

  static Path sources() {
    return module().resolve("sources");
  }

  static List<Path> kitFolders(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** Case-insensitive, whitespace collapsed: how labels compare anchors with text. */
  static String normalize(String s) {
    return SPACE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * The documents of a kit with the functions {@link KitScanner} gives them. Where the kit has a
   * {@code launchlint.yml}, the scanner must agree with its {@code functions} globs, read here
   * independently, so a scanner that stops reading the file fails the corpus tests.
   */
  static List<KitFile> documents(Path kitRoot) throws IOException {
    Kit kit = KitScanner.scan(kitRoot);
    Map<BusinessFunction, List<PathMatcher>> globs = globs(kitRoot);
    List<KitFile> docs = new ArrayList<>();
    for (KitFile f : kit.files()) {
      if (NOT_DOCUMENTS.contains(f.path())) {
        continue;
      }
      BusinessFunction fromGlobs = null;
      for (Map.Entry<BusinessFunction, List<PathMatcher>> e : globs.entrySet()) {
        if (e.getValue().stream().anyMatch(m -> m.matches(Path.of(f.path())))) {
          fromGlobs = e.getKey();
          break;
        }
      }
      if (fromGlobs != null && f.function() != fromGlobs) {
        throw new AssertionError(kit.name() + "/" + f.path() + ": scanner says "
            + (f.function() == null ? "no function" : f.function().id()) + " but launchlint.yml says " + fromGlobs.id());
      }
      docs.add(f);
    }
    return docs;
  }

  private static Map<BusinessFunction, List<PathMatcher>> globs(Path kitRoot) throws IOException {
    Map<BusinessFunction, List<PathMatcher>> map = new LinkedHashMap<>();
    Path yml = kitRoot.resolve("launchlint.yml");
    if (!Files.isRegularFile(yml)) {
      return map;
    }
    JsonNode functions = new YAMLMapper().readTree(yml.toFile()).path("functions");
    functions.properties().forEach(e -> {
      BusinessFunction f = BusinessFunction.fromId(e.getKey())
          .orElseThrow(() -> new AssertionError(yml + ": unknown function " + e.getKey()));
      List<PathMatcher> matchers = new ArrayList<>();
      e.getValue().forEach(g -> matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + g.asText())));
      map.put(f, matchers);
    });
    return map;
  }
}
