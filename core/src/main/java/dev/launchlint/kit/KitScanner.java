package dev.launchlint.kit;

import dev.launchlint.LaunchlintException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the files of a kit and their functions.
 *
 * <p>A file's function comes from the globs of a {@code launchlint.yml} / {@code .json} at the kit
 * root (see the package documentation) or else from its first folder, case-insensitive, with the
 * aliases of DESIGN.md. Files under no function are listed unassigned, never dropped.
 *
 * <p>Every entry under the root ends in the inventory; the ones that cannot be read carry a
 * {@link KitFile#problem() problem} and are never opened: dangling links, symlink loops, links to
 * folders (not followed, so a walk cannot loop) and links that lead outside the kit (not read, so
 * an untrusted kit cannot pull {@code /etc/passwd} into a report), FIFOs, sockets and devices
 * (opening a FIFO blocks forever), unreadable files and folders, hidden folders such as
 * {@code .git} (listed as one entry), hidden files (they may hold secrets such as {@code .env}),
 * OS and lock files such as {@code .DS_Store} or {@code ~$deck.pptx}. The kit's own {@code launchlint.yml}, {@code launchlint.json} and
 * {@code expected.json} at the root, and its fact sheet ({@link #FACT_SHEETS}), are not part of
 * the launch and are left out.
 *
 * <p>Reads only; never writes into the kit. Thread-safe (stateless).
 */
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

  /**
   * Where a kit's fact sheet may stand, in the order it is looked for (DESIGN.md, Fact sheet): the
   * sheet is the kit's source of truth, not a document of the launch, so the scan leaves it out.
   */
  public static final List<String> FACT_SHEETS = List.of("facts.yml", "facts.yaml", "facts.csv", "facts.xlsx",
      "strategy/facts.yml", "strategy/facts.yaml", "strategy/facts.csv", "strategy/facts.xlsx");

  private KitScanner() {}

  /**
   * Walks {@code root} and returns every entry under it with its function, sorted by path.
   *
   * @throws LaunchlintException (stage {@code discover}) when {@code root} is not a readable
   *     folder or its {@code launchlint.yml} is malformed
   */
  public static Kit scan(Path root) {
    if (!Files.isDirectory(root)) {
      throw new LaunchlintException("discover", "not a folder: " + root);
    }
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      throw new LaunchlintException("discover", null, "cannot open " + root + ": " + e.getMessage(), e);
    }
    KitConfig config = KitConfig.load(realRoot);
    Walker walker = new Walker(realRoot, config);
    try {
      Files.walkFileTree(realRoot, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE, walker);
    } catch (IOException e) {
      throw new LaunchlintException("discover", null, "cannot walk " + root + ": " + e.getMessage(), e);
    }
    List<KitFile> files = walker.files;
    files.sort(Comparator.comparing(KitFile::path));
    Path name = realRoot.getFileName();
    return new Kit(name == null ? root.toString() : name.toString(), root, files);
  }

  /**
   * Whether {@code dir} is laid out as a kit: a {@code launchlint.yml} (or {@code .yaml},
   * {@code .json}) at its root, or a first-level folder named after a function. A folder of kits is
   * not one.
   */
  public static boolean isKitRoot(Path dir) {
    for (String name : KitConfig.FILE_NAMES) {
      if (Files.isRegularFile(dir.resolve(name))) {
        return true;
      }
    }
    try (java.util.stream.Stream<Path> children = Files.list(dir)) {
      return children.anyMatch(c -> Files.isDirectory(c) && functionOfFolder(c.getFileName().toString()) != null);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** The function of a folder name, if it is one of the aliases. */
  static BusinessFunction functionOfFolder(String folder) {
    return ALIASES.get(folder.toLowerCase(Locale.ROOT));
  }

  /** Visits without following links, so the walk is finite and stays under the root. */
  private static final class Walker implements FileVisitor<Path> {
    private final Path root;
    private final KitConfig config;
    final List<KitFile> files = new ArrayList<>();

    Walker(Path root, KitConfig config) {
      this.root = root;
      this.config = config;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      if (dir.getFileName().toString().startsWith(".")) {
        add(dir, "hidden folder: not read");
        return FileVisitResult.SKIP_SUBTREE;
      }
      if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
        add(dir, "folder cannot be read (permission denied)");
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String rel = relative(file);
      if (!rel.contains("/") && KitConfig.OWN_FILES.contains(rel) || FACT_SHEETS.contains(rel)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isSymbolicLink()) {
        visitLink(file);
      } else if (attrs.isOther()) {
        add(file, "special file (FIFO, socket or device): not read");
      } else if (attrs.isDirectory()) {
        // only reached at the depth limit
        add(file, "folder too deep: not read");
      } else {
        addRegular(file, file);
      }
      return FileVisitResult.CONTINUE;
    }

    private void visitLink(Path link) {
      Path target;
      try {
        target = link.toRealPath();
      } catch (NoSuchFileException e) {
        add(link, "dangling symbolic link: its target does not exist");
        return;
      } catch (FileSystemException e) {
        String reason = String.valueOf(e.getReason());
        add(link, reason.toLowerCase(Locale.ROOT).contains("levels of symbolic links")
            ? "symbolic link loop" : "symbolic link cannot be followed (" + reason + ")");
        return;
      } catch (IOException | SecurityException e) {
        add(link, "symbolic link cannot be followed (" + e.getMessage() + ")");
        return;
      }
      if (!target.startsWith(root)) {
        add(link, "symbolic link to outside the kit: not read");
      } else if (Files.isDirectory(target)) {
        add(link, "symbolic link to a folder: not followed");
      } else if (!Files.isRegularFile(target)) {
        add(link, "symbolic link to a special file (FIFO, socket or device): not read");
      } else {
        addRegular(link, target);
      }
    }

    private void addRegular(Path entry, Path readable) {
      String name = entry.getFileName().toString();
      if (isSystemOrLockFile(name)) {
        add(entry, "system or lock file: not read");
      } else if (name.startsWith(".")) {
        // dot files are configuration, not launch material, and may hold secrets (.env)
        add(entry, "hidden file: not read");
      } else if (!Files.isReadable(readable)) {
        add(entry, "file cannot be read (permission denied)");
      } else {
        files.add(new KitFile(relative(entry), readable, functionOf(relative(entry)), null));
      }
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      add(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        add(dir, "folder could not be read to the end (" + e.getClass().getSimpleName() + ")");
      }
      return FileVisitResult.CONTINUE;
    }

    private void add(Path entry, String problem) {
      String rel = relative(entry);
      files.add(new KitFile(rel, entry, functionOf(rel), problem));
    }

    private BusinessFunction functionOf(String rel) {
      return config.functionOf(rel).orElseGet(() -> {
        int slash = rel.indexOf('/');
        return slash < 0 ? null : functionOfFolder(rel.substring(0, slash));
      });
    }

    private String relative(Path p) {
      return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }
  }

  /** Desktop and office droppings that hold no launch text. */
  static boolean isSystemOrLockFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals(".ds_store") || lower.equals("thumbs.db") || lower.equals("desktop.ini")
        || lower.startsWith("~$") // Microsoft Office owner/lock file
        || lower.startsWith(".~lock.") // LibreOffice lock file
        || lower.startsWith("._"); // macOS AppleDouble metadata
  }
}
