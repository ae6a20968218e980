package dev.launchlint.compare;

import dev.launchlint.analyze.Attributes;
import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.ClaimType;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contradictions: aligned claims (of two functions, or of two documents of one function) whose
 * values cannot both be true. Each pair of aligned claims ({@link AlignedPair}) is put to the kinds
 * in turn, and the first that finds a conflict gives the pair's disagreement:
 *
 * <ul>
 *   <li>on one aspect: prices and figures ({@link FigureConflicts}), else release stages and dates
 *       ({@link ReleaseStages}); a certification against one in progress ({@link Certifications}); a
 *       limit against "unlimited" ({@link Limits}); supported against not supported ({@link
 *       Denials});
 *   <li>on a shared named thing, whatever the aspects: its oldest supported version ({@link
 *       VersionFloors}), "only" here against a list or one plan against every plan ({@link
 *       Availability}), its release stage, or a denial of it;
 *   <li>two counts of one named unit for one plan ({@link FigureConflicts#samePlanCounts});
 *   <li>two figures of one named measure in clauses about one matter ({@link
 *       FigureConflicts#sameNamedMeasure}).
 * </ul>
 *
 * <p>What the kinds read of each claim is read once ({@link Readings}); the disagreements found
 * are judged and grouped into findings by {@link Disagreements}. Stateless apart from the claims
 * it marks as contradicted.
 */
final class Contradictions {

  /** Similarity two claims of one aspect need before their values are compared. */
  static final double SAME_ASPECT = 0.15;
  /** Similarity two claims without a common aspect key need. */
  static final double NO_ASPECT = 0.35;
  /** Similarity for word-level conflicts (supported vs not, stage of a feature). */
  static final double SAME_SUBJECT = 0.30;
  /** Similarity for release stages and dates of one feature when no named thing is shared. */
  static final double STAGE_SUBJECT = 0.45;
  /** Similarity of claims that say nearly the same thing. */
  static final double NEAR_SAME = 0.40;
  /** Similarity two documents of one function need: they repeat each other more than functions do. */
  static final double SAME_FUNCTION = 0.35;
  /** Similarity needed when one claim names a plan and the other none in a kit of several plans. */
  static final double PLAN_UNCLEAR = 0.45;

  /** Statements whose pairs are tested before their conflicts are merged. */
  private static final int CHUNK = 2048;

  private Contradictions() {}

  /**
   * Whether a claim states anything another could contradict: a price, a figure, a date, a
   * release stage, a certification, "unlimited", a named thing (supported or not), or a feature it
   * denies by name. Every kind needs one of these on one side at least.
   */
  static boolean mayConflict(Claim c) {
    Attributes a = c.attributes();
    return !a.prices().isEmpty() || !a.quantities().isEmpty() || !a.dates().isEmpty() || a.stage() != null
        || !a.entities().isEmpty() || c.type() == ClaimType.COMPLIANCE || Limits.unlimited(c)
        || !Denials.deniedFeatures(c).isEmpty();
  }

  /** A contradiction candidate with how well its claims align, so the best pair per conflict wins. */
  private record Candidate(Disagreement found, int[] left, int[] right) {}

  static List<Finding> find(ClaimIndex index, KitView view, Set<Integer> contradicted) {
    List<Claim> claims = index.claims();
    Readings read = new Readings(new Plans(view, claims), view, index);
    List<List<int[]>> variants = Spread.indices(index.statements())
        .mapToObj(s -> read.variants(index.members(s)))
        .toList();
    // The pairs of each statement are tested apart, spread over the audit's threads, and their
    // conflicts merged in statement order: the same findings whatever the timing. A chunk of
    // statements at a time, so that a large kit's candidate conflicts (hundreds of thousands, a
    // few findings once merged) are never all held at once.
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (int from = 0; from < index.statements(); from += CHUNK) {
      int first = from;
      List<List<Candidate>> found = Spread.indices(Math.min(CHUNK, index.statements() - from))
          .mapToObj(k -> conflictsOf(index, read, variants, first + k))
          .toList();
      for (List<Candidate> ofStatement : found) {
        for (Candidate c : ofStatement) {
          best.merge(dedupKey(c.found), c,
              (prev, next) -> next.found.similarity() > prev.found.similarity() ? next : prev);
        }
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Candidate c : best.values()) {
      // Only the best pair of each conflict is quoted: building evidence for every candidate
      // pair (thousands in a large kit) was most of the comparator's time.
      out.add(c.found);
    }
    List<Finding> findings = Disagreements.findings(out,
        KitFacts.of(claims, read::prices, read::measured, index::similarity, read.plans::in));
    // A claim is contradicted when a finding shown by default quotes it: a disagreement judged
    // unlikely ("one number is the unit a rate is taken per") does not stand for what else the
    // statement says ("Never lose a load ... again").
    Set<String> quoted = new HashSet<>();
    findings.stream().filter(Finding::confident).flatMap(f -> f.evidence().stream()).forEach(e -> quoted.add(e.text()));
    for (Candidate c : best.values()) {
      for (int[] side : new int[][] {c.left, c.right}) {
        // one side is one statement in its copies: quoted once, it is contradicted in all
        if (java.util.Arrays.stream(side).anyMatch(i -> quoted.contains(Quotes.collapse(claims.get(i).unitText())))) {
          java.util.Arrays.stream(side).forEach(contradicted::add);
        }
      }
    }
    return findings;
  }

  /**
   * One disagreement per aspect, functions and pair of values, also within one function: the
   * same two figures in ten documents are one thing to fix, not forty-five pairs to read.
   */
  private static String dedupKey(Disagreement d) {
    List<BusinessFunction> functions = List.of(d.x().function(), d.y().function());
    String values = List.of(norm(d.vx()), norm(d.vy())).stream().sorted().toList().toString();
    return d.aspect().toLowerCase(Locale.ROOT) + "|" + functions + "|" + values;
  }

  /**
   * A value as the key of its disagreement. "Coming soon" against "generally available" and "not
   * supported" against "supported" say the same thing of one feature (there today or not), and
   * two documents of one function often say it both ways: one thing to fix.
   */
  private static String norm(String v) {
    StringBuilder squeezed = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      // what \s matches without Unicode classes
      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\u000B' && ch != '\f' && ch != '\r') {
        squeezed.append(ch);
      }
    }
    String n = squeezed.toString().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "comingsoon", "notsupported" -> "absent";
      case "generallyavailable", "supported" -> "present";
      default -> n;
    };
  }

  /**
   * The conflicts of statement {@code s}: among its own variants (one sentence under two plans),
   * then with its candidate statements, in candidate order. Every claim of a variant reads the
   * same to the pair tests, so one pair of claims stands for all of two variants' pairs.
   */
  private static List<Candidate> conflictsOf(ClaimIndex index, Readings read, List<List<int[]>> variants, int s) {
    List<Candidate> out = new ArrayList<>(0);
    List<int[]> own = variants.get(s);
    for (int v = 0; v < own.size(); v++) {
      for (int w = v + 1; w < own.size(); w++) {
        test(index, read, own.get(v), own.get(w)).ifPresent(out::add);
      }
    }
    for (int t : index.candidateStatements(s)) {
      // Each pair of statements once, where it is first met.
      if (t < s && index.isCandidate(t, s)) {
        continue;
      }
      for (int[] v : own) {
        for (int[] w : variants.get(t)) {
          test(index, read, v, w).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** The pair test of two variants, on their first claims that stand in comparable places. */
  private static Optional<Candidate> test(ClaimIndex index, Readings read, int[] v, int[] w) {
    for (int a : v) {
      for (int b : w) {
        Claim x = index.claim(a);
        Claim y = index.claim(b);
        if (!comparablePlaces(x, y)) {
          continue;
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        double sim = index.similarity(lo, hi);
        if (x.function() == y.function() && sim < SAME_FUNCTION) {
          return Optional.empty();
        }
        Claim first = index.claim(lo);
        return conflict(new AlignedPair(index, read, first, index.claim(hi), lo, hi, sim))
            .map(c -> new Candidate(c.at(sim, c.x() == first ? lo : hi, c.x() == first ? hi : lo),
                lo == a ? v : w, lo == a ? w : v));
      }
    }
    return Optional.empty();
  }

  /** Claims of two functions, or of two documents of one function; never two claims of one unit. */
  private static boolean comparablePlaces(Claim x, Claim y) {
    if (x.function() != y.function()) {
      return true;
    }
    return !x.path().equals(y.path());
  }

  private static Optional<Disagreement> conflict(AlignedPair p) {
    return onAspect(p).or(() -> aboutNamedThing(p)).or(() -> FigureConflicts.samePlanCounts(p))
        .or(() -> FigureConflicts.sameNamedMeasure(p)).or(() -> Denials.ofDeniedFeature(p));
  }

  private static Optional<Disagreement> onAspect(AlignedPair p) {
    if (p.differentAspects()) {
      return Optional.empty();
    }
    // Below the lowest threshold only two certifications of one named thing can still conflict.
    if (p.sim() < SAME_ASPECT && !Certifications.about(p)) {
      return Optional.empty();
    }
    Optional<Disagreement> values = p.valuesAligned()
        ? FigureConflicts.onAspect(p).or(() -> ReleaseStages.onAspect(p))
        : Optional.empty();
    return values.or(() -> Certifications.heldAgainstPending(p))
        .or(() -> Limits.againstUnlimited(p))
        .or(() -> p.sameSubject() ? Denials.onAspect(p) : Optional.empty());
  }

  /**
   * What one function says of a named thing that another states otherwise. The aspect keys and
   * the wording of the two claims often differ here ("The athenahealth integration is generally
   * available" against "athenahealth: beta with five pilot clinics"; "BigCommerce is not supported
   * in 2.0" against "runs on Shopify Plus, WooCommerce and BigCommerce"), so the subject is the
   * shared named thing, not the aspect.
   */
  private static Optional<Disagreement> aboutNamedThing(AlignedPair p) {
    if (p.x().function() == p.y().function() || !p.sharedEntity()) {
      return Optional.empty();
    }
    Optional<Disagreement> certification = Certifications.ofNamedCertification(p);
    if (certification.isPresent()) {
      return certification;
    }
    if (p.sim() < SAME_ASPECT) {
      // Two stages each said of the named thing in its own clause ("Native iOS and Android apps
      // are available today", "Android app: public beta") are its stage twice, however little
      // else the sentences share.
      return ReleaseStages.ofNamedThingInBoth(p);
    }
    return VersionFloors.conflict(p)
        .or(() -> p.differentAspects() ? Certifications.ofListedCertification(p) : Optional.empty())
        .or(() -> Availability.onlyAgainstList(p))
        .or(() -> Availability.onePlanAgainstAll(p))
        .or(() -> ReleaseStages.ofNamedThing(p))
        .or(() -> Denials.ofNamedThing(p));
  }
}
