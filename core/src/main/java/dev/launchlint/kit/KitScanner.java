package dev.launchlint.kit;

import dev.launchlint.LaunchlintException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Finds the files of a kit and their functions. Reads only; thread-safe (stateless). */
public final class KitScanner {

  private static final Map<String, BusinessFunction> ALIASES = Map.ofEntries(
      Map.entry("product", BusinessFunction.PRODUCT),
      Map.entry("products", BusinessFunction.PRODUCT),
      Map.entry("specs", BusinessFunction.PRODUCT),
      Map.entry("prd", BusinessFunction.PRODUCT),
      Map.entry("marketing", BusinessFunction.MARKETING),
      Map.entry("mktg", BusinessFunction.MARKETING),
      Map.entry("web", BusinessFunction.MARKETING),
      Map.entry("campaigns", BusinessFunction.MARKETING),
      Map.entry("sales", BusinessFunction.SALES),
      Map.entry("enablement", BusinessFunction.SALES),
      Map.entry("decks", BusinessFunction.SALES),
      Map.entry("battlecards", BusinessFunction.SALES),
      Map.entry("strategy", BusinessFunction.STRATEGY),
      Map.entry("positioning", BusinessFunction.STRATEGY),
      Map.entry("messaging", BusinessFunction.STRATEGY));

  private KitScanner() {}

  /**
   * Walks {@code root} and returns every file under it with its function.
   *
   * @throws LaunchlintException (stage {@code discover}) when {@code root} is not a readable folder
   */
  public static Kit scan(Path root) {
    if (!Files.isDirectory(root)) {
      throw new LaunchlintException("discover", "not a folder: " + root);
    }
    List<KitFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(p -> {
        Path rel = root.relativize(p);
        String path = rel.toString().replace('\\', '/');
        BusinessFunction f = rel.getNameCount() > 1
            ? ALIASES.get(rel.getName(0).toString().toLowerCase(Locale.ROOT)) : null;
        files.add(new KitFile(path, p, f, null));
      });
    } catch (IOException e) {
      throw new LaunchlintException("discover", null, "cannot walk " + root + ": " + e.getMessage(), e);
    }
    files.sort(Comparator.comparing(KitFile::path));
    Path name = root.toAbsolutePath().normalize().getFileName();
    return new Kit(name == null ? root.toString() : name.toString(), root, files);
  }
}
