package dev.launchlint.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A listing of a folder tree (paths, kinds, sizes, modification times) to prove nothing was written. */
public final class KitSnapshot {

  private KitSnapshot() {}

  public static String of(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.sorted().map(p -> {
        try {
          BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
          return root.relativize(p) + " " + (a.isSymbolicLink() ? "link" : a.isDirectory() ? "dir" : a.isOther() ? "other" : "file")
              + " " + a.size() + " " + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
          return root.relativize(p) + " unreadable";
        }
      }).collect(Collectors.joining("\n"));
    }
  }
}
