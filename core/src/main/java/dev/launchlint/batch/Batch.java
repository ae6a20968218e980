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
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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

  private static final String BUILD = buildId();

  private Batch() {}

  /**
   * Runs the batch and writes its reports and summary.
   *
   * @throws LaunchlintException when {@code root} is not a readable folder or {@code out} cannot
   *     be written; a failing kit never throws, it is a line of the summary
   */
  public static BatchSummary run(Path root, BatchOptions options, BatchListener listener) {
    List<KitOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    List<Planned> toAudit = new ArrayList<>();
    long documents = 0;
    for (Path dir : discover(root, options)) {
      Step step = plan(dir, options);
      if (step.done() != null) {
        outcomes.add(step.done());
      } else {
        toAudit.add(step.todo());
        documents += step.todo().kit().files().size();
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
            KitOutcome o = audit(p, options, pool, listener);
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
    return summarize(root, options, outcomes);
  }

  /**
   * The first step of a batch, and of a runner that spreads its kits over machines: checks that
   * {@code root} is a folder, readies {@code options.out()} (created, the temporary files of an
   * interrupted run removed) and lists the kits, the sub-folders of {@code root} in name order
   * without hidden ones and the output folder.
   *
   * @throws LaunchlintException when {@code root} is not a readable folder, {@code out} cannot be
   *     written or lies inside a kit
   */
  public static List<Path> discover(Path root, BatchOptions options) {
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
    return kitFolders(root, out);
  }

  /**
   * One kit of a batch from start to end, exactly as {@link #run} does each kit: skipped when its
   * manifest vouches for its reports (unless {@code options.force()}), else audited on {@code
   * pool} and its reports and manifest written atomically under {@code options.out()}. A runner
   * that spreads kits over machines calls this once per kit, with one pool per process, and hands
   * the outcomes to {@link #summarize}; that is what keeps its files byte-identical to a batch's.
   * The calling thread must not be one of {@code pool}'s threads.
   *
   * @param kitDir a folder {@link #discover} listed
   * @return the kit's summary line; a kit that cannot be audited is a {@code FAILED} line, never
   *     an exception
   */
  public static KitOutcome auditKit(Path kitDir, BatchOptions options, ExecutorService pool, BatchListener listener) {
    Step step = plan(kitDir, options);
    return step.done() != null ? step.done() : audit(step.todo(), options, pool, listener);
  }

  /**
   * The last step: writes {@code summary.json} and {@code summary.csv} of {@code outcomes} into
   * {@code options.out()}, atomically, and returns the summary.
   *
   * @param root the batch root as the user gave it; the summary names it
   * @throws LaunchlintException when the summary cannot be written
   */
  public static BatchSummary summarize(Path root, BatchOptions options, Collection<KitOutcome> outcomes) {
    BatchSummary summary = new BatchSummary(root.toString(), List.copyOf(outcomes));
    Path out = options.out();
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

  /** What a kit needs: nothing more ({@code done}, reused or failed already) or an audit ({@code todo}). */
  private record Step(KitOutcome done, Planned todo) {}

  private static Step plan(Path dir, BatchOptions options) {
    String name = dir.getFileName().toString();
    Path kitOut = options.out().resolve(KITS).resolve(name);
    try {
      Kit kit = KitScanner.scan(dir);
      List<Manifest.Input> inputs = Manifest.inputs(kit);
      Optional<KitOutcome> reused = options.force() ? Optional.empty()
          : Manifest.read(kitOut.resolve(Manifest.FILE))
              .filter(m -> m.covers(BUILD, auditOptions(options), inputs, options.formats(), kitOut))
              .map(m -> m.outcome().unchanged());
      return reused.map(o -> new Step(o, null)).orElseGet(() -> new Step(null, new Planned(kit, inputs, kitOut)));
    } catch (RuntimeException e) {
      return new Step(KitOutcome.failed(name, oneLine(e)), null);
    }
  }

  /** The options a manifest records: those that change a report (not how many threads read it). */
  private static String auditOptions(BatchOptions options) {
    return options.audit().limits().toString();
  }

  private static Thread kitThread(Runnable r) {
    Thread t = new Thread(r, "launchlint-kit-" + KIT_THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  }

  private static KitOutcome audit(Planned p, BatchOptions options, ExecutorService pool, BatchListener listener) {
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
      AtomicFiles.write(manifest, new Manifest(BUILD, auditOptions(options), p.inputs(), outputs, outcome).toBytes());
      return outcome;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return failed(p, options, oneLine(e));
    } catch (OutOfMemoryError e) {
      return failed(p, options, "ran out of memory; give the JVM more heap (-Xmx)");
    }
  }

  /** A failed kit keeps no report of an earlier run: the summary would contradict it. */
  private static KitOutcome failed(Planned p, BatchOptions options, String error) {
    forget(p.kitOut(), options);
    return KitOutcome.failed(p.kit().name(), error);
  }

  /**
   * The summary line of a kit that could not be audited at all, for a runner whose task for the
   * kit died with its process (where {@link #auditKit} had no chance to say so). As in {@link
   * #run}, a failed kit keeps no report or manifest of an earlier run: the summary would
   * contradict them, and without a manifest the next run audits it again.
   */
  public static KitOutcome failed(Path kitDir, BatchOptions options, String error) {
    String name = kitDir.getFileName().toString();
    forget(options.out().resolve(KITS).resolve(name), options);
    return KitOutcome.failed(name, error);
  }

  private static void forget(Path kitOut, BatchOptions options) {
    try {
      Files.deleteIfExists(kitOut.resolve(Manifest.FILE));
      for (ReportFormat format : options.formats()) {
        Files.deleteIfExists(kitOut.resolve(Manifest.reportFile(format)));
      }
    } catch (IOException ignored) {
      // Without a manifest the kit is audited again next time, whatever is left.
    }
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
   * Which build of launchlint wrote a manifest: reports of another build are not reused. The
   * build writes {@code build-id.txt} beside this class (a digest of core's classes and the
   * versions of the libraries that read kits), so the command line and the Spark job, one build
   * packaged twice, reuse each other's reports. Without it (classes compiled by an IDE), the jar's
   * size and time stand for its content, and classes run from a folder are one build.
   */
  private static String buildId() {
    try (InputStream in = Batch.class.getResourceAsStream("build-id.txt")) {
      if (in != null) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
    } catch (IOException e) {
      // Fall through to the jar.
    }
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
