/**
 * Analyze: turns located text units into typed {@link dev.launchlint.analyze.Claim}s with
 * normalised attributes (Apache OpenNLP, Lucene analysis), and derives each function's
 * value-proposition {@link dev.launchlint.analyze.Term}s.
 */
package dev.launchlint.analyze;
