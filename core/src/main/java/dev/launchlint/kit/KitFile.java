package dev.launchlint.kit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file found in a kit.
 *
 * @param path relative to the kit root, {@code /}-separated (the report's key for the file)
 * @param file the file on disk
 * @param function the team that wrote it, or null when no folder or glob assigns one
 * @param problem why the file cannot be read (dangling link, loop, special file, unreadable), or
 *     null when it can
 */
public record KitFile(String path, Path file, BusinessFunction function, String problem) {

  public KitFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(file, "file");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("path must be relative and /-separated but was '" + path + "'");
    }
  }

  public boolean assigned() {
    return function != null;
  }
}
