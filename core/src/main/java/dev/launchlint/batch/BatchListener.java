package dev.launchlint.batch;

import dev.launchlint.report.DocumentSummary;

/**
 * Hears how a batch progresses, for progress bars and logs. Called from the batch's threads, so
 * implementations must be thread-safe and quick; an exception thrown here is ignored.
 */
public interface BatchListener {

  /** A listener that hears nothing. */
  BatchListener NONE = new BatchListener() {};

  /**
   * The batch is planned: {@code kits} kits found, of which {@code toAudit} (with {@code
   * documents} documents between them) will be audited; the others are unchanged or failed already.
   */
  default void planned(int kits, int toAudit, long documents) {}

  /** One document of {@code kit} is done. */
  default void documentDone(String kit, DocumentSummary document) {}

  /** One kit is done: audited, found unchanged, or failed. */
  default void kitDone(KitOutcome outcome) {}
}
