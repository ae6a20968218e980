package dev.launchlint.cli.serve;

import dev.launchlint.kit.BusinessFunction;
import dev.launchlint.kit.Waiver;
import dev.launchlint.report.Report;
import dev.launchlint.triage.Triage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
  /** The settings file the page last wrote a waiver into, and its text then; null before. */
  private Path wroteFile;
  private String wroteText;

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

  /**
   * Weighs the finished report against the kit's waivers again, as the audit would: a waiver
   * changes no finding, only its status. False when there is no finished report to weigh (an
   * audit is running or failed), so the caller audits again instead.
   */
  synchronized boolean retriage(List<Waiver> waivers, LocalDate day) {
    if (status != Status.DONE || report == null) {
      return false;
    }
    report = report.withTriage(Triage.of(report.findings(), null, waivers, day));
    note = "a waiver was added";
    version++;
    return true;
  }

  /** Remembers what the page wrote into the kit's settings, so its own write audits nothing again. */
  synchronized void wrote(Path file) throws IOException {
    wroteFile = file;
    wroteText = Files.readString(file, StandardCharsets.UTF_8);
  }

  /**
   * Whether a change the watcher saw ({@code what}, as {@link FolderWatcher} names it) is only the
   * page's own last write to the settings file: the same file, with the same text.
   */
  synchronized boolean onlyOwnWrite(String what) {
    if (wroteFile == null || !what.equals(String.valueOf(wroteFile.getFileName()))) {
      return false;
    }
    try {
      return Files.readString(wroteFile, StandardCharsets.UTF_8).equals(wroteText);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether waivers go into the kit's own launchlint.yml; otherwise into that of its copy in the
   * temporary folder, and the page offers a launchlint.yml to download.
   */
  boolean onDisk() {
    return source == Source.FOLDER;
  }

  /** A snapshot of the audit's progress for the page. */
  record State(Status status, int done, int total, int version, String error, String note) {}
}
