/**
 * Extract: reads each kit file with Apache Tika under limits and gives an
 * {@link dev.launchlint.extract.ExtractedDocument}: located text units and a status. A file that
 * fails, fails alone.
 */
package dev.launchlint.extract;
