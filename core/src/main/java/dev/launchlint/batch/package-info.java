/**
 * Batch: audits every kit under a root folder on one shared pool of threads and gives a
 * {@link dev.launchlint.batch.BatchSummary} of them, sorted by divergence. Each kit's reports are
 * written atomically beside a manifest of its inputs, so a rerun skips kits that have not changed
 * and an interrupted run loses no finished report. Takes a root folder, gives files and data;
 * never prints and never writes into the kits.
 */
package dev.launchlint.batch;
