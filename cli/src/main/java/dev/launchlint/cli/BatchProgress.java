package dev.launchlint.cli;

import dev.launchlint.LaunchlintException;
import dev.launchlint.batch.BatchListener;
import dev.launchlint.batch.KitOutcome;
import dev.launchlint.report.DocumentSummary;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a batch's progress on stderr: a bar redrawn in place on a terminal (kits and documents
 * done, rate, time left), one line per kit otherwise. Thread-safe: every event takes the lock.
 */
final class BatchProgress implements BatchListener {

  enum Mode { BAR, LOG, NONE }

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final Mode mode;
  private final long start = System.nanoTime();
  private int kits;
  private int toAudit;
  private long documents;
  private int kitsDone;
  private int audited;
  private long documentsDone;
  private long lastDraw;
  private boolean drawn;

  /**
   * The mode {@code --progress} names: {@code bar}, {@code log}, {@code none}, or {@code auto}: a bar
   * when a person watches a terminal, {@code otherwise} when not.
   *
   * @throws LaunchlintException for any other value
   */
  static Mode mode(String progress, Mode otherwise) {
    switch (progress.strip().toLowerCase(Locale.ROOT)) {
      case "bar":
        return Mode.BAR;
      case "log":
        return Mode.LOG;
      case "none":
        return Mode.NONE;
      case "auto":
        return watched() ? Mode.BAR : otherwise;
      default:
        throw new LaunchlintException("cli", "--progress takes auto, bar, log or none, not '" + progress + "'");
    }
  }

  /**
   * Whether stdout and stderr are a terminal: stdout through the console, stderr as the launcher
   * found it ({@code -Dlaunchlint.stderr.terminal}; Java cannot tell by itself).
   */
  private static boolean watched() {
    return Formats.interactive() && !"dumb".equals(System.getenv("TERM"))
        && !"false".equals(System.getProperty("launchlint.stderr.terminal"));
  }

  BatchProgress(PrintWriter err, Mode mode) {
    this.err = err;
    this.mode = mode;
  }

  @Override
  public synchronized void planned(int kits, int toAudit, long documents) {
    this.kits = kits;
    this.toAudit = toAudit;
    this.documents = documents;
    if (mode == Mode.LOG) {
      err.printf(Locale.ROOT, "launchlint: %d kits; %d to audit (%d documents), %d unchanged or unreadable%n",
          kits, toAudit, documents, kits - toAudit);
      err.flush();
    }
  }

  @Override
  public synchronized void documentDone(String kit, DocumentSummary document) {
    documentsDone++;
    if (mode == Mode.BAR) {
      draw(false);
    }
  }

  @Override
  public synchronized void kitDone(KitOutcome o) {
    kitsDone++;
    if (o.status() == KitOutcome.Status.AUDITED) {
      audited++;
    }
    if (mode == Mode.NONE) {
      return;
    }
    boolean failed = o.status() == KitOutcome.Status.FAILED;
    if (mode == Mode.LOG || failed) {
      clearBar();
      String what = switch (o.status()) {
        case FAILED -> "FAILED: " + o.error();
        case UNCHANGED -> "unchanged, reports kept";
        case AUDITED -> String.format(Locale.ROOT, "%s, alignment %d, %d findings (%d high), %d documents%s",
            o.stage().id(), o.alignmentIndex(), o.findings(), o.high(), o.documents(),
            o.unreadable() > 0 ? ", " + o.unreadable() + " unreadable" : "");
      };
      err.printf(Locale.ROOT, "launchlint: [%d/%d] %s: %s%n", kitsDone, kits, o.kit(), what);
      err.flush();
    }
    if (mode == Mode.BAR) {
      draw(true);
    }
  }

  /** Ends the display: the bar's last state on its own line, or a closing log line. */
  synchronized void finish() {
    if (mode == Mode.BAR && drawn) {
      draw(true);
      err.println();
      err.flush();
    } else if (mode == Mode.LOG) {
      err.printf(Locale.ROOT, "launchlint: done: %d kits, %d documents audited in %s (%s)%n",
          kitsDone, documentsDone, duration(elapsedSeconds()), rate());
      err.flush();
    }
  }

  private void draw(boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    double fraction = documents == 0 ? (kits == 0 ? 1 : (double) kitsDone / kits) : Math.min(1, (double) documentsDone / documents);
    String line = String.format(Locale.ROOT, "[%s] %d/%d kits  %d/%d docs  %s  left %s",
        bar(fraction), kitsDone, kits, documentsDone, documents, rate(), left(documentsDone, documents, elapsedSeconds()));
    err.print("\r" + line + "\033[K");
    err.flush();
  }

  private void clearBar() {
    if (mode == Mode.BAR && drawn) {
      err.print("\r\033[K");
    }
  }

  private String rate() {
    double seconds = elapsedSeconds();
    return seconds <= 0 ? "-- docs/s" : String.format(Locale.ROOT, "%.1f docs/s", documentsDone / seconds);
  }

  private double elapsedSeconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  /** A bar of {@code BAR_WIDTH} marks, filled to {@code fraction} (0 to 1). */
  static String bar(double fraction) {
    int filled = (int) Math.round(fraction * BAR_WIDTH);
    return "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
  }

  /** The time left to read {@code total} documents at the pace of the first {@code done}, or "--". */
  static String left(long done, long total, double seconds) {
    return done == 0 || done >= total ? "--" : duration((total - done) * seconds / done);
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
    }
    return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s / 60) % 60) + "m";
  }
}
