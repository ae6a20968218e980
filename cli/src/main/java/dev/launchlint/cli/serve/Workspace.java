package dev.launchlint.cli.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.launchlint.AuditListener;
import dev.launchlint.AuditOptions;
import dev.launchlint.Launchlint;
import dev.launchlint.LaunchlintException;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.TextExtractor;
import dev.launchlint.extract.TextUnit;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.InferredFunction;
import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitArchive;
import dev.launchlint.kit.KitFile;
import dev.launchlint.kit.KitScanner;
import dev.launchlint.kit.Waiver;
import dev.launchlint.kit.Waivers;
import dev.launchlint.report.DocumentSummary;
import dev.launchlint.report.KitInfo;
import dev.launchlint.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The kits the page works on and what is done to them: listing the kits of the served folder,
 * taking uploads, proposing functions, auditing (one kit at a time, on a pool of the machine's
 * processors), reading a document's text, waiving findings, and auditing again when a kit folder
 * changes. Everything uploaded lives under one temporary folder that {@link #close()} removes.
 *
 * <p>Thread-safe: the HTTP threads call in concurrently.
 */
final class Workspace implements AutoCloseable {

  /** A file of a kit as the page shows it before an audit. */
  record FileRow(String path, BusinessFunction function, String origin, String reason, String problem) {}

  /** One unit of a document's text, with where it stands. */
  record TextLine(String text, String where) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path served;
  private final Path temporary;
  private final AuditOptions options;
  private final long maxUploadBytes;
  private final Map<String, KitSession> kits = new ConcurrentHashMap<>();
  private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
  private final ExecutorService runner;
  private final ExecutorService pool;
  private final FolderWatcher watcher;

  private record Upload(String name, Path folder, long[] bytes) {}

  /**
   * @param served the folder whose kits are listed, or null for uploads only
   * @param maxUploadBytes the most bytes one upload (a zip, or all files of one drop) may hold
   */
  Workspace(Path served, AuditOptions options, long maxUploadBytes) throws IOException {
    this.served = served == null ? null : served.toAbsolutePath().normalize();
    this.options = options;
    this.maxUploadBytes = maxUploadBytes;
    this.temporary = Files.createTempDirectory("launchlint-serve-");
    this.runner = Executors.newSingleThreadExecutor(r -> daemon(r, "launchlint-serve-audit"));
    this.pool = Launchlint.newPool(Math.max(1, options.jobs()), "launchlint-serve");
    this.watcher = new FolderWatcher(this::changed);
  }

  /** The temporary folder that holds uploads and unpacked zips; gone after {@link #close()}. */
  Path temporary() {
    return temporary;
  }

  /** The kits of the served folder (found again on each call) and the uploads, in that order. */
  List<KitSession> list() {
    if (served != null) {
      for (Map.Entry<String, Path> e : discover().entrySet()) {
        Path p = e.getValue();
        String shown = served.equals(p) ? String.valueOf(p.getFileName()) : served.relativize(p).toString().replace('\\', '/');
        boolean zip = Files.isRegularFile(p);
        String name = zip ? shown.replaceFirst("(?i)\\.zip$", "") : String.valueOf(p.getFileName());
        kits.computeIfAbsent(e.getKey(), id -> new KitSession(id, name, zip ? KitSession.Source.ZIP : KitSession.Source.FOLDER,
            shown, p, zip ? null : p));
      }
    }
    List<KitSession> all = new ArrayList<>(kits.values());
    all.sort((a, b) -> a.source == b.source || (a.source != KitSession.Source.UPLOAD && b.source != KitSession.Source.UPLOAD)
        ? a.shown.compareToIgnoreCase(b.shown) : a.source == KitSession.Source.UPLOAD ? 1 : -1);
    return all;
  }

  Optional<KitSession> kit(String id) {
    return Optional.ofNullable(kits.get(id));
  }

  /** The served folder itself when it is a kit, else its sub-folders and zip files, by stable id. */
  private Map<String, Path> discover() {
    Map<String, Path> found = new LinkedHashMap<>();
    if (KitScanner.isKitRoot(served)) {
      found.put(idOf(served), served);
      return found;
    }
    try (Stream<Path> children = Files.list(served)) {
      children.sorted().forEach(c -> {
        String n = c.getFileName().toString();
        if (n.startsWith(".")) {
          return;
        }
        if (Files.isDirectory(c) || (Files.isRegularFile(c) && KitArchive.isZip(c))) {
          found.put(idOf(c), c);
        }
      });
    } catch (IOException e) {
      // The list stays as it was; the page shows what is known.
    }
    return found;
  }

  private static String idOf(Path p) {
    String slug = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    int hash = p.toString().hashCode();
    return (slug.isEmpty() ? "kit" : slug.length() > 40 ? slug.substring(0, 40) : slug)
        + "-" + HexFormat.of().toHexDigits(hash).substring(4);
  }

  // ---- uploads

  /** Starts an upload of loose files; they come one by one through {@link #addFile}. */
  String newUpload(String name) throws IOException {
    String id = randomId();
    Path folder = temporary.resolve("uploads").resolve(id);
    Files.createDirectories(folder);
    uploads.put(id, new Upload(cleanName(name), folder, new long[1]));
    return id;
  }

  /**
   * Adds one file to an upload at the kit-relative {@code path}.
   *
   * @throws LaunchlintException with a one-line reason for a bad path, a file there twice, or an
   *     upload over the size limit
   */
  void addFile(String uploadId, String path, InputStream body) throws IOException {
    Upload upload = uploads.get(uploadId);
    if (upload == null) {
      throw new LaunchlintException("upload", "no such upload; start again");
    }
    Path target = safeTarget(upload.folder(), path);
    Files.createDirectories(target.getParent());
    synchronized (upload) {
      try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        upload.bytes()[0] += copyBounded(body, out, maxUploadBytes - upload.bytes()[0]);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw new LaunchlintException("upload", "the file " + path + " came twice");
      } catch (LaunchlintException e) {
        KitArchive.deleteTree(upload.folder());
        uploads.remove(uploadId);
        throw e;
      }
    }
  }

  /** Ends an upload of loose files and makes it a kit. */
  KitSession finishUpload(String uploadId) throws IOException {
    Upload upload = uploads.remove(uploadId);
    if (upload == null) {
      throw new LaunchlintException("upload", "no such upload; start again");
    }
    Path root = upload.folder();
    try (Stream<Path> files = Files.list(root)) {
      List<Path> children = files.toList();
      if (children.isEmpty()) {
        throw new LaunchlintException("upload", "no files came with the upload");
      }
      // A folder picked in the browser arrives under its own name: that folder is the kit.
      if (children.size() == 1 && Files.isDirectory(children.get(0))) {
        root = children.get(0);
      }
    }
    return register(upload.name(), root);
  }

  /** Takes a zip sent by the browser: saved with the size limit, unpacked defensively, made a kit. */
  KitSession uploadZip(String name, InputStream body) throws IOException {
    String id = randomId();
    Path folder = temporary.resolve("uploads").resolve(id);
    Files.createDirectories(folder);
    // Saved under the person's name for it, made safe, so a refusal names the file they chose.
    String safe = cleanName(name).replaceAll("[^A-Za-z0-9._ -]", "_").replaceFirst("^\\.+", "");
    Path zip = folder.resolve(safe.toLowerCase(Locale.ROOT).endsWith(".zip") ? safe : safe + ".zip");
    try {
      try (OutputStream out = Files.newOutputStream(zip)) {
        copyBounded(body, out, maxUploadBytes);
      }
      Path root = KitArchive.unpack(zip, folder.resolve("kit"), limits());
      Files.delete(zip);
      return register(cleanName(name).replaceFirst("(?i)\\.zip$", ""), root);
    } catch (IOException | RuntimeException e) {
      KitArchive.deleteTree(folder);
      throw e;
    }
  }

  private KitArchive.Limits limits() {
    return new KitArchive.Limits(Math.max(maxUploadBytes * 4, KitArchive.Limits.DEFAULTS.maxBytes()),
        KitArchive.Limits.DEFAULTS.maxEntries(), KitArchive.Limits.DEFAULTS.maxRatio());
  }

  private KitSession register(String name, Path root) {
    String id = "u-" + randomId();
    KitSession session = new KitSession(id, name, KitSession.Source.UPLOAD, name, null, root);
    kits.put(id, session);
    return session;
  }

  /** Where an uploaded file goes; the same rules as a zip entry: nothing may land outside. */
  static Path safeTarget(Path folder, String path) {
    String p = path == null ? "" : path.replace('\\', '/');
    if (p.isBlank() || p.startsWith("/") || p.matches("^[A-Za-z]:.*") || p.indexOf('\0') >= 0) {
      throw new LaunchlintException("upload", "a file has no usable name: " + shorten(p));
    }
    for (String part : p.split("/")) {
      if (part.equals("..") || part.equals(".")) {
        throw new LaunchlintException("upload", "the file " + shorten(p) + " would land outside its kit");
      }
    }
    Path base = folder.toAbsolutePath().normalize();
    Path target = base.resolve(p).normalize();
    if (!target.startsWith(base) || target.equals(base)) {
      throw new LaunchlintException("upload", "the file " + shorten(p) + " would land outside its kit");
    }
    return target;
  }

  private long copyBounded(InputStream in, OutputStream out, long room) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > room) {
        throw new LaunchlintException("upload", "the upload is larger than the limit of "
            + (maxUploadBytes >> 20) + " MiB (launchlint serve --max-upload-mb)");
      }
      out.write(buffer, 0, n);
    }
    return total;
  }

  // ---- functions and audits

  /**
   * The kit's files with their functions: from its layout, chosen by the person before, or proposed
   * now for the files the layout leaves unassigned.
   */
  List<FileRow> files(KitSession kit) {
    Kit scanned = KitScanner.scan(rootOf(kit));
    Map<String, BusinessFunction> chosen = kit.chosen();
    Map<String, InferredFunction> inferred = new LinkedHashMap<>();
    List<KitFile> unchosen = scanned.files().stream().filter(f -> !chosen.containsKey(f.path())).toList();
    for (InferredFunction f : Launchlint.inferFunctions(new Kit(scanned.name(), scanned.root(), unchosen), options)) {
      inferred.put(f.path(), f);
    }
    List<FileRow> rows = new ArrayList<>();
    for (KitFile f : scanned.files()) {
      if (chosen.containsKey(f.path())) {
        rows.add(new FileRow(f.path(), chosen.get(f.path()), "chosen", "you chose it", f.problem()));
      } else if (f.assigned()) {
        rows.add(new FileRow(f.path(), f.function(), "layout", "its folder or launchlint.yml says so", f.problem()));
      } else if (inferred.containsKey(f.path())) {
        InferredFunction i = inferred.get(f.path());
        rows.add(new FileRow(f.path(), i.function(), "inferred", i.reason(), f.problem()));
      } else {
        rows.add(new FileRow(f.path(), null, "none", f.problem() == null ? "nothing says; choose one" : f.problem(),
            f.problem()));
      }
    }
    return rows;
  }

  /**
   * Audits the kit in the background with the functions chosen for its files (a null function
   * leaves a file unassigned); the page follows its {@link KitSession#state()}.
   */
  void audit(KitSession kit, Map<String, BusinessFunction> functions, String why) {
    kit.choose(functions);
    submit(kit, why);
  }

  private void submit(KitSession kit, String why) {
    Kit scanned;
    try {
      scanned = KitScanner.scan(rootOf(kit)).withName(kit.name).withFunctions(kit.chosen());
    } catch (LaunchlintException e) {
      kit.failed(e.getMessage());
      return;
    }
    if (!kit.start(scanned.files().size(), why)) {
      return;
    }
    runner.execute(() -> {
      try {
        Report audited = Launchlint.audit(scanned, options, pool, new AuditListener() {
          @Override
          public void documentDone(String name, DocumentSummary document) {
            kit.documentDone();
          }
        });
        // The report names the kit as the page lists it, not the temporary folder it may be read from.
        kit.finished(new Report(new KitInfo(kit.name, kit.shown), audited.documents(), audited.findings(),
            audited.scores(), audited.terms(), audited.triage(), audited.regions(), audited.sheet()));
        if (kit.source == KitSession.Source.FOLDER) {
          watcher.watch(kit.id, kit.root());
        }
      } catch (LaunchlintException e) {
        kit.failed(e.getMessage());
      } catch (RuntimeException | OutOfMemoryError e) {
        kit.failed("the audit failed: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s+", " ")));
      }
      String again = kit.takeAuditAgain();
      if (again != null) {
        submit(kit, again);
      }
    });
  }

  /** Called by the watcher: a file of a kit folder changed. */
  private void changed(String kitId, String what) {
    KitSession kit = kits.get(kitId);
    // The page's own waiver is in the report already; an edit by hand to the same file is not.
    if (kit != null && kit.status() != KitSession.Status.NEW && !kit.onlyOwnWrite(what)) {
      submit(kit, "audited again: " + what + " changed");
    }
  }

  /** The kit's folder, unpacking a zip of the served folder the first time. */
  private Path rootOf(KitSession kit) {
    synchronized (kit) {
      if (kit.root() == null && kit.source == KitSession.Source.ZIP) {
        Path into = temporary.resolve("zips").resolve(kit.id);
        KitArchive.deleteTree(into);
        kit.root(KitArchive.unpack(kit.origin, into, limits()));
      }
      return kit.root();
    }
  }

  /** The text of one document of the kit, unit by unit, as the audit read it. */
  List<TextLine> text(KitSession kit, String path) {
    Kit scanned = KitScanner.scan(rootOf(kit));
    KitFile file = scanned.files().stream().filter(f -> f.path().equals(path)).findFirst()
        .orElseThrow(() -> new LaunchlintException("text", "the kit has no file " + shorten(path)));
    if (file.problem() != null) {
      throw new LaunchlintException("text", path + ": " + file.problem());
    }
    BusinessFunction f = file.function() != null ? file.function()
        : kit.chosen().get(path) != null ? kit.chosen().get(path) : BusinessFunction.PRODUCT;
    ExtractedDocument doc = TextExtractor.tika(options.limits()).extract(new KitFile(path, file.file(), f, null));
    List<TextLine> lines = new ArrayList<>();
    for (TextUnit u : doc.units()) {
      lines.add(new TextLine(u.text(), u.location().label()));
    }
    if (lines.isEmpty() && doc.error() != null) {
      throw new LaunchlintException("text", path + ": " + doc.error());
    }
    return lines;
  }

  // ---- waivers

  /**
   * Waives a finding: the waiver goes into the settings file of the kit's folder (for an upload or
   * a zip, of its copy in the temporary folder), and the report is weighed against the kit's
   * waivers again, or, while an audit runs, audited again once it ends. Appends to one kit are
   * serialised on its session.
   *
   * @return the settings file written
   * @throws LaunchlintException with a one-line reason when the kit's settings cannot be read or
   *     written
   */
  Path waive(KitSession kit, Waiver waiver) {
    Path root = rootOf(kit);
    Path file;
    synchronized (kit) {
      file = Waivers.append(root, waiver);
      try {
        kit.wrote(file);
      } catch (IOException e) {
        // Then the watcher audits the kit again after the write: slower, no less right.
      }
    }
    if (!kit.retriage(Waivers.load(root), options.day())) {
      submit(kit, "audited again: a waiver was added");
    }
    return file;
  }

  /** The launchlint.yml the page offers for a kit it cannot write to: the teams chosen and the waivers. */
  String settingsFile(KitSession kit) throws IOException {
    return settingsFile(kit.chosen(), rootOf(kit), temporary.resolve("settings"));
  }

  /**
   * The launchlint.yml for the kit at {@code root} with the functions {@code chosen} for its files:
   * its own settings file as it is when nothing was chosen; otherwise the chosen functions, file by
   * file, then the kit's waivers, each written by core's {@link Waivers#append} in a folder of
   * {@code scratch}.
   */
  static String settingsFile(Map<String, BusinessFunction> chosen, Path root, Path scratch) throws IOException {
    Map<BusinessFunction, List<String>> byFunction = new TreeMap<>();
    new TreeMap<>(chosen).forEach((path, f) -> {
      if (f != null) {
        byFunction.computeIfAbsent(f, k -> new ArrayList<>()).add(path);
      }
    });
    Optional<Path> own = Stream.of("launchlint.yml", "launchlint.yaml", "launchlint.json").map(root::resolve)
        .filter(Files::isRegularFile).findFirst();
    if (byFunction.isEmpty() && own.isPresent()) {
      return Files.readString(own.get(), StandardCharsets.UTF_8);
    }
    StringBuilder b = new StringBuilder("# launchlint settings for this kit: put this file at the kit's root folder.\n");
    if (!byFunction.isEmpty()) {
      b.append("functions:\n");
      byFunction.forEach((f, paths) -> b.append("  ").append(f.id()).append(": [")
          .append(String.join(", ", paths.stream().map(p -> quoted(globEscaped(p))).toList())).append("]\n"));
    }
    List<Waiver> waivers = Waivers.load(root);
    if (waivers.isEmpty()) {
      return b.toString();
    }
    Files.createDirectories(scratch);
    Path folder = Files.createTempDirectory(scratch, "settings-");
    try {
      Files.writeString(folder.resolve("launchlint.yml"), b, StandardCharsets.UTF_8);
      for (Waiver w : waivers) {
        Waivers.append(folder, w);
      }
      return Files.readString(folder.resolve("launchlint.yml"), StandardCharsets.UTF_8);
    } finally {
      KitArchive.deleteTree(folder);
    }
  }

  /** A path as a glob that matches only itself. */
  private static String globEscaped(String path) {
    return path.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
  }

  /** A JSON string literal, which is also a YAML double-quoted scalar; control characters made spaces. */
  private static String quoted(String s) {
    try {
      return JSON.writeValueAsString(s.replaceAll("\\p{Cntrl}", " "));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    watcher.close();
    runner.shutdownNow();
    pool.shutdownNow();
    KitArchive.deleteTree(temporary);
  }

  private static String randomId() {
    byte[] b = new byte[9];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static String cleanName(String name) {
    String n = name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\]", " ").strip();
    return n.isEmpty() ? "uploaded kit" : n.length() > 80 ? n.substring(0, 80) : n;
  }

  private static String shorten(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 80 ? clean.substring(0, 80) + "\u2026" : clean;
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
