package dev.launchlint.cli.serve;

import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One kit the page knows: a folder under the served folder, a zip there, or an upload; the
 * functions a person chose for its files, and where its audit stands. Guarded by its own monitor:
 * the HTTP threads read it, the audit thread and the folder watcher write it.
 */
final class KitSession {

  /** Where the kit came from. */
  enum Source {
    /** A kit folder on disk: waivers go into its launchlint.yml, changes re-audit it. */
    FOLDER,
    /** A zip file on disk, unpacked into the temporary folder. */
    ZIP,
    /** Files or a zip sent by the browser, kept in the temporary folder. */
    UPLOAD
  }

  /** Where an audit stands. */
  enum Status { NEW, READING, COMPARING, DONE, FAILED }

  final String id;
  final String name;
  final Source source;
  /** What the list shows: the folder or zip relative to the served folder, or the upload's name. */
  final String shown;
  /** The folder or zip on disk for FOLDER and ZIP kits; null for uploads. */
  final Path origin;

  private Path root;
  private Map<String, BusinessFunction> chosen = Map.of();
  private Status status = Status.NEW;
  private final AtomicInteger done = new AtomicInteger();
  private int total;
  private int version;
  private String error;
  private String note;
  private Report report;
  /** Why to audit again once the running audit ends, or null. */
  private String auditAgain;
  private final List<Waivers.Waiver> uploadedWaivers = new ArrayList<>();

  KitSession(String id, String name, Source source, String shown, Path origin, Path root) {
    this.id = id;
    this.name = name;
    this.source = source;
    this.shown = shown;
    this.origin = origin;
    this.root = root;
  }

  synchronized Path root() {
    return root;
  }

  synchronized void root(Path value) {
    root = value;
  }

  synchronized Map<String, BusinessFunction> chosen() {
    return chosen;
  }

  synchronized void choose(Map<String, BusinessFunction> functions) {
    chosen = new HashMap<>(functions);
  }

  /** Marks the start of an audit of {@code files} documents; false when one is already running. */
  synchronized boolean start(int files, String why) {
    if (status == Status.READING || status == Status.COMPARING) {
      auditAgain = why == null ? "audited again" : why;
      return false;
    }
    status = Status.READING;
    done.set(0);
    total = files;
    error = null;
    note = why;
    return true;
  }

  void documentDone() {
    if (done.incrementAndGet() >= total) {
      synchronized (this) {
        if (status == Status.READING) {
          status = Status.COMPARING;
        }
      }
    }
  }

  synchronized void finished(Report value) {
    report = value;
    status = Status.DONE;
    version++;
  }

  synchronized void failed(String why) {
    status = Status.FAILED;
    error = why;
    version++;
  }

  /** Why to audit again when a change came in while the last audit ran, else null; clears it. */
  synchronized String takeAuditAgain() {
    String again = auditAgain;
    auditAgain = null;
    return again;
  }

  synchronized Report report() {
    return report;
  }

  synchronized Status status() {
    return status;
  }

  synchronized State state() {
    return new State(status, done.get(), total, version, error, note);
  }

  synchronized void waive(Waivers.Waiver waiver) {
    uploadedWaivers.removeIf(w -> w.id().equals(waiver.id()));
    uploadedWaivers.add(waiver);
  }

  synchronized List<Waivers.Waiver> uploadedWaivers() {
    return List.copyOf(uploadedWaivers);
  }

  /** Whether waivers go into the kit's own launchlint.yml rather than a file to download. */
  boolean onDisk() {
    return source == Source.FOLDER;
  }

  /** A snapshot of the audit's progress for the page. */
  record State(Status status, int done, int total, int version, String error, String note) {}
}
