/**
 * Compare: aligns the claims of the functions of a kit (an in-memory Lucene index) and emits
 * {@link dev.launchlint.compare.Finding}s with evidence.
 *
 * <p>{@link dev.launchlint.compare.Comparison} is the stage's face. Contradictions are found by
 * kind ({@code Contradictions} coordinates {@code FigureConflicts}, {@code ReleaseStages}, {@code
 * Certifications}, {@code Limits}, {@code Denials}, {@code VersionFloors}, {@code Availability})
 * and judged with the fact model ({@code Fact}, {@code KitFacts}) into one finding per contested
 * fact ({@code Disagreements}); coverage ({@code Coverage}, {@code Omissions}) and drift ({@code
 * Drift}) are the other detectors.
 */
package dev.launchlint.compare;
