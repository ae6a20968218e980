package dev.launchlint;

import dev.launchlint.analyze.AnalyzedKit;
import dev.launchlint.analyze.Analysis;
import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.DocumentReading;
import dev.launchlint.compare.Comparison;
import dev.launchlint.compare.FactSheet;
import dev.launchlint.compare.SheetCheck;
import dev.launchlint.compare.SheetDraft;
import dev.launchlint.compare.Finding;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.extract.ExtractedDocument;
import dev.launchlint.extract.ExtractionLimits;
import dev.launchlint.extract.TextExtractor;
import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.FunctionInference;
import dev.launchlint.kit.InferredFunction;
import dev.launchlint.kit.Kit;
import dev.launchlint.kit.KitFile;
import dev.launchlint.kit.KitScanner;
import dev.launchlint.kit.Waiver;
import dev.launchlint.kit.Waivers;
import dev.launchlint.report.DocumentSummary;
import dev.launchlint.report.KitInfo;
import dev.launchlint.report.Regions;
import dev.launchlint.report.Report;
import dev.launchlint.score.Scores;
import dev.launchlint.score.Scoring;
import dev.launchlint.triage.Baseline;
import dev.launchlint.triage.Triage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The entry point for library users: audits a launch kit and returns its report.
 *
 * <pre>{@code Report report = Launchlint.audit(Path.of("launch-kit"));}</pre>
 *
 * <p>The documents of a kit are read and analysed in parallel ({@link AuditOptions#jobs()}); the
 * report does not depend on thread timing (documents in path order, findings in report order).
 * Memory is bounded by the documents being read at once, not by the size of the kit: a
 * document's full text is released as soon as its claims are found (see {@link AnalyzedKit}).
 * The Tika parser and the NLP models are built once per process and shared.
 *
 * <p>Thread-safe; kits may be audited concurrently.
 */
public final class Launchlint {

  /** One extractor per distinct limits: building Tika's parser registry costs more than a small document. */
  private static final Map<ExtractionLimits, TextExtractor> EXTRACTORS = new ConcurrentHashMap<>();

  private Launchlint() {}

  /** Audits the kit at {@code kitRoot} with the default options. */
  public static Report audit(Path kitRoot) {
    return audit(kitRoot, AuditOptions.DEFAULTS);
  }

  /**
   * Audits the kit at {@code kitRoot} with up to {@code options.jobs()} threads of its own, which
   * are gone when this returns.
   *
   * @throws LaunchlintException when {@code kitRoot} is not a readable folder; a bad document
   *     never throws, it is reported with its status
   */
  public static Report audit(Path kitRoot, AuditOptions options) {
    return audit(kitRoot, options, AuditListener.NONE);
  }

  /**
   * The same, telling {@code listener} how the audit progresses (a progress bar's source).
   *
   * @throws LaunchlintException when {@code kitRoot} is not a readable folder
   */
  public static Report audit(Path kitRoot, AuditOptions options, AuditListener listener) {
    Kit kit = KitScanner.scan(kitRoot);
    int threads = Math.min(options.jobs(), Math.max(1, kit.files().size()));
    if (threads == 1) {
      return audit(kit, options, Runnable::run, listener);
    }
    ExecutorService pool = newPool(threads, "launchlint-audit");
    try {
      return audit(kit, options, pool, listener);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Audits a scanned kit on a caller's pool: every document is read and analysed as a task on
   * {@code pool}, and so is the comparison; the calling thread only waits. Many kits may share one
   * pool (this is how a batch keeps all cores busy without running more threads than cores), but
   * the calling thread must not be one of the pool's own threads, or a small pool can deadlock.
   * {@code options.jobs()} is not used here: the pool decides the parallelism.
   *
   * @param listener hears the plan, each document as it is done (from the pool's threads) and the
   *     start of the comparison
   */
  public static Report audit(Kit kit, AuditOptions options, Executor pool, AuditListener listener) {
    // A bad baseline or waiver is the caller's mistake: say so before reading a single document.
    Baseline baseline = options.baseline() == null ? null : Baseline.read(options.baseline());
    List<Waiver> waivers = Waivers.load(kit.root());
    // The analysis that remembers the kit's sentences is needed only while its documents are read;
    // what follows reads a fact sheet's rows at most, and the comparison is the audit's peak of memory.
    // The comparison's work that needs one document at a time is done as each is read, beside
    // the reading of the others, not after the whole kit.
    Comparison comparison = Comparison.standard();
    Comparison.Preparation prepared = comparison.prepare();
    ReadKit read = read(kit, options, pool, listener, Analysis.english().forOneKit(), prepared);
    Analysis analysis = Analysis.english();
    List<ExtractedDocument> documents = read.documents();
    List<DocumentReading> readings = read.readings();
    List<Claim> claims = read.claims();
    List<DocumentSummary> summaries = read.summaries();
    tell(() -> listener.comparing(kit.name(), claims.size()));
    return join(CompletableFuture.supplyAsync(() -> {
      AnalyzedKit analyzed = new AnalyzedKit(documents, claims, analysis.rankTerms(readings));
      Comparison.Result compared = comparison.align(analyzed, prepared);
      // The fact sheet, when the kit has one, is checked against every document beside them.
      FactSheet sheet = FactSheet.find(kit.root());
      SheetCheck.Outcome checked = SheetCheck.check(analyzed, sheet, analysis);
      List<Finding> found = SheetCheck.merge(compared.findings(), checked.findings());
      // The stage and scores rest on confident findings only, whatever the report shows.
      List<Finding> confident = found.stream().filter(Finding::confident).toList();
      Scores scores = Scoring.score(analyzed, confident, compared.pillars());
      List<Finding> shown = options.all() ? found : confident;
      Map<String, Path> files = new HashMap<>();
      kit.files().forEach(f -> files.put(f.path(), f.file()));
      if (sheet.path() != null) {
        files.put(sheet.path(), kit.root().resolve(sheet.path()));
      }
      return new Report(new KitInfo(kit.name(), kit.root().toString()), summaries, shown, scores, analyzed.terms())
          .withTriage(Triage.of(shown, baseline, waivers, options.day()))
          .withRegions(Regions.locate(shown, p -> Optional.ofNullable(files.get(p))))
          .withSheet(checked.coverage());
    }, pool));
  }

  /**
   * Drafts a fact sheet from the kit at {@code kitRoot}: the facts its product material states
   * (prices, limits, SLAs, dates, stages, names), each with its source, and where the documents
   * already disagree, the values marked for a decision ({@link SheetDraft}). Reads only.
   *
   * @throws LaunchlintException when {@code kitRoot} is not a readable folder
   */
  public static SheetDraft draftFacts(Path kitRoot, AuditOptions options) {
    Kit kit = KitScanner.scan(kitRoot);
    ExecutorService pool = newPool(Math.min(options.jobs(), Math.max(1, kit.files().size())), "launchlint-facts");
    try {
      Analysis analysis = Analysis.english().forOneKit();
      ReadKit read = read(kit, options, pool, AuditListener.NONE, analysis, Comparison.Preparation.NONE);
      return join(CompletableFuture.supplyAsync(() -> {
        AnalyzedKit analyzed = new AnalyzedKit(read.documents(), read.claims(), analysis.rankTerms(read.readings()));
        List<Finding> confident = Comparison.standard().compare(analyzed).stream().filter(Finding::confident).toList();
        return SheetDraft.of(analyzed, confident);
      }, pool));
    } finally {
      pool.shutdownNow();
    }
  }

  /** What reading every document of a kit leaves, in the kit's path order. */
  private record ReadKit(List<ExtractedDocument> documents, List<DocumentReading> readings, List<Claim> claims,
      List<DocumentSummary> summaries) {}

  private static ReadKit read(Kit kit, AuditOptions options, Executor pool, AuditListener listener, Analysis analysis,
      Comparison.Preparation prepared) {
    tell(() -> listener.planned(kit.name(), kit.files().size()));
    // The NLP models load on a pool thread while this one builds Tika's parsers: each takes a
    // few hundred milliseconds the first time, a good part of a small audit.
    pool.execute(Analysis::english);
    TextExtractor extractor = EXTRACTORS.computeIfAbsent(options.limits(), TextExtractor::tika);
    // The largest documents start first, so that no large one is left to finish alone while the
    // other threads wait for it; the results keep the kit's order.
    List<CompletableFuture<AnalyzedDocument>> pending = new ArrayList<>(Collections.nCopies(kit.files().size(), null));
    List<Integer> largestFirst = IntStream.range(0, kit.files().size()).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> -bytes(kit.files().get(i))))
        .toList();
    for (int i : largestFirst) {
      KitFile file = kit.files().get(i);
      pending.set(i, CompletableFuture.supplyAsync(() -> {
        AnalyzedDocument done = AnalyzedDocument.of(file, extractor, analysis, prepared);
        tell(() -> listener.documentDone(kit.name(), done.summary()));
        return done;
      }, pool));
    }
    // Collected in the kit's path order, whatever order the tasks finished in.
    List<ExtractedDocument> documents = new ArrayList<>(pending.size());
    List<DocumentReading> readings = new ArrayList<>(pending.size());
    List<Claim> claims = new ArrayList<>();
    List<DocumentSummary> summaries = new ArrayList<>(pending.size());
    for (CompletableFuture<AnalyzedDocument> task : pending) {
      AnalyzedDocument done = join(task);
      documents.add(done.document());
      readings.add(done.reading());
      claims.addAll(done.reading().claims());
      summaries.add(done.summary());
    }
    return new ReadKit(documents, readings, claims, summaries);
  }

  /**
   * Proposes a function for each file of {@code kit} that its folders and globs leave unassigned
   * ({@link FunctionInference}): from its name and folders, or else from its text, read with
   * {@code options.limits()}. Files that cannot be read or that nothing speaks for get no
   * proposal. Nothing is assigned here: the caller shows the proposals, lets a person correct them,
   * and audits {@link Kit#withFunctions the kit with the functions chosen}. Reads the files whose
   * names say nothing once more than an audit does.
   */
  public static List<InferredFunction> inferFunctions(Kit kit, AuditOptions options) {
    TextExtractor extractor = EXTRACTORS.computeIfAbsent(options.limits(), TextExtractor::tika);
    return kit.files().parallelStream()
        .filter(f -> !f.assigned() && f.problem() == null)
        .map(f -> FunctionInference.fromName(f.path()).or(() -> {
          // The extractor reads assigned files only; the function given here is never reported.
          KitFile readable = new KitFile(f.path(), f.file(), BusinessFunction.PRODUCT, null);
          String text;
          try {
            text = extractor.extract(readable).text();
          } catch (RuntimeException | StackOverflowError e) {
            text = "";
          }
          return FunctionInference.infer(f.path(), text);
        }))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * A pool of {@code threads} daemon threads named {@code prefix-N}, for {@link #audit(Kit,
   * AuditOptions, Executor, AuditListener)}. A fork-join pool, so that the comparison, which runs
   * as one of its tasks, can spread its searches over the same threads instead of more of its
   * own. The caller shuts it down.
   */
  public static ExecutorService newPool(int threads, String prefix) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1 but was " + threads);
    }
    AtomicInteger count = new AtomicInteger();
    ForkJoinPool.ForkJoinWorkerThreadFactory factory = p -> {
      ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
      t.setName(prefix + "-" + count.incrementAndGet());
      return t;
    };
    return new ForkJoinPool(threads, factory, null, false);
  }

  /** The file's size, 0 when it cannot be read: its extraction will say why. */
  private static long bytes(KitFile file) {
    try {
      return Files.size(file.file());
    } catch (IOException | SecurityException e) {
      return 0;
    }
  }

  private static void tell(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException ignored) {
      // A progress display must never cost a document.
    }
  }

  private static <T> T join(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * What one document leaves behind once read: its units without the full text, its reading
   * (claims and term counts) and its inventory line.
   */
  private record AnalyzedDocument(ExtractedDocument document, DocumentReading reading, DocumentSummary summary) {

    static AnalyzedDocument of(KitFile file, TextExtractor extractor, Analysis analysis,
        Comparison.Preparation prepared) {
      ExtractedDocument doc = extract(file, extractor);
      DocumentReading reading;
      String error = doc.error();
      try {
        reading = analysis.read(doc);
      } catch (RuntimeException | StackOverflowError e) {
        // The extractor's contract covers hostile files; the analysis has none, so one bad text
        // costs its own claims only.
        error = "analysis failed: " + oneLine(e);
        reading = analysis.read(ExtractedDocument.failed(doc.path(), doc.function(), doc.mediaType(), doc.status(), error));
      }
      try {
        prepared.read(doc);
      } catch (RuntimeException | StackOverflowError e) {
        // what is not prepared, the comparison does itself
      }
      DocumentSummary summary = new DocumentSummary(doc.path(), doc.function(), doc.mediaType(), doc.status(),
          error, doc.units().size(), reading.claims().size());
      return new AnalyzedDocument(withoutText(doc), reading, summary);
    }

    private static ExtractedDocument extract(KitFile file, TextExtractor extractor) {
      try {
        return extractor.extract(file);
      } catch (RuntimeException | StackOverflowError e) {
        return ExtractedDocument.failed(file.path(), file.function(), null,
            file.assigned() ? DocumentStatus.CORRUPT : DocumentStatus.UNASSIGNED, "cannot read: " + oneLine(e));
      } catch (OutOfMemoryError e) {
        // Only this document's parse held the memory; it is free again once the stack unwinds.
        return ExtractedDocument.failed(file.path(), file.function(), null,
            file.assigned() ? DocumentStatus.TOO_LARGE : DocumentStatus.UNASSIGNED,
            "ran out of memory reading it; give the JVM more heap (-Xmx)");
      }
    }

    /** The full text is the bulk of a document and nothing after claim finding needs it. */
    private static ExtractedDocument withoutText(ExtractedDocument doc) {
      if (doc.text().isEmpty()) {
        return doc;
      }
      return new ExtractedDocument(doc.path(), doc.function(), doc.mediaType(), doc.status(), doc.error(), "",
          doc.units(), doc.truncated());
    }

    private static String oneLine(Throwable e) {
      String message = e.getMessage();
      String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
      return text.strip().replaceAll("\\s+", " ");
    }
  }
}
