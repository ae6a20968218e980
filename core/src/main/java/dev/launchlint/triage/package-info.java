/**
 * Triage: what of an audit is new. Takes the findings of a report, the waivers of the kit's
 * {@code launchlint.yml} ({@link dev.launchlint.kit.Waivers}) and optionally a baseline (the
 * findings of an earlier audit, {@link dev.launchlint.triage.Baseline}); gives each finding a
 * {@link dev.launchlint.triage.FindingStatus status} (new, unchanged, waived), the baseline's
 * findings no longer found (fixed), and what became of each waiver ({@link
 * dev.launchlint.triage.Triage}). Only new findings fail a run.
 */
package dev.launchlint.triage;
