package dev.launchlint.kit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A launch kit as found on disk: its name, its root and every file under it, sorted by path. */
public record Kit(String name, Path root, List<KitFile> files) {

  public Kit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(root, "root");
    files = List.copyOf(files);
  }

  /**
   * The same kit with the functions a person chose (or confirmed) for some files, keyed by path;
   * a null function leaves a file unassigned. Paths the kit does not hold are ignored.
   */
  public Kit withFunctions(Map<String, BusinessFunction> chosen) {
    List<KitFile> changed = new ArrayList<>(files.size());
    for (KitFile f : files) {
      changed.add(chosen.containsKey(f.path())
          ? new KitFile(f.path(), f.file(), chosen.get(f.path()), f.problem()) : f);
    }
    return new Kit(name, root, changed);
  }

  /** The same files under another name, e.g. the zip file a kit came in. */
  public Kit withName(String value) {
    return new Kit(value, root, files);
  }
}
