package dev.launchlint.report;

import dev.launchlint.compare.Finding;
import dev.launchlint.compare.SheetCoverage;
import dev.launchlint.compare.SheetFact;
import dev.launchlint.kit.Waiver;
import dev.launchlint.triage.FindingStatus;
import dev.launchlint.triage.KnownFinding;
import dev.launchlint.triage.Triage;
import dev.launchlint.triage.WaiverOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words every format uses for a report's triage (baseline and waivers) and its fact sheet,
 * unescaped: each renderer escapes them its own way.
 */
final class Triaged {

  private Triaged() {}

  /** A finding's status as a short tag ("new", "unchanged", "waived"), empty without baseline or waivers. */
  static String tag(Report r, Finding f) {
    Triage t = r.triage();
    if (!t.active()) {
      return "";
    }
    LocalDate lapsed = t.expired().get(f.id());
    return t.status(f).id() + (lapsed == null ? "" : ", waiver expired " + lapsed);
  }

  /** For a waived finding: who waived it, why and until when; empty otherwise. */
  static String waiver(Report r, Finding f) {
    Optional<Waiver> w = r.triage().waiverOf(f);
    return w.map(x -> "Waived until " + x.expires() + " by " + x.owner() + ": " + x.reason()).orElse("");
  }

  /** One line counting the findings by status, empty without baseline or waivers. */
  static String counts(Report r) {
    Triage t = r.triage();
    if (!t.active()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (FindingStatus s : FindingStatus.values()) {
      if (s == FindingStatus.UNCHANGED && !t.baselined()) {
        continue;
      }
      parts.add(r.findings().stream().filter(f -> r.status(f) == s).count() + " " + s.id());
    }
    if (t.baselined()) {
      parts.add(t.fixed().size() + " fixed");
    }
    return (t.baselined() ? "Against the baseline: " : "With waivers: ") + String.join(", ", parts);
  }

  /** The baseline's findings no longer found, one line each. */
  static List<String> fixed(Report r) {
    List<String> out = new ArrayList<>();
    for (KnownFinding k : r.triage().fixed()) {
      out.add(k.severity().id() + " " + k.type().id() + ": " + k.summary() + " (id " + k.id() + ")");
    }
    return out;
  }

  /** The waivers worth a look: expired ones and those that match nothing. */
  static List<String> waiverNotes(Report r) {
    List<String> out = new ArrayList<>();
    for (WaiverOutcome o : r.triage().waivers()) {
      if (o.state() != WaiverOutcome.State.APPLIED) {
        out.add("Waiver " + o.describe());
      }
    }
    return out;
  }

  /** The fact sheet in a few lines: which, how many facts, its problems, the facts nothing states. */
  static List<String> sheet(Report r) {
    SheetCoverage s = r.sheet();
    List<String> out = new ArrayList<>();
    if (!s.present()) {
      return out;
    }
    if (s.path() != null) {
      out.add("Fact sheet " + s.path() + ": " + Wording.count(s.facts(), "fact") + " checked against every document");
    }
    s.problems().forEach(p -> out.add("Fact sheet problem: " + p));
    for (SheetFact f : s.unstated()) {
      out.add("Not stated in any marketing or sales document: " + f.fact() + " = " + f.value() + " (row " + f.row()
          + (f.owner() == null ? "" : ", owner " + f.owner()) + ")");
    }
    return out;
  }

  /** Everything above but the per-finding tags, in the order the reports show it. */
  static List<String> lines(Report r) {
    List<String> out = new ArrayList<>();
    String counts = counts(r);
    if (!counts.isEmpty()) {
      out.add(counts);
    }
    fixed(r).forEach(x -> out.add("Fixed: " + x));
    out.addAll(waiverNotes(r));
    out.addAll(sheet(r));
    return out;
  }
}
