/**
 * The batch on Apache Spark: audits a root of kits with one kit per Spark task and writes exactly
 * the files {@code launchlint batch} writes, byte for byte, because each task runs the batch's own
 * per-kit step ({@link dev.launchlint.batch.Batch#auditKit}) and the driver its summary step.
 * Takes a root folder every executor can read and an output folder every executor can write (a
 * shared file system); gives files and a {@link dev.launchlint.batch.BatchSummary}. Built and
 * packaged only with the Maven profile {@code spark}; nothing here is in the command line's jar.
 */
package dev.launchlint.spark;
