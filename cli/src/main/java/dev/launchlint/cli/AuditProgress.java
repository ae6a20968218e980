package dev.launchlint.cli;

import dev.launchlint.AuditListener;
import dev.launchlint.report.DocumentSummary;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows an audit's progress on stderr, as {@link BatchProgress} does for a batch: on a terminal a
 * bar redrawn in place (documents read, rate, time left), then the comparison, then one closing
 * line; in log mode a line at every tenth of the documents. Thread-safe: every event takes the lock.
 */
final class AuditProgress implements AuditListener {

  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final BatchProgress.Mode mode;
  private final long start = System.nanoTime();
  private long comparingSince;
  private int documents;
  private int done;
  private int claims;
  private int logged;
  private long lastDraw;
  private boolean drawn;

  AuditProgress(PrintWriter err, BatchProgress.Mode mode) {
    this.err = err;
    this.mode = mode;
  }

  @Override
  public synchronized void planned(String kit, int documents) {
    this.documents = documents;
    if (mode == BatchProgress.Mode.LOG) {
      err.printf(Locale.ROOT, "launchlint: %s: %d documents to read%n", kit, documents);
      err.flush();
    }
  }

  @Override
  public synchronized void documentDone(String kit, DocumentSummary document) {
    done++;
    if (mode == BatchProgress.Mode.BAR) {
      draw(false);
    } else if (mode == BatchProgress.Mode.LOG && documents > 0 && done * 10L / documents > logged) {
      logged = (int) (done * 10L / documents);
      err.printf(Locale.ROOT, "launchlint: %s%n", reading());
      err.flush();
    }
  }

  @Override
  public synchronized void comparing(String kit, int claims) {
    this.claims = claims;
    comparingSince = System.nanoTime();
    if (mode == BatchProgress.Mode.BAR) {
      draw(true);
    } else if (mode == BatchProgress.Mode.LOG) {
      err.printf(Locale.ROOT, "launchlint: comparing %d claims%n", claims);
      err.flush();
    }
  }

  /** Ends the display: the bar gives way to one line saying what was done and how fast. */
  synchronized void finish() {
    if (mode == BatchProgress.Mode.NONE || mode == BatchProgress.Mode.BAR && !drawn) {
      return;
    }
    double compared = comparingSince == 0 ? 0 : (System.nanoTime() - comparingSince) / 1e9;
    String line = String.format(Locale.ROOT, "launchlint: %d documents read in %s (%s); %d claims compared in %s",
        done, BatchProgress.duration(seconds(start) - compared), rate(seconds(start) - compared), claims,
        BatchProgress.duration(compared));
    if (mode == BatchProgress.Mode.BAR) {
      err.print("\r\033[K");
    }
    err.println(line);
    err.flush();
  }

  private void draw(boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    String line;
    if (comparingSince != 0) {
      line = String.format(Locale.ROOT, "[%s] %d docs read; comparing %d claims ...", BatchProgress.bar(1), done,
          claims);
    } else {
      line = "[" + BatchProgress.bar(documents == 0 ? 1 : Math.min(1, (double) done / documents)) + "] " + reading();
    }
    err.print("\r" + line + "\033[K");
    err.flush();
  }

  /** "120/400 docs  35.2 docs/s  left 8s" */
  private String reading() {
    double seconds = seconds(start);
    return String.format(Locale.ROOT, "%d/%d docs  %s  left %s", done, documents, rate(seconds),
        BatchProgress.left(done, documents, seconds));
  }

  private String rate(double seconds) {
    return seconds <= 0 ? "-- docs/s" : String.format(Locale.ROOT, "%.1f docs/s", done / seconds);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
