package dev.launchlint.kit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A launch kit as found on disk: its name, its root and every file under it, sorted by path. */
public record Kit(String name, Path root, List<KitFile> files) {

  public Kit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(root, "root");
    files = List.copyOf(files);
  }
}
