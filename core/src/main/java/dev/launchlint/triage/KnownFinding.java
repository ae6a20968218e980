package dev.launchlint.triage;

import dev.launchlint.compare.Finding;
import dev.launchlint.compare.FindingType;
import dev.launchlint.compare.Severity;
import dev.launchlint.kit.BusinessFunction;
import java.util.List;
import java.util.Objects;

/**
 * A finding as an earlier audit recorded it (a baseline or an older report): enough to list it as
 * fixed and to follow it by id.
 *
 * @param attribute may be null
 */
public record KnownFinding(String id, FindingType type, Severity severity, List<BusinessFunction> functions,
    String attribute, String summary) {

  public KnownFinding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    functions = functions.stream().distinct().sorted().toList();
  }

  /** What a baseline keeps of a finding. */
  public static KnownFinding of(Finding f) {
    return new KnownFinding(f.id(), f.type(), f.severity(), f.functions(), f.attribute(), f.summary());
  }
}
