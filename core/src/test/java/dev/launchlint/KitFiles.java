package dev.launchlint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files of a kit that a test audits through the real pipeline. */
public final class KitFiles {

  private KitFiles() {}

  /** Writes {@code text} to {@code path} under {@code kit} ("product/spec.md"), making its folder. */
  public static void write(Path kit, String path, String text) throws IOException {
    Path file = kit.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
