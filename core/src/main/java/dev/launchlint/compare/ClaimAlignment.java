package dev.launchlint.compare;

import dev.launchlint.analyze.AnalyzedKit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The standard comparator: indexes the kit's claims ({@link ClaimIndex}: Lucene BM25 with the
 * launch vocabulary), aligns each claim with the claims of the other functions, and runs the
 * detectors: contradictions first (a contradicted claim is not also reported as unsupported),
 * then unbacked customer-facing claims (overpromises, unsupported claims), omissions,
 * terminology and positioning drift. Stateless: each call builds its own index.
 */
final class ClaimAlignment implements Comparison {

  static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::severity)
      .thenComparing(Finding::type)
      .thenComparing(Finding::id);

  @Override
  public List<Finding> compare(AnalyzedKit kit) {
    KitView view = new KitView(kit);
    return findings(kit, view, new Themes(view));
  }

  @Override
  public List<Pillar> pillars(AnalyzedKit kit) {
    KitView view = new KitView(kit);
    return Drift.pillars(new Themes(view), view);
  }

  /** One view and one reading of the themes for both: the themes cost as much as a detector. */
  @Override
  public Result align(AnalyzedKit kit) {
    return align(kit, Preparation.NONE);
  }

  /** The units' terms, which the themes read, are analysed as the documents are read. */
  @Override
  public Preparation prepare() {
    return new UnitTerms.Prepared();
  }

  @Override
  public Result align(AnalyzedKit kit, Preparation prepared) {
    KitView view = new KitView(kit);
    Themes themes;
    if (prepared instanceof UnitTerms.Prepared p) {
      themes = new Themes(view, p);
      p.release();
    } else {
      themes = new Themes(view);
    }
    return new Result(findings(kit, view, themes), Drift.pillars(themes, view));
  }

  private static List<Finding> findings(AnalyzedKit kit, KitView view, Themes themes) {
    // The detectors of the themes do not need the claim index: they run beside it.
    Supplier<List<Finding>> drift = Spread.aside(() -> Drift.terminology(view, themes));
    Supplier<List<Finding>> positioning = Spread.aside(() -> Drift.positioning(themes, view));
    ClaimIndex index = new ClaimIndex(kit.claims(), c -> Contradictions.mayConflict(c) || Coverage.needsBackers(c));
    Set<Integer> contradicted = new HashSet<>();
    List<Finding> out = new ArrayList<>(Contradictions.find(index, view, contradicted));
    // a capability another function names differently is renamed: neither left out nor unbacked
    Set<String> renamed = Drift.names(drift.get());
    out.addAll(Coverage.unbacked(index, view, themes, contradicted, renamed));
    out.addAll(Omissions.find(view, themes, renamed));
    out.addAll(drift.get());
    out.addAll(positioning.get());
    // Findings built from different claims may still quote the same evidence; keep one.
    Set<String> ids = new HashSet<>();
    return out.stream().filter(f -> ids.add(f.id())).sorted(REPORT_ORDER).toList();
  }
}
