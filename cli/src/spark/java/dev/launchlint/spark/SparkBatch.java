package dev.launchlint.spark;

import dev.launchlint.batch.Batch;
import dev.launchlint.batch.BatchOptions;
import dev.launchlint.batch.BatchSummary;
import dev.launchlint.batch.KitOutcome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A batch on Apache Spark: every sub-folder of a root is a kit, and each kit is one Spark task.
 *
 * <p>The files are those of {@link Batch#run}, byte for byte: the driver lists the kits and writes
 * the summary with the batch's own steps ({@link Batch#discover}, {@link Batch#summarize}), and
 * each task audits its kit with the batch's per-kit step ({@link Batch#auditKit}), reports and
 * manifest written to a temporary name and renamed into place, manifest last. So a task that
 * Spark runs again, or a job killed and started again, leaves no half-written or duplicate file,
 * and a rerun skips every kit whose manifest still vouches for its reports.
 *
 * <p>A kit that fails is a {@code failed} line of the summary, never a failed job: the per-kit
 * step turns every error it can catch into that line; a task that dies with its executor (killed
 * for memory, say) until Spark gives up on it fails the first pass, and the driver then runs each
 * kit as a job of its own, so that only the kit that kills its executor is marked failed (the
 * kits already done are found complete by their manifests and cost a look each).
 *
 * <p>Root and output must be folders every executor sees under the same name (a local disk in
 * local mode, a shared mount on a cluster): the reports name each kit's folder as the batch does.
 */
public final class SparkBatch {

  private SparkBatch() {}

  /**
   * Audits every kit under {@code root} on {@code spark} and writes their reports and the summary
   * into {@code options.out()}.
   *
   * @param threads reading threads per executor, shared by the kits it audits at once; 0 for the
   *     executor's processors
   * @throws dev.launchlint.LaunchlintException when {@code root} is not a readable folder or the
   *     output cannot be written; a failing kit never throws
   */
  public static BatchSummary run(JavaSparkContext spark, Path root, BatchOptions options, int threads) {
    List<String> kits = Batch.discover(root, options).stream().map(Path::toString).toList();
    KitTask task = KitTask.of(options, threads);
    List<KitOutcome> outcomes = kits.isEmpty() ? List.of() : audit(spark, kits, task, options);
    // A task attempt that Spark gave up on (its executor lost mid-write) may have left a temporary file.
    Batch.removeLeftovers(options.out());
    return Batch.summarize(root, options, outcomes);
  }

  private static List<KitOutcome> audit(JavaSparkContext spark, List<String> kits, KitTask task,
      BatchOptions options) {
    // One partition per kit: Spark schedules, retries and reports each kit as a task of its own.
    JavaRDD<KitOutcome> outcomes = spark.parallelize(kits, kits.size()).map(task);
    try {
      return outcomes.collect();
    } catch (Exception firstPass) {
      return oneByOne(spark, outcomes, kits, options);
    }
  }

  /**
   * Each kit as a job of its own, as many at once as the cluster runs tasks; a job that fails is
   * that kit's failed line.
   */
  private static List<KitOutcome> oneByOne(JavaSparkContext spark, JavaRDD<KitOutcome> outcomes, List<String> kits,
      BatchOptions options) {
    ExecutorService jobs = Executors.newFixedThreadPool(Math.max(1, spark.defaultParallelism()), r -> {
      Thread t = new Thread(r, "launchlint-kit-job");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<KitOutcome>> pending = new ArrayList<>(kits.size());
      for (int i = 0; i < kits.size(); i++) {
        int[] partition = {i};
        pending.add(jobs.submit(() -> outcomes.collectPartitions(partition)[0].get(0)));
      }
      List<KitOutcome> done = new ArrayList<>(kits.size());
      for (int i = 0; i < kits.size(); i++) {
        done.add(outcome(pending.get(i), Path.of(kits.get(i)), options));
      }
      return done;
    } finally {
      jobs.shutdownNow();
    }
  }

  private static KitOutcome outcome(Future<KitOutcome> job, Path kitDir, BatchOptions options) {
    try {
      return job.get();
    } catch (ExecutionException e) {
      return Batch.failed(kitDir, options, "its Spark task failed: " + firstLine(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Batch.failed(kitDir, options, "interrupted");
    }
  }

  /** Spark's job failures run to a page of stack trace; a summary line takes the first line of it. */
  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage()).strip();
    int end = message.indexOf('\n');
    String line = (end < 0 ? message : message.substring(0, end)).strip();
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
