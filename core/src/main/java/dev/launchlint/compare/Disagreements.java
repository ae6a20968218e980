package dev.launchlint.compare;

import dev.launchlint.analyze.ClaimType;
import dev.launchlint.analyze.DateRef;
import dev.launchlint.analyze.Quantity;
import dev.launchlint.compare.ValueConflicts.Measured;
import dev.launchlint.kit.BusinessFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the disagreements the pair tests found into findings: each is judged with its facts'
 * scope and against what the rest of the kit states ({@link KitFacts}), which gives it a
 * confidence and a reason; then every disagreement on one contested fact becomes one finding with
 * all its evidence, whatever the number of documents and functions that state it. Stateless.
 */
final class Disagreements {

  private Disagreements() {}

  /** How sure a disagreement is, and why, in one line a marketer can check. */
  private record Verdict(double confidence, String reason) {}

  /** The findings of {@code found}, in the order of their first disagreement. */
  static List<Finding> findings(List<Disagreement> found, KitFacts facts) {
    List<Judged> judged = Spread.indices(found.size()).mapToObj(i -> judge(found.get(i), facts)).toList();
    // Disagreements on one contested fact share a node: its attribute and subject with one of
    // its values, or for a value in words, the thing it is said of.
    Map<String, Integer> nodes = new HashMap<>();
    int[] parent = new int[judged.size()];
    for (int i = 0; i < judged.size(); i++) {
      parent[i] = i;
      for (String node : judged.get(i).nodes()) {
        Integer j = nodes.putIfAbsent(node, i);
        if (j != null) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    joinUnscoped(judged, parent);
    Map<Integer, List<Judged>> groups = new LinkedHashMap<>();
    for (int i = 0; i < judged.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(judged.get(i));
    }
    return groups.values().stream().map(Disagreements::finding).toList();
  }

  /**
   * A disagreement read without a plan ("8 therapy sessions" against "twelve therapy sessions")
   * joins the one on the same two values read with a plan ("The Complete plan includes 8 therapy
   * sessions"), when only one plan's disagreement has them: the same two statements make one
   * finding, not one per reading.
   */
  private static void joinUnscoped(List<Judged> judged, int[] parent) {
    Map<List<String>, Set<String>> subjects = new HashMap<>();
    Map<List<String>, Integer> scoped = new HashMap<>();
    for (int i = 0; i < judged.size(); i++) {
      Judged j = judged.get(i);
      if (j.subject() != null) {
        List<String> values = unscoped(j);
        subjects.computeIfAbsent(values, k -> new HashSet<>()).add(j.subject());
        scoped.putIfAbsent(values, i);
      }
    }
    for (int i = 0; i < judged.size(); i++) {
      Judged j = judged.get(i);
      if (j.subject() == null && j.d().valued() && !(j.d().valueX() instanceof dev.launchlint.analyze.ReleaseStage)) {
        List<String> values = unscoped(j);
        if (subjects.getOrDefault(values, Set.of()).size() == 1) {
          parent[find(parent, i)] = find(parent, scoped.get(values));
        }
      }
    }
  }

  /** A disagreement's two values with their functions, in a fixed order, whatever plan it was read of. */
  private static List<String> unscoped(Judged j) {
    Disagreement d = j.d();
    String x = norm(d.vx()) + "|" + d.x().function();
    String y = norm(d.vy()) + "|" + d.y().function();
    return x.compareTo(y) <= 0 ? List.of(x, y) : List.of(y, x);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** A disagreement with its verdict and the label of what it contests. */
  private record Judged(Disagreement d, Verdict verdict, String label, String subject, List<String> nodes) {}

  private static Judged judge(Disagreement d, KitFacts facts) {
    if (!d.valued() || d.valueX() instanceof dev.launchlint.analyze.ReleaseStage) {
      String about = d.aspect().toLowerCase(Locale.ROOT);
      String group = switch (d.kind()) {
        case "support", "stage", "certification" -> "presence";
        default -> d.kind();
      };
      // One statement that says one thing is one side of one disagreement, whatever aspect the
      // pair was read under ("Release date" or "Visual Editor").
      return new Judged(d, inWords(d, facts), d.aspect(), null, List.of(group + "|" + about,
          group + "|" + d.x().path() + "#" + d.x().start() + "|" + norm(d.vx()),
          group + "|" + d.y().path() + "#" + d.y().start() + "|" + norm(d.vy())));
    }
    Fact fx = facts.fact(d.x(), d.valueX(), d.vx());
    Fact fy = facts.fact(d.y(), d.valueY(), d.vy());
    String label = label(d, fx);
    String subject = fx.subject() != null && fx.subject().equals(fy.subject()) ? fx.subject() : null;
    // What a figure measures decides whether two are compared; one side's silence on it does not
    // make a second disagreement of the same two values.
    String measure = fx.attribute().replaceFirst("^(number\\|[^|]*\\|[^|]*)\\|.*$", "$1");
    String key = measure + "|" + (subject == null ? "" : subject) + "|";
    List<String> nodes = List.of(key + norm(d.vx()) + "|" + d.x().function(), key + norm(d.vy()) + "|" + d.y().function());
    return new Judged(d, valued(d, fx, fy, label, subject, facts), label, subject, nodes);
  }

  /** The verdict on two values as read: their scope first, then the rest of the kit. */
  private static Verdict valued(Disagreement d, Fact fx, Fact fy, String label, String subject, KitFacts facts) {
    if (fx.before() || fy.before()) {
      return new Verdict(0.15, "one figure is the value before a change, the other the value after it");
    }
    if (fx.theirs() != fy.theirs()) {
      return new Verdict(0.2, "one figure is a competitor's or one customer's, not the offering's own");
    }
    if (fx.variant() != null && fy.variant() != null && !fx.variant().equals(fy.variant())) {
      return new Verdict(0.15, fx.variant() + " against " + fy.variant() + ": two different measures");
    }
    if (fx.denominator() || fy.denominator()) {
      return new Verdict(0.2, "one number is the unit a rate is taken per, not a fact of its own");
    }
    if (fx.rate() != null && fy.rate() != null && !fx.rate().equals(fy.rate())) {
      return new Verdict(0.15, "one figure is per " + fx.rate() + ", the other per " + fy.rate());
    }
    if (fx.billing() != null && fy.billing() != null && !fx.billing().equals(fy.billing())) {
      return new Verdict(0.2, "one price is billed by the " + fx.billing() + ", the other by the " + fy.billing());
    }
    if (!java.util.Objects.equals(fx.terms(), fy.terms())) {
      return new Verdict(0.2, "one price is " + (fx.terms() == null ? fy.terms() : fx.terms()).replace("offer",
          "an introductory or discounted offer").replace("difference", "an amount added or taken off")
          + ", the other the list price");
    }
    BusinessFunction a = d.x().function();
    BusinessFunction b = d.y().function();
    // A date is said of a feature: two dates of one named feature ("Elevator integration for
    // multi-floor missions") are its date twice, whatever other dates the kit gives.
    String name = fx.value() instanceof DateRef && a != b ? Names.shared(d.x().text(), d.y().text()) : null;
    if (name != null && !DATE_WORD.matcher(name).find()) {
      String bx = wordBefore(d.x().text(), name);
      String by = wordBefore(d.y().text(), name);
      return bx != null && by != null && !bx.equals(by)
          ? new Verdict(0.25, "the dates are of two different " + name + "s: " + bx + " and " + by)
          : new Verdict(0.75, "both give the date of " + name);
    }
    boolean aSaysY = a != b && facts.states(a, fy, subject, d.a(), d.b());
    if (aSaysY || a != b && facts.states(b, fx, subject, d.a(), d.b())) {
      BusinessFunction both = aSaysY ? a : b;
      return new Verdict(0.25, both.id() + " also gives " + (both == a ? d.vy() : d.vx())
          + " elsewhere: the two values belong to different plans, periods or cases");
    }
    if (d.a() >= 0 && d.b() >= 0 && !sameSlot(d) && (facts.agreeElsewhere(d.a(), d.b(), fx)
        || facts.agreeElsewhere(d.a(), d.b(), fy))) {
      return new Verdict(0.3, "the two statements agree on another " + label + " and list this one for something else");
    }
    double confidence = 0.45;
    String reason = null;
    if (subject != null) {
      confidence += 0.3;
      reason = "both give the " + title(subject) + " plan's " + label;
    } else if (a != b && facts.only(a, fx) && facts.only(b, fy)) {
      confidence += 0.25;
      reason = "each function gives one " + label + " throughout: " + a.id() + " " + d.vx() + ", " + b.id() + " "
          + d.vy();
    }
    if (d.similarity() >= NEAR_PARAPHRASE) {
      // The same sentence but for the value is about the same thing beyond doubt.
      confidence += d.similarity() >= SAME_SENTENCE ? 0.3 : 0.15;
      if (reason == null) {
        reason = d.similarity() >= SAME_SENTENCE ? "the two statements are the same sentence but for the " + label
            : "the two statements say nearly the same thing of the " + label;
      }
    }
    if ((fx.variant() == null) != (fy.variant() == null) || (fx.billing() == null) != (fy.billing() == null)
        || (fx.rate() == null) != (fy.rate() == null)) {
      confidence -= 0.1;
    }
    // Only one side says what its figure measures ("30% of paying accounts" against "save 20%").
    if (fx.value() instanceof Measured mx && fy.value() instanceof Measured my
        && mx.what().isEmpty() != my.what().isEmpty() && unnamed(mx.quantity())) {
      confidence -= 0.15;
    }
    // Two documents of one function repeat each other more than functions do; their figures
    // differ more often by case (a table row and a story) than by mistake.
    if (a == b) {
      confidence -= 0.1;
    }
    if (reason == null) {
      reason = "possibly not the same thing: the kit gives several values of the " + label
          + " and neither statement names a plan";
    }
    return new Verdict(Math.max(0, Math.min(0.95, confidence)), reason);
  }

  private static final Pattern DATE_WORD = Pattern.compile(
      "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|\\bq[1-4]\\b|\\b(?:updated|dated|date|due|deadline|until|by)\\b");

  private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}]+)[^\\p{L}\\p{N}|:.;]*$");

  /** The word right before a two-word name in {@code text} (the name's first place), or null. */
  private static String wordBefore(String text, String name) {
    String lower = text.toLowerCase(Locale.ROOT);
    String[] parts = name.split(" ");
    var at = Pattern.compile("\\b" + Pattern.quote(parts[0]) + "\\W+" + Pattern.quote(parts[1]) + "\\b").matcher(lower);
    if (!at.find()) {
      return null;
    }
    var last = LAST_WORD.matcher(lower.substring(Math.max(0, at.start() - 30), at.start()));
    return last.find() ? last.group(1) : null;
  }

  private static final Pattern AFTER_WORDS = Pattern.compile("^[^.;!?|]*");
  private static final Set<String> GLUE = Set.of("the", "a", "an", "of", "for", "and", "or", "is", "are", "to", "with",
      "on", "in", "per", "at", "by", "from", "your", "our", "their", "its");

  /**
   * Whether the two values are said of the same thing, as far as the words right after them tell:
   * "$179 for the thermostat" and "$199 for the thermostat" are; "keeps 30%." and "100% of revenue
   * from sponsors" are not.
   */
  private static boolean sameSlot(Disagreement d) {
    Set<String> x = wordsAfter(d.x().text(), d.vx());
    Set<String> y = wordsAfter(d.y().text(), d.vy());
    return x.isEmpty() && y.isEmpty() || x.stream().anyMatch(y::contains);
  }

  private static Set<String> wordsAfter(String text, String value) {
    int at = text.indexOf(value);
    Set<String> out = new LinkedHashSet<>();
    if (at < 0) {
      return out;
    }
    var tail = AFTER_WORDS.matcher(text.substring(at + value.length()));
    if (tail.find()) {
      for (String w : tail.group().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (!w.isEmpty() && !GLUE.contains(w) && out.size() < 4) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** A percentage or a count of nothing named: only its words say what it measures. */
  private static boolean unnamed(Quantity q) {
    return "percent".equals(q.dimension()) || "count".equals(q.dimension()) && q.unit().isEmpty();
  }

  /** Statements this close in wording say the same thing, so their values are of one fact. */
  static final double NEAR_PARAPHRASE = 0.5;
  static final double SAME_SENTENCE = 0.65;

  /** A stage said to come later: "general availability in Q4 (target)", "GA is planned for". */
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(?:target(?:ed)?|planned|expected|scheduled|will (?:be|become|reach)|later this year|roadmap|until then"
          + "|(?:reach|reaches|becomes?|moves? to|graduates? to)\\s+general(?:ly)? availab\\w*)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A question that holds the negation: "What is not included in Growth?", "What doesn't Solo include?". */
  private static final Pattern QUESTION_NOT = Pattern.compile(
      "\\b(?:not|n't|never)\\b[^.?!|]{0,80}\\?", Pattern.CASE_INSENSITIVE);
  /** A cell or clause that says a thing is there: "Included", "Available", "Yes". */
  private static final Pattern AFFIRMED = Pattern.compile(
      "(?:^|\\|)\\s*(?:included|available|yes|add-on|✓|✔)\\b", Pattern.CASE_INSENSITIVE);

  /** A cell that is a figure: the row gives numbers for some columns. */
  private static final Pattern LIMIT_CELL = Pattern.compile("\\|\\s*[\\d.,]+\\s*(?:[\\p{L}%]+\\s*)?(?:\\||$)");

  private static final Pattern NEGATED_CELL = Pattern.compile("\\b(?:not|no|n't|without|none)\\b|^\\s*[-\u2013\u2014\u2717\u2718]\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** A table row whose cells after the first say no in some columns and something else in others. */
  private static boolean mixedRow(String row) {
    String[] cells = row.split(" \\| ");
    boolean no = false;
    boolean other = false;
    for (int i = 1; i < cells.length; i++) {
      if (NEGATED_CELL.matcher(cells[i]).find()) {
        no = true;
      } else if (!cells[i].isBlank()) {
        other = true;
      }
    }
    return no && other;
  }

  /** "Q4 2026: general availability (target)": general availability said to come later. */
  private static boolean laterGa(dev.launchlint.analyze.Claim c, Object stage) {
    return stage == dev.launchlint.analyze.ReleaseStage.GA && FUTURE.matcher(c.text()).find();
  }

  /**
   * Whether {@code name} stands outside the denial of {@code text}: "ERPs other than NetSuite are
   * not supported" denies every ERP but NetSuite; "Insights is not part of Community" denies
   * Insights, not Community; "Brushed Gold sizes 12 and 13 are not offered" denies two sizes.
   */
  static boolean excepted(String text, String name) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(name);
    if (at < 0) {
      return false;
    }
    String lead = lower.substring(Math.max(0, at - 80), at);
    String tail = lower.substring(at + name.length(), Math.min(lower.length(), at + name.length() + 40));
    return EXCEPT.matcher(lead).find() || CONTAINER.matcher(lead).find() || PART.matcher(tail).find();
  }

  /**
   * Whether {@code text} adds what it lists to one of {@code plans} ("Everything in Clinic, plus
   * REST API and SAML single sign-on"): what it lists is of a larger plan, not of that one.
   */
  private static boolean addedTo(String text, Set<String> plans) {
    String lower = text.toLowerCase(Locale.ROOT);
    return plans.stream().anyMatch(plan -> Pattern.compile("\\b" + Pattern.quote(plan) + "(?:\\s+plan)?\\s*,?\\s+(?:plus|\\+)\\s")
        .matcher(lower).find());
  }

  /** "other than NetSuite, Sage Intacct and ": the name stands in the list the denial leaves out. */
  private static final Pattern EXCEPT = Pattern.compile("\\b(?:other than|except(?: for)?|apart from|besides|but not)\\s+"
      + "(?:the\\s+)?(?:[\\p{L}\\p{N}.'-]+(?:\\s+[\\p{L}\\p{N}.'-]+){0,2}(?:,\\s*|\\s+and\\s+|\\s+or\\s+))*"
      + "(?:[\\p{L}\\p{N}.'-]+\\s+){0,2}$");
  private static final Pattern CONTAINER = Pattern.compile(
      "\\bnot\\s+(?:part of|included in|available (?:on|in)|offered (?:on|in)|in)\\s+(?:the\\s+)?$");
  /** The name only qualifies a counted part: "sizes 12 and 13", "models 4 and 5". */
  private static final Pattern PART = Pattern.compile("^\\s+\\p{L}+\\s+\\d");

  /** A named thing as {@code text} writes it ("Android" for "android"), else as given. */
  private static String asWritten(String text, String name) {
    return Quotes.find(text, name).map(at -> text.substring(at.start(), at.end())).orElse(name);
  }

  /** Wording this close about one named thing gives the stage of that thing. */
  private static final double STAGE_NEAR = 0.3;

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]+");

  /** The verdict on a value in words: present or not, a stage, a limit against "unlimited". */
  private static Verdict inWords(Disagreement d, KitFacts facts) {
    String thing = Quotes.label(d.aspect());
    return switch (d.kind()) {
      case "stage" -> {
        if (laterGa(d.x(), d.valueX()) || laterGa(d.y(), d.valueY())) {
          yield new Verdict(0.3, "one statement gives the general availability still to come, not today's stage");
        }
        Set<String> sx = ReleaseStages.stagedEntities(d.x());
        Set<String> sy = ReleaseStages.stagedEntities(d.y());
        String staged = sx.stream().filter(sy::contains).findFirst().map(e -> asWritten(d.x().text(), e)).orElse(null);
        boolean named = staged != null;
        boolean shared = d.x().attributes().entities().stream().anyMatch(d.y().attributes().entities()::contains);
        String phrase = Names.shared(d.x().text(), d.y().text());
        yield named ? new Verdict(0.8, "both give the release stage of " + staged)
            : shared && d.similarity() >= STAGE_NEAR ? new Verdict(0.65, "both speak of " + thing + " and its release")
            : phrase != null ? new Verdict(0.65, "both give the release stage of " + phrase)
            : new Verdict(0.45, "the stages may be of different things");
      }
      case "support" -> {
        var no = d.x().attributes().negated() ? d.x() : d.y();
        var yes = no == d.x() ? d.y() : d.x();
        if (QUESTION_NOT.matcher(no.unitText()).find() || QUESTION_NOT.matcher(yes.unitText()).find()) {
          yield new Verdict(0.3, "a question and its answer: the \"not\" belongs to the question");
        }
        if (no.unitText().contains(" | ") && (AFFIRMED.matcher(no.unitText()).find() || mixedRow(no.unitText()))) {
          yield new Verdict(0.3, "a table row that includes " + thing + " on some plans and not on others");
        }
        if (addedTo(yes.unitText(), facts.plansIn(no.text()))) {
          yield new Verdict(0.3, "one says " + thing + " is not part of a plan, the other adds it to that plan in a larger one");
        }
        boolean denied = Denials.denied(no).stream()
            .filter(e -> !excepted(no.text(), e) && !excepted(yes.text(), e))
            .anyMatch(yes.attributes().entities()::contains)
            || Denials.deniedFeatures(no).stream().anyMatch(f -> f.statedIn(yes));
        yield denied ? new Verdict(0.75, "one says " + thing + " is not there, the other that it is")
            : new Verdict(0.35, "the \"not\" may be about something else than " + thing);
      }
      case "certification" -> {
        boolean shared = d.x().type() == ClaimType.COMPLIANCE && d.y().type() == ClaimType.COMPLIANCE
            && d.x().attributes().entities().stream().anyMatch(d.y().attributes().entities()::contains);
        yield shared ? new Verdict(0.85, "both give the status of the " + thing + " certification")
            : new Verdict(0.4, "the statements may be about different certifications");
      }
      case "limit" -> {
        String cap = d.vx().toLowerCase(Locale.ROOT).contains("unlimited") ? d.vy() : d.vx();
        var unit = WORD.matcher(cap);
        String counted = null;
        while (unit.find()) {
          counted = unit.group();
        }
        var open = d.vx().toLowerCase(Locale.ROOT).contains("unlimited") ? d.x() : d.y();
        if (open.unitText().contains(" | ") && LIMIT_CELL.matcher(open.unitText()).find()) {
          yield new Verdict(0.3, "a table row that gives a limit on some plans and none on others");
        }
        var capped = open == d.x() ? d.y() : d.x();
        Set<String> openPlans = plansOf(facts, open.text(), open == d.x() ? d.vx() : d.vy());
        Set<String> cappedPlans = plansOf(facts, capped.text(), cap);
        if (!openPlans.isEmpty() && !cappedPlans.isEmpty() && openPlans.stream().noneMatch(cappedPlans::contains)) {
          yield new Verdict(0.3, "the limit and \"unlimited\" are said of different plans");
        }
        // "Pro ... unlimited upload hours" against "10 upload hours": a plan that has none may have a limit
        if (openPlans.isEmpty() != cappedPlans.isEmpty()) {
          yield new Verdict(0.45, "only one statement names the plan; the limit may be another plan's");
        }
        boolean same = counted != null && Pattern.compile("\\bunlimited\\s+(?:\\S+\\s+){0,2}"
            + Pattern.quote(ValueConflicts.singular(counted)), Pattern.CASE_INSENSITIVE).matcher(open.text()).find();
        yield same ? new Verdict(0.8, "one gives a limit of " + counted + ", the other says they are unlimited")
            : new Verdict(0.35, "\"unlimited\" may be about something else than " + cap);
      }
      default -> new Verdict(0.7, "both speak of " + thing);
    };
  }

  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:.!?|]");

  /**
   * The plans a value is said of: those its own clause names before it ("Creator now comes with 10
   * upload hours, and Pro with ..."), else those its statement names.
   */
  private static Set<String> plansOf(KitFacts facts, String text, String value) {
    int at = text.indexOf(value);
    if (at > 0) {
      String before = text.substring(0, at);
      var m = CLAUSE_MARK.matcher(before);
      int from = 0;
      while (m.find()) {
        from = m.end();
      }
      Set<String> own = facts.plansIn(before.substring(from));
      if (!own.isEmpty()) {
        return own;
      }
    }
    return facts.plansIn(text);
  }

  /** One finding for the disagreements on one contested fact. */
  private static Finding finding(List<Judged> group) {
    Judged best = group.stream().max(Comparator.comparingDouble((Judged j) -> j.verdict().confidence())).orElseThrow();
    Map<BusinessFunction, Set<String>> said = new EnumMap<>(BusinessFunction.class);
    Map<String, Set<String>> saidIn = new LinkedHashMap<>();
    List<Evidence> evidence = new ArrayList<>();
    Set<String> quoted = new LinkedHashSet<>();
    Severity severity = Severity.LOW;
    Set<String> contested = new TreeSet<>();
    for (Judged j : group) {
      Disagreement d = j.d();
      said.computeIfAbsent(d.x().function(), f -> new LinkedHashSet<>()).add(d.vx());
      said.computeIfAbsent(d.y().function(), f -> new LinkedHashSet<>()).add(d.vy());
      saidIn.computeIfAbsent(d.x().path(), f -> new LinkedHashSet<>()).add(d.vx());
      saidIn.computeIfAbsent(d.y().path(), f -> new LinkedHashSet<>()).add(d.vy());
      contested.add(norm(d.vx()));
      contested.add(norm(d.vy()));
      if (quoted.add(d.x().path() + "\u0000" + d.x().unitText())) {
        evidence.add(Quotes.of(d.x(), d.markX().get()));
      }
      if (quoted.add(d.y().path() + "\u0000" + d.y().unitText())) {
        evidence.add(Quotes.of(d.y(), d.markY().get()));
      }
      Severity s = CustomerVisible.severity(d.aspect(), d.kind(), d.x(), d.y());
      if (s.ordinal() < severity.ordinal()) {
        severity = s;
      }
    }
    evidence.sort(Comparator.comparing(Evidence::function).thenComparing(Evidence::path));
    String label = Quotes.label(best.label()) + (best.subject() == null ? "" : " (" + title(best.subject()) + " plan)");
    StringBuilder who = new StringBuilder();
    if (said.size() == 1) {
      saidIn.forEach((path, values) -> who.append(who.length() == 0 ? "" : ", ").append(path).append(" says ")
          .append(String.join(" / ", values)));
    } else {
      said.forEach((f, values) -> who.append(who.length() == 0 ? "" : ", ").append(f.id()).append(" says ")
          .append(String.join(" / ", values)));
    }
    List<BusinessFunction> functions = new ArrayList<>(said.keySet());
    String attribute = best.label();
    return Finding.contested(FindingType.CONTRADICTION, severity, functions, attribute, label + ": " + who,
        evidence, attribute.toLowerCase(Locale.ROOT) + "|" + best.subject() + "|" + contested,
        best.verdict().confidence(), best.verdict().reason());
  }

  /** The attribute a finding names: the aspect for a measure, the counted thing or the priced unit otherwise. */
  private static String label(Disagreement d, Fact f) {
    if (f.value() instanceof Measured m) {
      Quantity q = m.quantity();
      boolean counted = "count".equals(q.dimension()) && !q.unit().isEmpty();
      if (m.what().equals(Qualifiers.SAVING)) {
        // "save 20%" against "15% off" under the aspect "price": what is contested is the saving
        return "saving";
      }
      if (!counted && d.aspect() != null && !"claim".equals(d.aspect())) {
        return d.aspect();
      }
    }
    return f.label();
  }

  private static String title(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** A value as a key: case and spaces do not make another value. */
  private static String norm(String v) {
    return v.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
