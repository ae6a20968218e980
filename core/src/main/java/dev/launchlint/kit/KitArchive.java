package dev.launchlint.kit;

import dev.launchlint.LaunchlintException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A kit that comes as a zip file, the way a shared drive hands a folder down.
 *
 * <p>Unpacking is defensive, since a zip from a stranger is hostile input: no entry may land
 * outside the target folder (absolute names, {@code ..}, drive letters are refused); sizes are
 * counted as the bytes really come out of the inflater, not as the header claims, and the whole
 * zip is refused past {@link Limits#maxBytes()} in total, past {@link Limits#maxEntries()}
 * entries, or when an entry inflates more than {@link Limits#maxRatio()} times its compressed size
 * (a zip bomb); entries are written as plain files, never as links. A refused zip leaves nothing
 * behind. OS debris ({@code __MACOSX/}) is skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class KitArchive {

  /**
   * What an archive may unpack to.
   *
   * @param maxBytes the most bytes all entries may inflate to together
   * @param maxEntries the most entries (files and folders)
   * @param maxRatio the most an entry larger than a mebibyte may inflate, as a multiple of its
   *     compressed size; office files inflate 3 to 20 times, bombs thousands
   */
  public record Limits(long maxBytes, int maxEntries, int maxRatio) {

    /** 512 MiB, 10,000 entries, 200 times. */
    public static final Limits DEFAULTS = new Limits(512L << 20, 10_000, 200);

    public Limits {
      if (maxBytes < 1 || maxEntries < 1 || maxRatio < 1) {
        throw new IllegalArgumentException("limits must be >= 1 but were " + maxBytes + ", " + maxEntries + ", " + maxRatio);
      }
    }
  }

  /**
   * A kit unpacked into a temporary folder of its own, removed by {@link #close()}.
   *
   * @param root the kit root: the folder unpacked into, or the one folder the zip wraps its files in
   * @param name the zip's name without {@code .zip}
   */
  public record Unpacked(Path root, String name, Path temporary) implements AutoCloseable {

    @Override
    public void close() {
      deleteTree(temporary);
    }
  }

  private static final long SMALL_ENTRY = 1L << 20;

  private KitArchive() {}

  /** Whether {@code file} is named like a zip archive. */
  public static boolean isZip(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /**
   * Unpacks {@code zip} into a new temporary folder; the caller closes the result to remove it.
   *
   * @throws LaunchlintException (stage {@code discover}) with a one-line reason when the zip cannot
   *     be read or is refused; nothing is left on disk then
   */
  public static Unpacked open(Path zip, Limits limits) {
    Path temporary;
    try {
      temporary = Files.createTempDirectory("launchlint-kit-");
    } catch (IOException e) {
      throw new LaunchlintException("discover", null, "cannot make a temporary folder: " + e.getMessage(), e);
    }
    try {
      Path root = unpack(zip, temporary.resolve("kit"), limits);
      return new Unpacked(root, stem(zip), temporary);
    } catch (RuntimeException e) {
      deleteTree(temporary);
      throw e;
    }
  }

  /**
   * Unpacks {@code zip} into {@code into}, which must not exist yet, and returns the kit root:
   * {@code into}, or the only folder directly under it when the zip holds nothing else.
   *
   * @throws LaunchlintException (stage {@code discover}) with a one-line reason; {@code into} is
   *     removed again then
   */
  public static Path unpack(Path zip, Path into, Limits limits) {
    String label = String.valueOf(zip.getFileName());
    try {
      Files.createDirectories(into.getParent());
      Files.createDirectory(into);
    } catch (IOException e) {
      throw new LaunchlintException("discover", null, "cannot unpack " + label + ": " + e.getMessage(), e);
    }
    try {
      try {
        unpackAll(zip, into, limits, label, Charset.forName("UTF-8"));
      } catch (IllegalArgumentException malformedName) {
        // Old Windows zips name entries in the DOS code page, not UTF-8.
        deleteTree(into);
        Files.createDirectory(into);
        unpackAll(zip, into, limits, label, Charset.forName("Cp437"));
      }
      return onlyFolder(into);
    } catch (ZipException e) {
      deleteTree(into);
      throw refused(label, "not a readable zip file (" + oneLine(e.getMessage()) + ")");
    } catch (IOException e) {
      deleteTree(into);
      throw refused(label, "cannot be read (" + oneLine(e.getMessage()) + ")");
    } catch (RuntimeException e) {
      deleteTree(into);
      throw e;
    }
  }

  private static void unpackAll(Path zip, Path into, Limits limits, String label, Charset names) throws IOException {
    Path base = into.toAbsolutePath().normalize();
    long total = 0;
    try (ZipFile file = new ZipFile(zip.toFile(), names)) {
      if (file.size() > limits.maxEntries()) {
        throw refused(label, "it holds " + file.size() + " entries, more than " + limits.maxEntries());
      }
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName().replace('\\', '/');
        Path target = target(base, name, label);
        if (target == null) {
          continue;
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        total += copy(file, entry, target, limits, limits.maxBytes() - total, label);
      }
    }
  }

  /** Where an entry goes, or null to skip it; refuses names that would leave {@code base}. */
  private static Path target(Path base, String name, String label) {
    if (name.isEmpty() || name.indexOf('\0') >= 0) {
      throw refused(label, "an entry has an empty or binary name");
    }
    if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
      throw refused(label, "entry " + shown(name) + " has an absolute path");
    }
    for (String part : name.split("/")) {
      if (part.equals("..")) {
        throw refused(label, "entry " + shown(name) + " would be written outside the kit folder");
      }
    }
    if (name.equals("__MACOSX") || name.startsWith("__MACOSX/")) {
      return null;
    }
    Path target = base.resolve(name).normalize();
    if (!target.startsWith(base) || target.equals(base)) {
      throw refused(label, "entry " + shown(name) + " would be written outside the kit folder");
    }
    return target;
  }

  private static long copy(ZipFile file, ZipEntry entry, Path target, Limits limits, long room, String label)
      throws IOException {
    long compressed = Math.max(1, entry.getCompressedSize());
    long written = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = file.getInputStream(entry);
        OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        written += n;
        if (written > room) {
          throw refused(label, "it unpacks to more than " + mib(limits.maxBytes()) + " (a zip bomb, or too large a kit)");
        }
        if (written > SMALL_ENTRY && written > compressed * limits.maxRatio()) {
          throw refused(label, "entry " + shown(entry.getName()) + " inflates more than " + limits.maxRatio()
              + " times its packed size (a zip bomb)");
        }
        out.write(buffer, 0, n);
      }
    } catch (FileAlreadyExistsException e) {
      throw refused(label, "entry " + shown(entry.getName()) + " is in it twice");
    }
    return written;
  }

  private static Path onlyFolder(Path into) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(into)) {
      dir.forEach(children::add);
    }
    return children.size() == 1 && Files.isDirectory(children.get(0)) ? children.get(0) : into;
  }

  private static String stem(Path zip) {
    String name = String.valueOf(zip.getFileName());
    return isZip(zip) ? name.substring(0, name.length() - 4) : name;
  }

  /** Removes a folder and everything under it, without following links; quietly skips what is gone. */
  public static void deleteTree(Path folder) {
    if (folder == null || !Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + folder, e);
    }
  }

  private static String shown(String name) {
    String clean = name.replaceAll("\\p{Cntrl}", "?");
    return "'" + (clean.length() > 80 ? clean.substring(0, 80) + "\u2026" : clean) + "'";
  }

  private static String mib(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  private static String oneLine(String message) {
    return message == null ? "unknown reason" : message.strip().replaceAll("\\s+", " ");
  }

  private static LaunchlintException refused(String label, String why) {
    return new LaunchlintException("discover", label + " refused: " + why);
  }
}
