package dev.launchlint.cli.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Tells when a file of a watched kit folder is created, changed or removed, once per burst: an
 * editor's save or a sync client writes several events within a moment, and the kit is audited
 * again once they settle ({@link #SETTLE_MILLIS}). Folders are watched at every level (the JDK's
 * service is not recursive), new folders as they appear. Hidden files and launchlint's own temporary
 * files are ignored. One daemon thread; thread-safe.
 */
final class FolderWatcher implements AutoCloseable {

  static final long SETTLE_MILLIS = 400;

  private final BiConsumer<String, String> onChange;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Map<WatchKey, String> kitOf = new HashMap<>();
  private final Map<String, Path> roots = new HashMap<>();
  private final Thread thread;

  /** @param onChange told the kit id and the kit-relative paths of the files that changed */
  FolderWatcher(BiConsumer<String, String> onChange) throws IOException {
    this.onChange = onChange;
    this.service = FileSystems.getDefault().newWatchService();
    this.thread = new Thread(this::run, "launchlint-serve-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /** Watches the kit folder {@code root} under {@code kitId}; nothing happens when it is watched already. */
  synchronized void watch(String kitId, Path root) {
    if (roots.containsKey(kitId)) {
      return;
    }
    roots.put(kitId, root);
    register(kitId, root);
  }

  private synchronized void register(String kitId, Path folder) {
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          if (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
          folders.put(key, dir);
          kitOf.put(key, kitId);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | ClosedWatchServiceException e) {
      // Not watched: the page still audits on demand.
    }
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        Map<String, Set<String>> changed = new HashMap<>();
        collect(key, changed);
        // Let the burst settle, gathering what else comes.
        WatchKey more;
        while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          collect(more, changed);
        }
        changed.forEach((kit, paths) -> onChange.accept(kit, shown(paths)));
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed
    }
  }

  /** The changed paths as a person reads them: up to three, then how many more. */
  static String shown(Set<String> paths) {
    List<String> first = paths.stream().limit(3).toList();
    String names = String.join(", ", first);
    return paths.size() > first.size() ? names + " and " + (paths.size() - first.size()) + " more" : names;
  }

  private void collect(WatchKey key, Map<String, Set<String>> changed) {
    Path folder;
    String kitId;
    Path root;
    synchronized (this) {
      folder = folders.get(key);
      kitId = kitOf.get(key);
      root = kitId == null ? null : roots.get(kitId);
    }
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder == null || !(event.context() instanceof Path name)) {
        continue;
      }
      String n = name.toString();
      if (n.startsWith(".") || n.startsWith("~$") || n.endsWith(".tmp")) {
        continue;
      }
      Path full = folder.resolve(name);
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)) {
        register(kitId, full);
      }
      changed.computeIfAbsent(kitId, k -> new TreeSet<>()).add(root.relativize(full).toString().replace('\\', '/'));
    }
    if (!key.reset()) {
      synchronized (this) {
        folders.remove(key);
        kitOf.remove(key);
      }
    }
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      service.close();
    } catch (IOException e) {
      // closing anyway
    }
  }
}
