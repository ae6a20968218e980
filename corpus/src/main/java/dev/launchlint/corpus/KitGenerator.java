package dev.launchlint.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the labelled kits ({@code corpus/kits}) from their plain sources ({@code
 * corpus/sources}), as corpus/README.md says: {@code name.ext.md} becomes {@code name.ext} in that
 * format, {@code name.md}, {@code expected.json} and {@code launchlint.yml}/{@code .json} are
 * copied. The same sources give the same bytes where the format allows.
 *
 * <p>Run: {@code mvn -B -o -q -pl corpus -am process-classes -Pregenerate}, or the main class
 * with {@code SOURCES_DIR KITS_DIR}.
 */
public final class KitGenerator {

  private static final Map<String, FormatWriter> WRITERS = Map.of(
      "pdf", new PdfWriter(),
      "docx", new DocxWriter(),
      "pptx", new PptxWriter(),
      "xlsx", new XlsxWriter(),
      "odt", OdfWriter.text(),
      "odp", OdfWriter.presentation(),
      "rtf", new RtfWriter(),
      "html", new HtmlWriter(),
      "txt", new TxtWriter());

  private static final Set<String> COPIED_AT_ROOT = Set.of("expected.json", "launchlint.yml", "launchlint.yaml", "launchlint.json");

  private KitGenerator() {}

  public static void main(String[] args) {
    Path sources = Path.of(args.length > 0 ? args[0] : "corpus/sources");
    Path kits = Path.of(args.length > 1 ? args[1] : "corpus/kits");
    PrintStream out = System.out;
    try {
      List<Path> written = generateAll(sources, kits);
      out.println("launchlint corpus: wrote " + written.size() + " files under " + kits);
    } catch (IOException e) {
      System.err.println("launchlint corpus: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Regenerates every kit folder of {@code sources} into {@code kits}; returns the files written. */
  public static List<Path> generateAll(Path sources, Path kits) throws IOException {
    if (!Files.isDirectory(sources)) {
      throw new IOException("not a sources folder: " + sources);
    }
    List<Path> written = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(sources)) {
      for (Path kit : dirs.filter(Files::isDirectory).sorted().toList()) {
        written.addAll(generate(kit, kits.resolve(kit.getFileName().toString())));
      }
    }
    return written;
  }

  /**
   * Regenerates one kit: writes every file of {@code source} into a fresh folder beside {@code
   * target}, then puts it in place of {@code target}, so a failed run leaves the old kit intact.
   * Sources are only read.
   *
   * @return the files written, under {@code target}
   * @throws IOException naming the source file that cannot be generated
   */
  public static List<Path> generate(Path source, Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + "-");
    List<Path> written = new ArrayList<>();
    try {
      for (Path rel : write(source, staging)) {
        written.add(target.resolve(rel));
      }
      deleteTree(target);
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, target);
      }
    } finally {
      deleteTree(staging);
    }
    return written;
  }

  private static List<Path> write(Path source, Path target) throws IOException {
    List<Path> written = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      Path rel = source.relativize(file);
      String name = file.getFileName().toString();
      Path dest;
      byte[] bytes;
      String[] parts = name.split("\\.");
      if (rel.getNameCount() == 1 && COPIED_AT_ROOT.contains(name)) {
        dest = rel;
        bytes = Files.readAllBytes(file);
      } else if (parts.length >= 3 && parts[parts.length - 1].equals("md")
          && WRITERS.containsKey(parts[parts.length - 2].toLowerCase(Locale.ROOT))) {
        String ext = parts[parts.length - 2].toLowerCase(Locale.ROOT);
        String outName = name.substring(0, name.length() - ".md".length());
        dest = rel.resolveSibling(outName);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Markup.Block> blocks = Markup.parse(text);
        String title = Markup.title(blocks, outName);
        try {
          bytes = WRITERS.get(ext).write(title, blocks);
        } catch (IOException | RuntimeException e) {
          throw new IOException("cannot generate " + source.getFileName() + "/" + rel + ": " + e.getMessage(), e);
        }
      } else if (name.endsWith(".md")) {
        dest = rel;
        bytes = Files.readAllBytes(file);
      } else {
        throw new IOException("source " + source.getFileName() + "/" + rel
            + " is neither name.<format>.md, name.md nor a kit config; formats: "
            + String.join(" ", WRITERS.keySet().stream().sorted().toList()));
      }
      Path out = target.resolve(dest);
      Files.createDirectories(out.getParent());
      Files.write(out, bytes);
      written.add(dest);
    }
    return written;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
