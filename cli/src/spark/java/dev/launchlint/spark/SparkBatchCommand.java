package dev.launchlint.spark;

import dev.launchlint.AuditOptions;
import dev.launchlint.LaunchlintException;
import dev.launchlint.batch.BatchOptions;
import dev.launchlint.batch.BatchSummary;
import dev.launchlint.batch.KitOutcome;
import dev.launchlint.cli.LimitOptions;
import dev.launchlint.report.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Spark job's driver, the main class of {@code launchlint-spark.jar}:
 * {@code spark-submit launchlint-spark.jar ROOT_DIR --out DIR}. The options are those of {@code
 * launchlint batch} that shape its files; the master and the executors are spark-submit's.
 *
 * <p>Exit codes: 0 done, failed kits included (each is a line of the summary, and a cluster
 * manager would otherwise run the whole application again for them); 2 bad usage or unreadable
 * ROOT_DIR; 3 internal error.
 */
@Command(
    name = "launchlint-spark",
    mixinStandardHelpOptions = true,
    description = {
      "Audits every sub-folder of ROOT_DIR as a kit, one kit per Spark task, and writes what",
      "`launchlint batch` writes: kits/NAME/report.*, kits/NAME/manifest.json, summary.json, summary.csv.",
      "ROOT_DIR and --out must be paths every executor sees. A rerun skips kits whose reports are complete."
    })
public final class SparkBatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin LimitOptions limits;

  @Parameters(paramLabel = "ROOT_DIR", description = "A folder whose sub-folders are kits.")
  Path root;

  @Option(names = {"--out", "-o"}, paramLabel = "DIR", required = true,
      description = "Where reports, manifests and the summary go.")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",",
      description = "Report formats besides JSON (always written), comma-separated, as for batch --format.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--force", description = "Audit every kit again, even unchanged ones.")
  boolean force;

  @Option(names = "--threads", paramLabel = "N",
      description = "Reading threads per executor, shared by its tasks (default: spark.executor.cores, "
          + "in local mode the local[N] cores, else the executor's processors).")
  Integer threads;

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    System.exit(code);
  }

  /** Runs the job with the given writers, on a Spark context built from spark-submit's settings. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new SparkBatchCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("launchlint-spark: " + ex.getMessage());
      return 2;
    });
    cli.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof LaunchlintException) {
        err.println("launchlint-spark: " + ex.getMessage());
        return 2;
      }
      err.println("launchlint-spark: internal error: " + ex);
      return 3;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    if (threads != null && threads < 1) {
      throw new LaunchlintException("cli", "--threads must be at least 1, not " + threads);
    }
    if (!Files.isDirectory(root)) {
      throw new LaunchlintException("discover", "not a folder of kits: " + root);
    }
    List<ReportFormat> parsed = new ArrayList<>();
    for (String f : formats) {
      parsed.add(format(f));
    }
    BatchOptions options = BatchOptions.into(out)
        .withAudit(limits.applyTo(AuditOptions.DEFAULTS))
        .withFormats(parsed)
        .withForce(force);
    SparkConf conf = new SparkConf().setAppName("launchlint batch " + root.getFileName());
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      BatchSummary summary = SparkBatch.run(spark, root, options, threads == null ? threadsOf(spark) : threads);
      PrintWriter w = spec.commandLine().getOut();
      w.printf(Locale.ROOT, "launchlint-spark: %d kits: %d audited, %d unchanged, %d failed; summary in %s%n",
          summary.kits().size(), summary.count(KitOutcome.Status.AUDITED),
          summary.count(KitOutcome.Status.UNCHANGED), summary.count(KitOutcome.Status.FAILED),
          out.resolve("summary.json"));
      w.flush();
    }
    return 0;
  }

  /** One thread per core an executor offers tasks: it audits that many kits at once, sharing them. */
  private static int threadsOf(JavaSparkContext spark) {
    if (spark.sc().isLocal()) {
      return spark.defaultParallelism();
    }
    return spark.getConf().getInt("spark.executor.cores", 0);
  }

  private static ReportFormat format(String name) {
    try {
      return ReportFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String known = Arrays.stream(ReportFormat.values()).map(ReportFormat::id).collect(Collectors.joining(", "));
      throw new LaunchlintException("cli", "unknown format '" + name + "'; use one of " + known);
    }
  }
}
