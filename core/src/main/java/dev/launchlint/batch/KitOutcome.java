package dev.launchlint.batch;

import dev.launchlint.compare.Finding;
import dev.launchlint.compare.Severity;
import dev.launchlint.extract.DocumentStatus;
import dev.launchlint.report.DocumentSummary;
import dev.launchlint.report.Report;
import dev.launchlint.score.PairScore;
import dev.launchlint.score.Stage;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One kit's line in a batch summary.
 *
 * @param kit the kit's folder name under the batch root
 * @param status whether it was audited now, found unchanged since a finished earlier run, or failed
 * @param error a one-line reason when {@code status} is {@code FAILED}, else null
 * @param stage the kit's stage; null when failed
 * @param alignmentIndex 0..100, higher is better; 0 when failed
 * @param maxDivergence the divergence of the kit's most divergent pair of functions, 0..100
 * @param high findings of high severity
 * @param medium findings of medium severity
 * @param low findings of low severity
 * @param documents files in the kit, every one accounted for in its report
 * @param unreadable documents that could not be read (unsupported, encrypted, corrupt, timeout, too large)
 * @param reports the kit's report files, relative to the batch's output folder, {@code /}-separated
 *
 * <p>Serializable, so that a runner on several machines (the Spark job) can send the lines of its
 * kits back to the one that writes the summary; deserializing validates as construction does.
 */
public record KitOutcome(
    String kit,
    Status status,
    String error,
    Stage stage,
    int alignmentIndex,
    int maxDivergence,
    int high,
    int medium,
    int low,
    int documents,
    int unreadable,
    List<String> reports) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What became of a kit in this run. */
  public enum Status {
    AUDITED,
    UNCHANGED,
    FAILED;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Summary order, most divergent first: failed kits (they need a look before anything else), then
   * by stage from market confusion down, lower alignment index, higher pair divergence, more high,
   * medium and low findings; ties by kit name.
   */
  public static final Comparator<KitOutcome> BY_DIVERGENCE = Comparator
      .comparing((KitOutcome o) -> o.status() != Status.FAILED)
      .thenComparing(o -> o.stage() == null ? Integer.MAX_VALUE : -o.stage().ordinal())
      .thenComparingInt(KitOutcome::alignmentIndex)
      .thenComparingInt(o -> -o.maxDivergence())
      .thenComparingInt(o -> -o.high())
      .thenComparingInt(o -> -o.medium())
      .thenComparingInt(o -> -o.low())
      .thenComparing(KitOutcome::kit);

  public KitOutcome {
    Objects.requireNonNull(kit, "kit");
    Objects.requireNonNull(status, "status");
    reports = List.copyOf(reports);
    if (status == Status.FAILED) {
      Objects.requireNonNull(error, "error of failed kit " + kit);
    } else {
      Objects.requireNonNull(stage, "stage of kit " + kit);
    }
    requireRange("alignmentIndex", alignmentIndex, 100);
    requireRange("maxDivergence", maxDivergence, 100);
    requireRange("high", high, Integer.MAX_VALUE);
    requireRange("medium", medium, Integer.MAX_VALUE);
    requireRange("low", low, Integer.MAX_VALUE);
    requireRange("documents", documents, Integer.MAX_VALUE);
    requireRange("unreadable", unreadable, documents);
  }

  /** The line of a kit audited now. */
  public static KitOutcome audited(String kit, Report report, List<String> reports) {
    int maxDivergence = report.scores().pairs().stream().mapToInt(PairScore::divergence).max().orElse(0);
    int unreadable = (int) report.documents().stream().map(DocumentSummary::status).filter(KitOutcome::unreadable).count();
    return new KitOutcome(kit, Status.AUDITED, null, report.scores().stage(), report.scores().alignmentIndex(),
        maxDivergence, count(report, Severity.HIGH), count(report, Severity.MEDIUM), count(report, Severity.LOW),
        report.documents().size(), unreadable, reports);
  }

  /** The line of a kit that could not be audited at all. */
  public static KitOutcome failed(String kit, String error) {
    return new KitOutcome(kit, Status.FAILED, error, null, 0, 0, 0, 0, 0, 0, 0, List.of());
  }

  /** The same line, marked as reused from an earlier run. */
  public KitOutcome unchanged() {
    return new KitOutcome(kit, Status.UNCHANGED, error, stage, alignmentIndex, maxDivergence, high, medium, low,
        documents, unreadable, reports);
  }

  public int findings() {
    return high + medium + low;
  }

  /** Whether any finding is at or above {@code threshold}. */
  public boolean hasFindingsAtOrAbove(Severity threshold) {
    return switch (threshold) {
      case HIGH -> high > 0;
      case MEDIUM -> high + medium > 0;
      case LOW -> findings() > 0;
    };
  }

  private static boolean unreadable(DocumentStatus status) {
    return switch (status) {
      case PARSED, EMPTY, UNASSIGNED -> false;
      default -> true;
    };
  }

  private static int count(Report report, Severity severity) {
    int n = 0;
    for (Finding f : report.findings()) {
      if (f.severity() == severity) {
        n++;
      }
    }
    return n;
  }

  private static void requireRange(String name, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(name + " must be 0.." + max + " but was " + value);
    }
  }
}
