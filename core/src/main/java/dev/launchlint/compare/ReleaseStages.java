package dev.launchlint.compare;

import dev.launchlint.analyze.Claim;
import dev.launchlint.analyze.DateRef;
import dev.launchlint.analyze.ReleaseStage;
import dev.launchlint.compare.ValueConflicts.Conflict;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Release stages and dates that disagree: "generally available" against "in beta", two launch
 * dates of one feature. A stage binds to the named things of its clause, so two stages conflict
 * only when they can be of one thing. Stateless.
 */
final class ReleaseStages {

  private static final Pattern STAGE_WORDS = Pattern.compile(
      "\\b(generally available|general availability|now available|available (now|today)|now live|is live|now shipping"
          + "|production[- ]ready|GA|beta|preview|experimental|alpha|early access|limited availability|wait ?list"
          + "|invite[- ]only|in progress|underway|roadmap|coming soon|coming to|planned|in development|under development"
          + "|will (be available|ship|support|launch|arrive)|future release|in the future|upcoming)\\b",
      Pattern.CASE_INSENSITIVE);

  private ReleaseStages() {}

  /**
   * Two stages, else two dates, of the pair's aspect, when the claims speak of one feature:
   * nearly one wording, or a shared named thing and close wording.
   */
  static Optional<Disagreement> onAspect(AlignedPair p) {
    boolean oneFeature = p.sim() >= Contradictions.STAGE_SUBJECT || p.sharedEntity() && p.sim() >= Contradictions.SAME_SUBJECT;
    Optional<Conflict> values = Optional.empty();
    if (oneFeature && sameStagedSubject(p.read().staged(p.a()), p.read().staged(p.b()))) {
      values = ValueConflicts.stages(p.x().attributes().stage(), p.y().attributes().stage())
          .filter(c -> !stagesAgree(p.x(), p.y()));
    }
    if (values.isEmpty() && oneFeature) {
      values = ValueConflicts.dates(p.x().attributes().dates(), p.y().attributes().dates());
    }
    // a date is said of a feature: two sentences that name one ("RTP send follows in August
    // 2026", "RTP send reaches general availability in Q4 2026") give its date twice, in the
    // clause that names it; the other dates of either sentence are of other things
    boolean dated = !p.x().attributes().dates().isEmpty() && !p.y().attributes().dates().isEmpty();
    String name = values.isEmpty() && dated ? Names.shared(p.x().text(), p.y().text()) : null;
    if (name != null) {
      values = ValueConflicts.dates(datesNaming(p.x(), name), datesNaming(p.y(), name));
    }
    return values.map(p::found);
  }

  /** Clause marks; not the colon, which joins a date to what it is of ("Q4 2026: Visual Editor GA"). */
  private static final Pattern CLAUSE_END = Pattern.compile("[.;]\\s|[|\\u2022\\u00b7]|,\\s");

  /** The dates of {@code c} that stand in the clause naming {@code name} (lower case). */
  private static List<DateRef> datesNaming(Claim c, String name) {
    // a table row's unit keeps the cell marks its claim text drops
    String text = c.unitText().length() >= c.text().length() ? c.unitText() : c.text();
    Matcher named = Pattern.compile("\\b" + Pattern.quote(name).replace(" ", "\\E\\W+\\Q") + "\\b",
        Pattern.CASE_INSENSITIVE).matcher(text);
    if (!named.find()) {
      return List.of();
    }
    String clause = Clauses.around(text, named.start(), named.end(), CLAUSE_END);
    return c.attributes().dates().stream().filter(d -> clause.contains(d.text())).toList();
  }

  /**
   * Two release stages of one named thing: at least one claim names it in its stage clause, and
   * the other does not put its stage on something else.
   */
  static Optional<Disagreement> ofNamedThing(AlignedPair p) {
    Set<String> shared = p.sharedEntities();
    Set<String> sx = p.read().staged(p.a());
    Set<String> sy = p.read().staged(p.b());
    if (!(sx.stream().anyMatch(shared::contains) || sy.stream().anyMatch(shared::contains))
        || !sameStagedSubject(sx, sy)) {
      return Optional.empty();
    }
    Optional<Conflict> stage = ValueConflicts.stages(p.x().attributes().stage(), p.y().attributes().stage())
        .filter(c -> !stagesAgree(p.x(), p.y()));
    // Only the stage of something that ships: a planned thing against a live one is the "not
    // supported yet" of Denials.onAspect, which would report it a second time here.
    boolean planned = p.x().attributes().stage() == ReleaseStage.ROADMAP
        || p.y().attributes().stage() == ReleaseStage.ROADMAP;
    return planned ? Optional.empty() : stage.map(p::found);
  }

  /** {@link #ofNamedThing}, when both claims name the shared thing in the clause of their stage. */
  static Optional<Disagreement> ofNamedThingInBoth(AlignedPair p) {
    Set<String> shared = p.sharedEntities();
    boolean both = p.read().staged(p.a()).stream().anyMatch(shared::contains)
        && p.read().staged(p.b()).stream().anyMatch(shared::contains);
    return both ? ofNamedThing(p) : Optional.empty();
  }

  /**
   * The named things of the clause that states the claim's release stage: in "Epic and athenahealth
   * sync; Cerner in beta" only Cerner is in beta; a colon joins a stage to what it is of ("iOS
   * and Android components: beta"). Empty when the stage word is not found.
   */
  static Set<String> stagedEntities(Claim c) {
    return Clauses.entitiesAt(c, STAGE_WORDS, STAGE_CLAUSE_END);
  }

  private static final Pattern LATER = Pattern.compile(
      "\\b(?:planned|expected|scheduled|target(?:ed)?|will|roadmap|later|coming|follows?|next|depends?|once|until|after)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern STAGE_CLAUSE_END = Pattern.compile("[.;|()]|,\\s|\\bbut\\b|\\bwhile\\b");

  /**
   * Whether two claims whose stages differ agree all the same: one gives both stages, each of
   * something it names ("Offers web components are generally available; iOS and Android
   * components are in beta" against "Offers for iOS and Android (beta)"), or both say in their
   * own words that the thing is not out yet and give it one date ({@link #notYetOnOneDate}).
   */
  private static boolean stagesAgree(Claim x, Claim y) {
    return stagesIn(x).contains(y.attributes().stage()) || stagesIn(y).contains(x.attributes().stage())
        || notYetOnOneDate(x, y);
  }

  /**
   * Two ways of saying a thing is not out yet ("planned for Q1 2027", "can join the waitlist but
   * cannot enroll before Q1 2027") that give the same date agree on when it comes.
   */
  private static boolean notYetOnOneDate(Claim x, Claim y) {
    ReleaseStage sx = x.attributes().stage();
    ReleaseStage sy = y.attributes().stage();
    return sx != ReleaseStage.GA && sy != ReleaseStage.GA && !x.attributes().dates().isEmpty()
        && !y.attributes().dates().isEmpty() && ValueConflicts.dates(x.attributes().dates(), y.attributes().dates()).isEmpty();
  }

  /**
   * Every release stage a claim's words give now, the first one being its own. General
   * availability named as a noun ("general availability depends on the pilot review") or said to
   * come later ("generally available after the pilot") is not a stage of today.
   */
  private static Set<ReleaseStage> stagesIn(Claim c) {
    Set<ReleaseStage> out = java.util.EnumSet.noneOf(ReleaseStage.class);
    Matcher m = STAGE_WORDS.matcher(c.text());
    while (m.find()) {
      String w = m.group().toLowerCase(java.util.Locale.ROOT);
      if (w.equals("general availability") || LATER.matcher(Clauses.around(c.text(), m.start(), m.end(), STAGE_CLAUSE_END)).find()) {
        continue;
      }
      out.add(w.equals("beta") ? ReleaseStage.BETA
          : w.equals("preview") || w.equals("experimental") ? ReleaseStage.PREVIEW
          : w.matches("alpha|early access|limited availability|wait ?list|invite[- ]only") ? ReleaseStage.EARLY_ACCESS
          : w.matches("generally available|now available|available (now|today)|now live|is live"
              + "|now shipping|production[- ]ready|ga") ? ReleaseStage.GA
          : ReleaseStage.ROADMAP);
    }
    return out;
  }

  /**
   * Whether two release stages speak of one thing: when both claims name what their stage applies
   * to, those things must meet ("Epic is generally available" does not contradict "Cerner in beta").
   */
  private static boolean sameStagedSubject(Set<String> sx, Set<String> sy) {
    if (sx.isEmpty() || sy.isEmpty()) {
      return true;
    }
    return sx.stream().anyMatch(sy::contains);
  }

  /** Whether the claim says its certification or feature is not there yet. */
  static boolean pending(Claim c) {
    return ValueConflicts.inProgress(c.text()) || c.attributes().stage() == ReleaseStage.ROADMAP;
  }

  /** A claim that puts its subject on the roadmap: the named thing stands in the clause that says so. */
  static boolean planned(Claim c, Set<String> staged, Claim other) {
    if (c.attributes().stage() != ReleaseStage.ROADMAP) {
      return false;
    }
    return other.attributes().entities().stream().anyMatch(staged::contains);
  }
}
