package dev.launchlint.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files that appear whole or not at all: written to a hidden temporary file in the same folder,
 * flushed to disk, then renamed over the target. A reader, or a run killed at any instant (even
 * with {@code kill -9}), sees the old file or the new one, never half of one; what a kill can
 * leave is a hidden temporary file, which {@link #removeLeftovers} clears on the next run.
 */
final class AtomicFiles {

  static final String TEMP_SUFFIX = ".launchlint-tmp";

  private AtomicFiles() {}

  static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        // Without this a crash of the machine (not of the process) could rename an empty file into place.
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Deletes the temporary files an interrupted run left under {@code out}; returns how many. */
  static int removeLeftovers(Path out) throws IOException {
    if (!Files.isDirectory(out)) {
      return 0;
    }
    List<Path> leftovers = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(out, 3)) {
      walk.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX) && Files.isRegularFile(p);
      }).forEach(leftovers::add);
    }
    for (Path p : leftovers) {
      Files.deleteIfExists(p);
    }
    return leftovers.size();
  }
}
