/**
 * Score: from findings and terms, the divergence of each pair of functions, the kit's alignment
 * index and its {@link dev.launchlint.score.Stage}.
 */
package dev.launchlint.score;
