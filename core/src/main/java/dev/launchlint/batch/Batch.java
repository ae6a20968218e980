package dev.launchlint.batch;

import dev.launchlint.AuditListener;
import dev.launchlint.Launchlint;
import dev.launchlint.LaunchlintException;
import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitScanner;
import dev.launchlint.report.DocumentSummary;
import dev.launchlint.report.Report;
import dev.launchlint.report.ReportFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Audits every kit under a root folder: each sub-folder of the root is a kit.
 *
 * <p>Output, under {@link BatchOptions#out()}: {@code kits/NAME/report.json} (and one {@code
 * report.EXT} per other format asked for) and {@code kits/NAME/manifest.json} for each kit, then
 * {@code summary.json} and {@code summary.csv} for the batch. Every file is written atomically;
 * the manifest last, so a kit with a manifest is complete.
 *
 * <p>All documents of all kits are read on one pool of {@link dev.launchlint.AuditOptions#jobs()}
 * threads; a few kits are in flight at once, enough to keep that pool busy. Memory is therefore
 * bounded by {@code jobs} documents being parsed plus the claims of the kits in flight, however
 * many kits the root holds. One hostile document costs its own status in its kit's report; one
 * kit that fails entirely gets a {@code failed} line in the summary; neither stops the batch.
 *
 * <p>Thread-safe: separate runs may go on at once, as long as they write to different folders.
 */
public final class Batch {

  static final String KITS = "kits";

  private static final AtomicInteger KIT_THREADS = new AtomicInteger();

  private Batch() {}

  /**
   * Runs the batch and writes its reports and summary.
   *
   * @throws LaunchlintException when {@code root} is not a readable folder or {@code out} cannot
   *     be written; a failing kit never throws, it is a line of the summary
   */
  public static BatchSummary run(Path root, BatchOptions options, BatchListener listener) {
    if (!Files.isDirectory(root)) {
      throw new LaunchlintException("discover", "not a folder: " + root);
    }
    Path out = options.out();
    try {
      Files.createDirectories(out);
      AtomicFiles.removeLeftovers(out);
    } catch (IOException e) {
      throw new LaunchlintException("report", null, "cannot write to " + out + ": " + e.getMessage(), e);
    }
    String build = buildId();
    String auditOptions = options.audit().limits().toString();
    List<KitOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    List<Planned> toAudit = new ArrayList<>();
    long documents = 0;
    for (Path dir : kitFolders(root, out)) {
      String name = dir.getFileName().toString();
      Path kitOut = out.resolve(KITS).resolve(name);
      try {
        Kit kit = KitScanner.scan(dir);
        List<Manifest.Input> inputs = Manifest.inputs(kit);
        Optional<KitOutcome> reused = options.force() ? Optional.empty()
            : Manifest.read(kitOut.resolve(Manifest.FILE))
                .filter(m -> m.covers(build, auditOptions, inputs, options.formats(), kitOut))
                .map(m -> m.outcome().unchanged());
        if (reused.isPresent()) {
          outcomes.add(reused.get());
        } else {
          toAudit.add(new Planned(kit, inputs, kitOut));
          documents += kit.files().size();
        }
      } catch (RuntimeException e) {
        outcomes.add(KitOutcome.failed(name, oneLine(e)));
      }
    }
    List<KitOutcome> known = List.copyOf(outcomes);
    long plannedDocuments = documents;
    tell(() -> listener.planned(known.size() + toAudit.size(), toAudit.size(), plannedDocuments));
    known.forEach(o -> tell(() -> listener.kitDone(o)));

    if (!toAudit.isEmpty()) {
      int jobs = options.audit().jobs();
      ExecutorService pool = Launchlint.newPool(jobs, "launchlint-worker");
      // Kit threads only wait on the pool and write files; twice the jobs keeps the pool fed
      // across the tail of one kit and the start of the next while few kits' claims are held.
      // A plain pool: kit threads block, and a fork-join pool would add threads (and kits in
      // flight, and memory) to make up for them.
      ExecutorService kits = Executors.newFixedThreadPool(Math.min(toAudit.size(), 2 * jobs), Batch::kitThread);
      try {
        List<Future<KitOutcome>> futures = new ArrayList<>();
        for (Planned p : toAudit) {
          futures.add(kits.submit(() -> {
            KitOutcome o = audit(p, options, build, auditOptions, pool, listener);
            tell(() -> listener.kitDone(o));
            return o;
          }));
        }
        for (int i = 0; i < futures.size(); i++) {
          outcomes.add(result(futures.get(i), toAudit.get(i).kit().name()));
        }
      } finally {
        kits.shutdownNow();
        pool.shutdownNow();
      }
    }

    BatchSummary summary = new BatchSummary(root.toString(), outcomes);
    try {
      StringWriter json = new StringWriter();
      summary.writeJson(json);
      AtomicFiles.write(out.resolve("summary.json"), json.toString().getBytes(StandardCharsets.UTF_8));
      StringWriter csv = new StringWriter();
      summary.writeCsv(csv);
      AtomicFiles.write(out.resolve("summary.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new LaunchlintException("report", null, "cannot write the summary to " + out + ": " + e.getMessage(), e);
    }
    return summary;
  }

  /** Deletes the temporary files an interrupted run left under {@code out}; returns how many. */
  public static int removeLeftovers(Path out) {
    try {
      return AtomicFiles.removeLeftovers(out);
    } catch (IOException e) {
      return 0;
    }
  }

  private record Planned(Kit kit, List<Manifest.Input> inputs, Path kitOut) {}

  private static Thread kitThread(Runnable r) {
    Thread t = new Thread(r, "launchlint-kit-" + KIT_THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  }

  private static KitOutcome audit(Planned p, BatchOptions options, String build, String auditOptions,
      ExecutorService pool, BatchListener listener) {
    String name = p.kit().name();
    Path manifest = p.kitOut().resolve(Manifest.FILE);
    try {
      // Gone first: a run killed from here on leaves the kit without a manifest, to be redone.
      Files.deleteIfExists(manifest);
      AuditListener documents = new AuditListener() {
        @Override
        public void documentDone(String kit, DocumentSummary document) {
          listener.documentDone(name, document);
        }
      };
      Report report = Launchlint.audit(p.kit(), options.audit(), pool, documents);
      List<Manifest.Output> outputs = new ArrayList<>();
      List<String> paths = new ArrayList<>();
      for (ReportFormat format : options.formats()) {
        String file = Manifest.reportFile(format);
        StringWriter w = new StringWriter();
        format.render(report, w);
        byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(p.kitOut().resolve(file), bytes);
        outputs.add(Manifest.output(file, bytes));
        paths.add(KITS + "/" + name + "/" + file);
      }
      KitOutcome outcome = KitOutcome.audited(name, report, paths);
      AtomicFiles.write(manifest, new Manifest(build, auditOptions, p.inputs(), outputs, outcome).toBytes());
      return outcome;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return failed(p, options, oneLine(e));
    } catch (OutOfMemoryError e) {
      return failed(p, options, "ran out of memory; give the JVM more heap (-Xmx)");
    }
  }

  /** A failed kit keeps no report of an earlier run: the summary would contradict it. */
  private static KitOutcome failed(Planned p, BatchOptions options, String error) {
    try {
      Files.deleteIfExists(p.kitOut().resolve(Manifest.FILE));
      for (ReportFormat format : options.formats()) {
        Files.deleteIfExists(p.kitOut().resolve(Manifest.reportFile(format)));
      }
    } catch (IOException ignored) {
      // Without a manifest the kit is audited again next time, whatever is left.
    }
    return KitOutcome.failed(p.kit().name(), error);
  }

  private static KitOutcome result(Future<KitOutcome> future, String kit) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      return KitOutcome.failed(kit, oneLine(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return KitOutcome.failed(kit, "interrupted");
    }
  }

  /** The sub-folders of {@code root} in name order, leaving out hidden ones and the output folder. */
  private static List<Path> kitFolders(Path root, Path out) {
    Path outAbs = out.toAbsolutePath().normalize();
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> list = Files.list(root)) {
      list.filter(Files::isDirectory)
          .filter(d -> !d.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(dirs::add);
    } catch (IOException e) {
      throw new LaunchlintException("discover", null, "cannot list " + root + ": " + e.getMessage(), e);
    }
    List<Path> kits = new ArrayList<>();
    for (Path d : dirs) {
      Path abs = d.toAbsolutePath().normalize();
      if (abs.equals(outAbs)) {
        continue;
      }
      if (outAbs.startsWith(abs)) {
        throw new LaunchlintException("cli", "--out " + out + " is inside the kit " + d + "; put it beside the kits");
      }
      kits.add(d);
    }
    return kits;
  }

  /**
   * Which build of launchlint wrote a manifest: reports of another build are not reused. The jar's
   * size and time stand for its content; classes run from a folder (tests, IDE) are one build.
   */
  private static String buildId() {
    try {
      Path code = Path.of(Batch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return code.getFileName() + ":" + Files.size(code) + ":" + Files.getLastModifiedTime(code).toMillis();
      }
    } catch (Exception e) {
      // Fall through: no code source to name.
    }
    return "classes";
  }

  private static void tell(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException ignored) {
      // A progress display must never cost a kit.
    }
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage();
    String text = e instanceof LaunchlintException ? message
        : e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    return String.valueOf(text).strip().replaceAll("\\s+", " ");
  }
}
