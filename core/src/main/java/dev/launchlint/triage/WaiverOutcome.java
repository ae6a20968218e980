package dev.launchlint.triage;

import dev.launchlint.kit.Waiver;
import java.util.List;
import java.util.Objects;

/**
 * What became of one waiver in an audit.
 *
 * @param findings the ids of the findings it names, in report order; empty when it is unmatched
 */
public record WaiverOutcome(Waiver waiver, State state, List<String> findings) {

  /** Whether a waiver applied, expired on findings it names, or named nothing. */
  public enum State {
    /** Active, and it names at least one finding: those are waived. */
    APPLIED,
    /** It names findings but expired: they are new again. */
    EXPIRED,
    /** It names no finding of the audit (fixed, or a stale id): worth removing. */
    UNMATCHED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public WaiverOutcome {
    Objects.requireNonNull(waiver, "waiver");
    Objects.requireNonNull(state, "state");
    findings = List.copyOf(findings);
    if (state == State.UNMATCHED != findings.isEmpty()) {
      throw new IllegalArgumentException(state.id() + " waiver with findings " + findings + ": " + waiver.target());
    }
  }

  /** One line for a report: what it names, who owns it, why, until when. */
  public String describe() {
    String base = waiver.target() + " (owner " + waiver.owner() + ", " + waiver.reason() + ")";
    return switch (state) {
      case APPLIED -> "waives " + base + " until " + waiver.expires();
      case EXPIRED -> "expired on " + waiver.expires() + ": " + base;
      case UNMATCHED -> "matches no finding: " + base + ", expires " + waiver.expires();
    };
  }
}
