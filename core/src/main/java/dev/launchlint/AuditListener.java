package dev.launchlint;

import dev.launchlint.report.DocumentSummary;

/**
 * Hears how an audit progresses, for progress bars and logs. Called from the threads that read the
 * documents, so implementations must be thread-safe and quick; an exception thrown here is ignored.
 */
public interface AuditListener {

  /** A listener that hears nothing. */
  AuditListener NONE = new AuditListener() {};

  /** One document of the kit {@code kit} has been read and analysed (or has failed). */
  default void documentDone(String kit, DocumentSummary document) {}
}
