/**
 * Compare: aligns the claims of the functions of a kit (an in-memory Lucene index) and emits
 * {@link dev.launchlint.compare.Finding}s with evidence.
 */
package dev.launchlint.compare;
