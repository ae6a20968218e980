/**
 * Eval: scores audits against labelled kits ({@code expected.json}): precision, recall and F1 per
 * finding type and overall, and stage accuracy.
 */
package dev.launchlint.eval;
