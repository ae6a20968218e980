package dev.launchlint;

import dev.launchlint.report.DocumentSummary;

/**
 * Hears how an audit progresses, for progress bars and logs. Called from the threads that read the
 * documents and compare them, so implementations must be thread-safe and quick; an exception thrown
 * here is ignored. For one kit the calls come in this order: {@link #planned}, {@link
 * #documentDone} once per document, {@link #comparing}, then the audit returns.
 */
public interface AuditListener {

  /** A listener that hears nothing. */
  AuditListener NONE = new AuditListener() {};

  /** The kit {@code kit} has been scanned: {@code documents} files are to be read. */
  default void planned(String kit, int documents) {}

  /** One document of the kit {@code kit} has been read and analysed (or has failed). */
  default void documentDone(String kit, DocumentSummary document) {}

  /** Every document of {@code kit} is read; its {@code claims} claims are being compared. */
  default void comparing(String kit, int claims) {}
}
