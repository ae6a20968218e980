package dev.launchlint.triage;

import dev.launchlint.compare.Finding;
import dev.launchlint.kit.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The findings of one audit weighed against a baseline and the kit's waivers.
 *
 * @param baselined whether a baseline was given: without one every finding not waived is new and
 *     nothing is fixed
 * @param statuses each finding's status by id; empty when there was neither a baseline nor a waiver
 * @param fixed the baseline's findings this audit no longer reports, in the baseline's order
 * @param waivers what became of each waiver, in file order
 * @param expired for a finding whose only waivers have expired, the latest expiry (the report says
 *     so); by id
 * @param known the ids of the baseline's findings
 */
public record Triage(boolean baselined, Map<String, FindingStatus> statuses, List<KnownFinding> fixed,
    List<WaiverOutcome> waivers, Map<String, LocalDate> expired, Set<String> known) {

  /** No baseline and no waivers: findings have no status and all of them count. */
  public static final Triage NONE = new Triage(false, Map.of(), List.of(), List.of(), Map.of(), Set.of());

  public Triage {
    statuses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    fixed = List.copyOf(fixed);
    waivers = List.copyOf(waivers);
    expired = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(expired));
    known = Set.copyOf(known);
  }

  /** Whether the baseline held {@code f}: SARIF's {@code baselineState} is unchanged then, new otherwise. */
  public boolean inBaseline(Finding f) {
    return known.contains(f.id());
  }

  /** Whether findings carry a status: a baseline or waivers were given. */
  public boolean active() {
    return baselined || !waivers.isEmpty();
  }

  /** The status of a finding, {@link FindingStatus#NEW} when triage is not {@link #active()}. */
  public FindingStatus status(Finding f) {
    return statuses.getOrDefault(f.id(), FindingStatus.NEW);
  }

  /** The waiver that waives {@code f}, if one does. */
  public java.util.Optional<Waiver> waiverOf(Finding f) {
    return waivers.stream().filter(o -> o.state() == WaiverOutcome.State.APPLIED && o.findings().contains(f.id()))
        .map(WaiverOutcome::waiver).findFirst();
  }

  /**
   * Weighs {@code findings} (in report order) against a baseline and waivers on {@code today}.
   *
   * @param baseline the findings of the earlier audit, or null for none
   */
  public static Triage of(List<Finding> findings, Baseline baseline, List<Waiver> waivers, LocalDate today) {
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(waivers, "waivers");
    Objects.requireNonNull(today, "today");
    if (baseline == null && waivers.isEmpty()) {
      return NONE;
    }
    Set<String> known = baseline == null ? Set.of()
        : baseline.findings().stream().map(KnownFinding::id).collect(Collectors.toSet());
    Map<String, FindingStatus> statuses = new LinkedHashMap<>();
    Map<String, LocalDate> expired = new LinkedHashMap<>();
    List<WaiverOutcome> outcomes = new ArrayList<>();
    for (Waiver w : waivers) {
      List<String> named = findings.stream().filter(f -> names(w, f)).map(Finding::id).distinct().toList();
      WaiverOutcome.State state = named.isEmpty() ? WaiverOutcome.State.UNMATCHED
          : w.activeOn(today) ? WaiverOutcome.State.APPLIED : WaiverOutcome.State.EXPIRED;
      outcomes.add(new WaiverOutcome(w, state, named));
    }
    for (Finding f : findings) {
      boolean waived = outcomes.stream()
          .anyMatch(o -> o.state() == WaiverOutcome.State.APPLIED && o.findings().contains(f.id()));
      LocalDate lapsed = outcomes.stream()
          .filter(o -> o.state() == WaiverOutcome.State.EXPIRED && o.findings().contains(f.id()))
          .map(o -> o.waiver().expires()).max(LocalDate::compareTo).orElse(null);
      FindingStatus s;
      if (waived) {
        s = FindingStatus.WAIVED;
      } else if (lapsed != null) {
        // A waiver that ran out brings its finding back as new, even one the baseline knew: the
        // team chose a date on which to look at it again.
        s = FindingStatus.NEW;
        expired.put(f.id(), lapsed);
      } else {
        s = known.contains(f.id()) ? FindingStatus.UNCHANGED : FindingStatus.NEW;
      }
      statuses.put(f.id(), s);
    }
    List<KnownFinding> fixed = baseline == null ? List.of()
        : baseline.findings().stream().filter(k -> !statuses.containsKey(k.id())).toList();
    return new Triage(baseline != null, statuses, fixed, outcomes, expired, known);
  }

  /** Whether waiver {@code w} names finding {@code f}, whether or not it has expired. */
  static boolean names(Waiver w, Finding f) {
    if (w.id() != null) {
      return w.id().equalsIgnoreCase(f.id());
    }
    return w.type().toLowerCase(Locale.ROOT).equals(f.type().id())
        && (w.attribute() == null || f.attribute() != null && w.attribute().equalsIgnoreCase(f.attribute()))
        && (w.functions().isEmpty() || w.functions().equals(f.functions()));
  }
}
