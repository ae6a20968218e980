package dev.launchlint.spark;

import dev.launchlint.AuditOptions;
import dev.launchlint.Launchlint;
import dev.launchlint.batch.Batch;
import dev.launchlint.batch.BatchListener;
import dev.launchlint.batch.BatchOptions;
import dev.launchlint.batch.KitOutcome;
import dev.launchlint.extract.ExtractionLimits;
import dev.launchlint.report.ReportFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import org.apache.spark.api.java.function.Function;

/**
 * The work of one Spark task: one kit, from its folder to its reports and manifest, through
 * {@link Batch#auditKit}. Shipped to the executors by Java serialization, so it carries the batch
 * options as plain values (paths as strings) and rebuilds them there.
 *
 * <p>Per executor JVM, not per kit: Tika's parsers and the NLP models (held by {@link Launchlint}
 * once per class loader) and one pool of reading threads that every task of the executor shares,
 * as the kits of a batch share one. Thread-safe: an executor runs as many tasks at once as it
 * has cores.
 *
 * @param out the batch's output folder, as every executor names it
 * @param formats the report formats, by enum name
 * @param threads reading threads per executor; 0 for the executor's processors
 */
record KitTask(String out, List<String> formats, long maxBytes, int maxChars, long timeoutMillis, boolean all,
    boolean force, int threads) implements Function<String, KitOutcome> {

  private static final long serialVersionUID = 1L;

  private static ExecutorService pool;

  KitTask {
    Objects.requireNonNull(out, "out");
    formats = List.copyOf(formats);
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0 but was " + threads);
    }
  }

  static KitTask of(BatchOptions options, int threads) {
    ExtractionLimits limits = options.audit().limits();
    return new KitTask(options.out().toString(), options.formats().stream().map(Enum::name).toList(),
        limits.maxBytes(), limits.maxChars(), limits.timeout().toMillis(), options.audit().all(), options.force(),
        threads);
  }

  BatchOptions options() {
    int jobs = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    ExtractionLimits limits = new ExtractionLimits(maxBytes, maxChars, Duration.ofMillis(timeoutMillis));
    return new BatchOptions(Path.of(out), new AuditOptions(limits, jobs, all),
        formats.stream().map(ReportFormat::valueOf).toList(), force);
  }

  /** Audits the kit in folder {@code kitDir}; a kit that cannot be audited is a failed line, never an exception. */
  @Override
  public KitOutcome call(String kitDir) {
    BatchOptions options = options();
    return Batch.auditKit(Path.of(kitDir), options, pool(options.audit().jobs()), BatchListener.NONE);
  }

  /**
   * The executor's reading pool, made by its first task. Its threads are daemons and idle between
   * kits, so it lives as long as the executor without holding the JVM open.
   */
  private static synchronized ExecutorService pool(int threads) {
    if (pool == null) {
      pool = Launchlint.newPool(threads, "launchlint-spark");
    }
    return pool;
  }
}
